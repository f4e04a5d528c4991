/** Checklist answers in the backup (format version 2) and the store; version-1 backups still import. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { beforeEach, describe, expect, it } from 'vitest';
import { getChecklistAnswers, listChecklistAnswers, saveChecklistAnswers, saveProfile, ValidationError } from '@/lib/db';
import { applyImport, exportBackup, formatJsonSchemas, parseBackup, previewImport, serializeBackup } from '@/lib/io';
import type { ChecklistAnswers } from '@/lib/model';
import { freshDb } from '../db/fresh-db';
import { profile } from './helpers';

const NOW = new Date('2026-11-30T12:00:00Z');
const designExampleText = readFileSync(join(process.cwd(), 'test/fixtures/backups/design-example.backup.json'), 'utf8');

const answers = (over: Partial<ChecklistAnswers> = {}): ChecklistAnswers => ({
  checklistId: 'us-dod-decision-matrix-2023', subject: 'record',
  responses: {
    'funding-disclosed': { answer: 'yes', note: 'In the proposal', answeredAt: '2026-11-30T10:00:00.000Z' },
    'ftrp-any': { override: { answer: 'no', reason: 'Programme declined' }, answeredAt: '2026-11-30T10:01:00.000Z' },
  },
  mitigation: { text: 'Agreement reviewed by the research office.', measures: ['agreements'] },
  updatedAt: '2026-11-30T10:02:00.000Z',
  ...over,
});

beforeEach(() => {
  freshDb('checklist-backup');
});

describe('checklist answers in backups', () => {
  it('a version-1 backup still imports: upgraded to version 2 with no checklist answers', async () => {
    const parsed = parseBackup(designExampleText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(JSON.parse(designExampleText).version).toBe(1);
    expect(parsed.backup.version).toBe(2);
    expect(parsed.backup.checklists).toBeUndefined();
    await saveChecklistAnswers(answers());
    // A replace from a version-1 backup leaves no answers behind: version 1 had none to restore.
    const preview = await applyImport(parsed.backup, 'replace');
    expect(preview.added).toHaveLength(6);
    expect(await listChecklistAnswers()).toEqual([]);
  });

  it('a version-1 backup with a version-2 field is refused at that field', () => {
    const bad = { ...JSON.parse(designExampleText), checklists: [] };
    const parsed = parseBackup(JSON.stringify(bad));
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ path: 'checklists', message: 'Unknown field (not part of the format)' }]);
  });

  it('answers, overrides and mitigation survive export → text → parse → replace import', async () => {
    await saveProfile(profile);
    const stored = [answers(), answers({ checklistId: 'ca-nsgrp-risk-assessment', subject: 'p1', mitigation: undefined })];
    for (const a of stored) await saveChecklistAnswers(a);
    const exported = await exportBackup(NOW);
    expect(exported.version).toBe(2);
    expect(exported.checklists).toHaveLength(2);
    const parsed = parseBackup(serializeBackup(exported));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    freshDb('checklist-restore');
    expect((await previewImport(parsed.backup, 'replace')).checklists).toEqual({ added: 2, replaced: 0 });
    await applyImport(parsed.backup, 'replace');
    expect(await getChecklistAnswers('us-dod-decision-matrix-2023', 'record')).toEqual(stored[0]);
    expect(await getChecklistAnswers('ca-nsgrp-risk-assessment', 'p1')).toEqual(stored[1]);
    expect(await exportBackup(NOW)).toEqual(exported);
  });

  it('merge keeps the more recently updated answers; replace removes answers the backup lacks', async () => {
    await saveProfile(profile);
    await saveChecklistAnswers(answers({ updatedAt: '2026-12-01T00:00:00.000Z', mitigation: { text: 'newer', measures: [] } }));
    await saveChecklistAnswers(answers({ checklistId: 'uk-trusted-research-academia' }));
    const older = { ...(await exportBackup(NOW)), checklists: [answers()] };
    expect((await previewImport(older, 'merge')).checklists).toEqual({ added: 0, replaced: 0 });
    await applyImport(older, 'merge');
    expect((await getChecklistAnswers('us-dod-decision-matrix-2023', 'record'))?.mitigation?.text).toBe('newer');
    const newer = { ...older, checklists: [answers({ updatedAt: '2026-12-02T00:00:00.000Z' })] };
    await applyImport(newer, 'merge');
    expect((await getChecklistAnswers('us-dod-decision-matrix-2023', 'record'))?.updatedAt).toBe('2026-12-02T00:00:00.000Z');
    expect(await listChecklistAnswers()).toHaveLength(2);
    await applyImport(newer, 'replace');
    expect((await listChecklistAnswers()).map((a) => a.checklistId)).toEqual(['us-dod-decision-matrix-2023']);
  });

  it('refuses two answer sets for one checklist and subject, and an override without a reason, naming where', () => {
    const base = { format: 'candor.backup', version: 2, exportedAt: NOW.toISOString(), profile, entries: [], templates: [] };
    const dup = parseBackup(JSON.stringify({ ...base, checklists: [answers(), answers()] }));
    expect(dup.ok ? [] : dup.problems).toEqual([{ path: 'checklists[1].id', message: 'Same id as checklists[0] (ids must be unique)' }]);
    const noReason = answers();
    noReason.responses['ftrp-any'].override!.reason = ' ';
    const bad = parseBackup(JSON.stringify({ ...base, checklists: [noReason] }));
    expect(bad.ok ? [] : bad.problems).toEqual([{ path: 'checklists[0].responses.ftrp-any.override.reason', message: 'Give the reason for the override' }]);
  });

  it('saveChecklistAnswers validates before writing', async () => {
    await expect(saveChecklistAnswers({ ...answers(), responses: { q: { answer: 'maybe' as never, answeredAt: NOW.toISOString() } } })).rejects.toBeInstanceOf(ValidationError);
    expect(await listChecklistAnswers()).toEqual([]);
  });

  it('the published version-2 JSON Schema accepts a backup with checklist answers', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(formatJsonSchemas()['candor.backup.v2.json']);
    const backup = { format: 'candor.backup', version: 2, exportedAt: NOW.toISOString(), profile, entries: [], checklists: [answers()] };
    expect(validate(backup), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...backup, checklists: [{ ...answers(), responses: { q: { answer: 'maybe', answeredAt: NOW.toISOString() } } }] })).toBe(false);
  });
});
