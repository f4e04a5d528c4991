import { MALIGN_INDICATORS } from '@/lib/model';
import type { Builtin, Finding } from '../types';

/** Plain wording of the nine statutory conditions, CHIPS and Science Act §10638(4)(A)(i)–(ix). */
const INDICATOR_WORDING: Record<(typeof MALIGN_INDICATORS)[number], string> = {
  unauthorizedTransfer: 'unauthorised transfer of intellectual property, materials, data or other non-public information',
  recruitTrainees: 'recruiting trainees or researchers to enrol in the programme',
  establishLabOrCompany: 'establishing a laboratory or company, or accepting a position, in the foreign country in violation of the terms of a federal award',
  acceptPositionInViolation: 'accepting a faculty position or other employment in violation of the standard terms of a federal award',
  cannotTerminate: 'being unable to terminate the programme contract except in extraordinary circumstances',
  overlapWithFederalWork: 'working on programme activities that overlap or duplicate federally funded work',
  applyForForeignFunding: 'being required to apply for and win funding from the sponsoring foreign government entity',
  omitAcknowledgment: 'omitting acknowledgement of the U.S. home institution or federal funding',
  nondisclosure: 'not disclosing participation to the home institution or the federal funder',
};

/** A talent programme with any statutory malign-programme condition recorded as true. */
export const malignIndicators: Builtin = (_ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'talentProgram' || !entry.malignIndicators) continue;
    const set = MALIGN_INDICATORS.filter((k) => entry.malignIndicators?.[k] === true);
    if (set.length) {
      findings.push({ entry, path: `malignIndicators.${set[0]}`, vars: { programName: entry.programName, conditions: set.map((k) => INDICATOR_WORDING[k]).join('; ') } });
    }
  }
  return findings;
};
