import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Gap, type Entry, type Profile } from '@/lib/model';
import { BUILTIN_PACKS, countBySeverity, evaluate, fixHref, packById } from '@/lib/rules';
import { arbEntries, arbProfile } from '../io/arbitraries';
import { arbRuleEntry, arbRuleProfile } from './rule-arbitraries';
import { appointment, entry, profileOf, support, TODAY } from './helpers';

/** A complete, consistent record: what a careful researcher would have. */
function cleanRecord() {
  const profile = profileOf({ orcid: '0000-0002-1825-0097' });
  const entries = [
    appointment({ id: 'primary', organization: { name: 'Example University', country: 'US' }, appointmentType: 'primary', paid: true, reviewedAt: '2026-10-01', reportedToInstitution: true }),
    support({ id: 'nsf', reviewedAt: '2026-10-01', role: 'PI', awardNumber: 'CHE-2145678', placeOfPerformance: 'Example University' }),
    support({ id: 'pending', status: 'pending', startDate: '2026-07', endDate: '2028-06', title: 'Water sensors', effort: [{ year: 2026, personMonths: 1 }, { year: 2027, personMonths: 1 }, { year: 2028, personMonths: 0.5 }], reviewedAt: '2026-10-01' }),
    entry({ id: 'consult', kind: 'consulting', organization: { name: 'Acme Corp' }, compensated: true, requiresResearch: false, relatedToResearch: false, confidentialityRequired: false, startDate: '2025', endDate: null, reviewedAt: '2026-10-01', reportedToInstitution: true }),
  ];
  return { profile, entries };
}

describe('evaluate', () => {
  it('finds no errors on a complete record, with every pack', () => {
    const { profile, entries } = cleanRecord();
    const gaps = evaluate(profile, entries, BUILTIN_PACKS, { today: TODAY });
    expect(gaps.filter((g) => g.severity === 'error')).toEqual([]);
  });

  it('flags planted gaps on the right entries, with stable rule ids, citations and fixes', () => {
    const { profile, entries } = cleanRecord();
    const planted = [
      ...entries,
      support({ id: 'no-overlap', overlap: '  ', reviewedAt: '2026-10-01' }),
      appointment({ id: 'visiting', organization: { name: 'Institut Exemple', country: 'FR' }, paid: true, reviewedAt: '2026-10-01' }),
      entry({ id: 'talent', kind: 'talentProgram', organization: { name: 'A Ministry' }, programName: 'Plan', status: 'participating', malignIndicators: { cannotTerminate: true } }),
    ];
    const gaps = evaluate(profile, planted, [packById('us-common-forms')!], { today: TODAY });
    const errors = gaps.filter((g) => g.severity === 'error').map((g) => `${g.entryId} ${g.ruleId} ${g.path}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'no-overlap us-common-forms/support-overlap-missing overlap',
        'visiting us-common-forms/appointment-without-support paid',
        'visiting us-common-forms/foreign-appointment-contract contractOnFile',
        'talent us-common-forms/malign-talent-program malignIndicators.cannotTerminate',
      ]),
    );
    const malign = gaps.find((g) => g.ruleId === 'us-common-forms/malign-talent-program')!;
    expect(malign.message).toMatch(/certification cannot be signed/);
    expect(JSON.stringify(malign.citation)).toMatch(/10632/);
    for (const gap of gaps) {
      expect(Gap.safeParse(gap).success).toBe(true);
      expect(gap.fix.length).toBeGreaterThan(0);
      expect(gap.message).not.toMatch(/\{\w+\}/);
    }
    // Adding planted gaps must not create errors on the clean entries.
    expect(gaps.filter((g) => g.severity === 'error' && ['primary', 'nsf', 'pending', 'consult'].includes(g.entryId ?? ''))).toEqual([]);
  });

  it('sorts by severity, then profile-level gaps, then entries in record order', () => {
    const { profile, entries } = cleanRecord();
    const late = support({ id: 'late', overlap: '' });
    const early = support({ id: 'early', objectives: '' });
    const gaps = evaluate({ ...profile, person: { ...profile.person, orcid: undefined } }, [early, ...entries, late], BUILTIN_PACKS, { today: TODAY });
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < gaps.length; i++) expect(rank[gaps[i - 1].severity]).toBeLessThanOrEqual(rank[gaps[i].severity]);
    const errorEntries = gaps.filter((g) => g.severity === 'error').map((g) => g.entryId);
    expect(errorEntries.indexOf('early')).toBeLessThan(errorEntries.indexOf('late'));
    const firstWarning = gaps.find((g) => g.severity === 'warning')!;
    expect(firstWarning).toMatchObject({ ruleId: 'us-common-forms/orcid-missing', path: 'person.orcid' });
    expect(firstWarning.entryId).toBeUndefined();
  });

  it('is pure: same input, same output; judges dates by options.today; does not mutate input', () => {
    const { profile, entries } = cleanRecord();
    const snapshot = JSON.stringify([profile, entries]);
    const a = evaluate(profile, entries, BUILTIN_PACKS, { today: TODAY });
    expect(evaluate(profile, entries, BUILTIN_PACKS, { today: TODAY })).toEqual(a);
    expect(JSON.stringify([profile, entries])).toBe(snapshot);
    const later = evaluate(profile, entries, BUILTIN_PACKS, { today: '2029-06-01' });
    expect(later.some((g) => g.ruleId === 'us-common-forms/status-current-ended' && g.entryId === 'nsf')).toBe(true);
    expect(a.some((g) => g.ruleId === 'us-common-forms/status-current-ended')).toBe(false);
  });

  it('works without a profile, and counts / links gaps', () => {
    const gaps = evaluate(undefined, [support({ id: 's', overlap: '' })], BUILTIN_PACKS, { today: TODAY });
    expect(countBySeverity(gaps).error).toBeGreaterThan(0);
    const overlap = gaps.find((g) => g.ruleId === 'us-common-forms/support-overlap-missing')!;
    expect(fixHref(overlap)).toBe('#entry=s&field=overlap');
    expect(fixHref({ ruleId: 'x', severity: 'warning', path: 'person.orcid', message: 'm', citation: 'c', fix: 'f' })).toBe('#profile&field=person.orcid');
  });

  const neverThrows = (profile: Profile | undefined, entries: Entry[], today: string) => {
    const gaps = evaluate(profile, entries, BUILTIN_PACKS, { today });
    for (const gap of gaps) {
      expect(Gap.safeParse(gap).success).toBe(true);
      if (gap.entryId) expect(entries.some((e) => e.id === gap.entryId)).toBe(true);
    }
  };
  const days = fc.constantFrom('2020-01-01', TODAY, '2035-12-31');

  it('never throws on any valid profile and entries (property, general arbitraries)', () => {
    fc.assert(fc.property(fc.option(arbProfile, { nil: undefined }), arbEntries(20), days, neverThrows), { numRuns: 100 });
  });

  it('never throws on records built around what the checks branch on (property)', () => {
    fc.assert(fc.property(fc.option(arbRuleProfile, { nil: undefined }), fc.array(arbRuleEntry, { maxLength: 25 }), days, neverThrows), { numRuns: 150 });
  });
});
