import type { Builtin, Finding } from '../types';
import { isOngoing } from '../dates';
import { stringListParam } from '../params';

const DOCUMENTS: Record<string, string> = {
  contractOnFile: 'a copy of the contract or appointment letter',
  translationOnFile: 'an English translation of the contract (needed when it is not in English)',
};

/**
 * An ongoing appointment at an organisation in another country than the profile's home
 * country (derived from the organisation's country, never from the person) without the
 * documents in `documents` (default: contract and translation) marked as on file.
 */
export const foreignAppointmentDocuments: Builtin = (ctx, targets) => {
  const home = ctx.profile?.person.homeCountry;
  if (!home) return [];
  const documents = stringListParam(ctx.params, 'documents', Object.keys(DOCUMENTS)).filter((d) => d in DOCUMENTS);
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'appointment' || !entry.organization.country || entry.organization.country === home) continue;
    if (!isOngoing(entry.endDate, ctx.today)) continue;
    for (const field of documents) {
      if (entry[field as 'contractOnFile' | 'translationOnFile'] !== true) {
        findings.push({ entry, path: field, vars: { document: DOCUMENTS[field], country: entry.organization.country } });
      }
    }
  }
  return findings;
};
