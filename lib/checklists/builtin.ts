import { Checklist, type Entry, type Profile, type Template } from '@/lib/model';
import { BUILTIN_SCREENING_LISTS } from '@/lib/rules';
import { screeningListsWithTemplates } from '@/lib/templates/effects';
import type { ChecklistRecord } from './evaluate';
import dodDecisionMatrix from './dod-decision-matrix.json';
import caRiskAssessment from './ca-nsgrp-risk-assessment.json';
import ukTrustedResearch from './uk-trusted-research.json';
import jpResearchIntegrity from './jp-cao-research-integrity.json';

/** The bundled checklists, validated at load. */
export const BUILTIN_CHECKLISTS: Checklist[] = [dodDecisionMatrix, caRiskAssessment, ukTrustedResearch, jpResearchIntegrity].map((raw) =>
  Checklist.parse(raw),
);

/** The bundled checklists plus those the applied templates add (a template's checklist replaces a bundled one with the same id). */
export function checklistsWithTemplates(builtin: readonly Checklist[], templates: readonly Template[]): Checklist[] {
  const fromTemplates = [...new Map(templates.flatMap((t) => t.checklists ?? []).map((c) => [c.id, c])).values()];
  const ids = new Set(fromTemplates.map((c) => c.id));
  return [...builtin.filter((c) => !ids.has(c.id)), ...fromTemplates];
}

/** What checklists are evaluated with: the record (with the bundled and template screening lists) and every checklist available. */
export function checklistContext(profile: Profile | undefined, entries: readonly Entry[], templates: readonly Template[]): { record: ChecklistRecord; checklists: Checklist[] } {
  return {
    record: { profile, entries, screeningLists: screeningListsWithTemplates(BUILTIN_SCREENING_LISTS, templates) },
    checklists: checklistsWithTemplates(BUILTIN_CHECKLISTS, templates),
  };
}
