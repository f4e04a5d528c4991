import { Entry, Profile, RulePack, type EntryInput, type Gap, type ProfileInput, type RuleSpec } from '@/lib/model';
import { evaluate } from '@/lib/rules';

export const TODAY = '2026-11-24';

export const profileOf = (person: Partial<ProfileInput['person']> = {}, settings: ProfileInput['settings'] = undefined): Profile =>
  Profile.parse({ person: { familyName: 'Okafor', homeCountry: 'US', primaryOrganization: { name: 'Example University', country: 'US' }, ...person }, settings });

let counter = 0;
/** Parses an entry through the real schema (so tests only use valid records), with an id if none given. */
export function entry(input: Record<string, unknown> & { kind: EntryInput['kind'] }): Entry {
  return Entry.parse({ id: input.id ?? `e${++counter}`, ...input });
}

export const support = (over: Partial<Extract<EntryInput, { kind: 'support' }>> = {}) =>
  entry({
    kind: 'support', organization: { name: 'National Science Foundation', country: 'US' }, status: 'current', title: 'Catalysis',
    startDate: '2025-01', endDate: '2026-12', effort: [{ year: 2025, personMonths: 1 }, { year: 2026, personMonths: 1 }],
    totalAmount: { amount: 100000, currency: 'USD' }, objectives: 'Study catalysis.', overlap: 'None', sponsorType: 'federal', ...over,
  });

export const appointment = (over: Partial<Extract<EntryInput, { kind: 'appointment' }>> = {}) =>
  entry({ kind: 'appointment', organization: { name: 'Other Institute', country: 'US' }, appointmentType: 'visiting', paid: false, startDate: '2024', endDate: null, ...over });

/** Evaluates one rule (in a one-rule pack) so each builtin is tested through the real engine. */
export function runRule(
  check: RuleSpec['check'],
  entries: Entry[],
  opts: { profile?: Profile; appliesTo?: RuleSpec['appliesTo']; currency?: string; today?: string; message?: string } = {},
): Gap[] {
  const pack = RulePack.parse({
    id: 'test', title: 'Test', source: { title: 'Test source' }, currency: opts.currency,
    rules: [{ id: 'r', severity: 'error', appliesTo: opts.appliesTo ?? { kind: 'any' }, check, message: opts.message ?? 'msg', citation: 'Test citation', fix: 'fix' }],
  });
  return evaluate(opts.profile ?? profileOf(), entries, [pack], { today: opts.today ?? TODAY });
}
