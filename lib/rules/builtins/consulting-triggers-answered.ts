import type { Builtin, Finding } from '../types';

/** The three common-form questions that decide whether consulting is reported as other support. */
export const CONSULTING_TRIGGERS = {
  requiresResearch: 'does it require research?',
  relatedToResearch: 'is it related to your research?',
  confidentialityRequired: 'does it require confidentiality?',
} as const;

/** Consulting where any of the three trigger questions is unanswered. */
export const consultingTriggersAnswered: Builtin = (_ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'consulting') continue;
    const unanswered = (Object.keys(CONSULTING_TRIGGERS) as (keyof typeof CONSULTING_TRIGGERS)[]).filter((k) => entry[k] === undefined);
    if (unanswered.length) {
      findings.push({ entry, path: unanswered[0], vars: { questions: unanswered.map((k) => CONSULTING_TRIGGERS[k]).join(' ') } });
    }
  }
  return findings;
};
