import { describe, expect, it } from 'vitest';
import { BUILTINS } from '@/lib/rules';
import { appointment, entry, profileOf, runRule, support } from './helpers';

const builtin = (name: string, params?: Record<string, unknown>) => ({ builtin: name, params });

describe('effortYearsCovered', () => {
  it('reports years inside the period without person-months', () => {
    const s = support({ startDate: '2024-07', endDate: '2027-06', effort: [{ year: 2024, personMonths: 1 }, { year: 2026, personMonths: 1 }] });
    const gaps = runRule(builtin('effortYearsCovered'), [s], { message: 'missing {years}' });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ entryId: s.id, path: 'effort', message: 'missing 2025, 2027' });
  });
  it('is quiet when every year is covered, and counts ongoing entries through the current year', () => {
    expect(runRule(builtin('effortYearsCovered'), [support()])).toEqual([]);
    const ongoing = support({ startDate: '2025', endDate: null, effort: [{ year: 2025, personMonths: 1 }] });
    expect(runRule(builtin('effortYearsCovered'), [ongoing], { message: '{years}' })[0].message).toBe('2026');
  });
});

describe('effortRange', () => {
  it('reports person-months outside 0–12', () => {
    const s = support({ effort: [{ year: 2025, personMonths: 12.5 }, { year: 2026, personMonths: -1 }] });
    expect(runRule(builtin('effortRange'), [s], { message: '{year}:{personMonths}' }).map((g) => g.message)).toEqual(['2025:12.5', '2026:-1']);
  });
  it('accepts 0 and 12', () => {
    expect(runRule(builtin('effortRange'), [support({ effort: [{ year: 2025, personMonths: 0 }, { year: 2026, personMonths: 12 }] })])).toEqual([]);
  });
});

describe('effortPrecision', () => {
  it('reports more than two decimals', () => {
    expect(runRule(builtin('effortPrecision'), [support({ effort: [{ year: 2025, personMonths: 1.125 }, { year: 2026, personMonths: 1 }] })])).toHaveLength(1);
  });
  it('accepts two decimals, including values with binary rounding noise like 0.29', () => {
    expect(runRule(builtin('effortPrecision'), [support({ effort: [{ year: 2025, personMonths: 0.29 }, { year: 2026, personMonths: 2.35 }] })])).toEqual([]);
  });
});

describe('personMonthsPerYear', () => {
  const a = support({ effort: [{ year: 2025, personMonths: 7 }, { year: 2026, personMonths: 2 }] });
  const b = support({ effort: [{ year: 2025, personMonths: 6 }, { year: 2026, personMonths: 2 }] });
  const p = support({ status: 'pending', startDate: '2026-06', effort: [{ year: 2026, personMonths: 9 }] });
  it('reports each contributing entry in a year whose current total is over 12', () => {
    const gaps = runRule(builtin('personMonthsPerYear', { statuses: ['current'], limit: 12 }), [a, b, p], { message: '{year} {total} {entries} {own}' });
    expect(gaps.map((g) => [g.entryId, g.message])).toEqual([[a.id, '2025 13 2 entries 7'], [b.id, '2025 13 2 entries 6']]);
  });
  it('adds pending for the warning, skipping years the current total already exceeds', () => {
    const gaps = runRule(builtin('personMonthsPerYear', { statuses: ['current', 'pending'], unlessOver: ['current'] }), [a, b, p], { message: '{year} {total}' });
    expect(new Set(gaps.map((g) => g.message))).toEqual(new Set(['2026 13']));
    expect(gaps.map((g) => g.entryId).sort()).toEqual([a.id, b.id, p.id].sort());
  });
  it('is quiet at exactly 12', () => {
    const c = support({ effort: [{ year: 2025, personMonths: 6 }, { year: 2026, personMonths: 1 }] });
    expect(runRule(builtin('personMonthsPerYear'), [c, b])).toEqual([]);
  });
});

describe('statusCurrentEnded / statusPendingStale', () => {
  it('reports a current entry whose end has passed (a year-only end date covers the whole year)', () => {
    expect(runRule(builtin('statusCurrentEnded'), [support({ endDate: '2025-06' })])).toHaveLength(1);
    expect(runRule(builtin('statusCurrentEnded'), [support({ endDate: '2026' })])).toEqual([]);
  });
  it('reports a pending entry that started more than `months` ago', () => {
    const old = support({ status: 'pending', startDate: '2025-10' });
    expect(runRule(builtin('statusPendingStale', { months: 12 }), [old])).toHaveLength(1);
    expect(runRule(builtin('statusPendingStale', { months: 18 }), [old])).toEqual([]);
    expect(runRule(builtin('statusPendingStale'), [support({ status: 'pending', startDate: '2026-03' })])).toEqual([]);
  });
});

describe('maxLength', () => {
  const limits = { limits: { title: 300, awardNumber: 50 } };
  it('reports text over the limit with its length', () => {
    const gaps = runRule(builtin('maxLength', limits), [support({ title: 'x'.repeat(301), awardNumber: 'A'.repeat(50) })], { message: '{field} {length}/{limit}' });
    expect(gaps).toEqual([expect.objectContaining({ path: 'title', message: 'The title 301/300' })]);
  });
  it('accepts text at the limit', () => {
    expect(runRule(builtin('maxLength', limits), [support({ title: 'x'.repeat(300) })])).toEqual([]);
  });
});

describe('amountCurrency', () => {
  it("reports an amount in another currency than the pack's, without converting", () => {
    const gaps = runRule(builtin('amountCurrency', { fields: ['totalAmount'] }), [support({ totalAmount: { amount: 5, currency: 'EUR' } })], { currency: 'USD', message: '{currency}->{required}' });
    expect(gaps.map((g) => g.message)).toEqual(['EUR->USD']);
  });
  it('is quiet in the right currency, or when the pack requires none', () => {
    expect(runRule(builtin('amountCurrency'), [support()], { currency: 'USD' })).toEqual([]);
    expect(runRule(builtin('amountCurrency'), [support({ totalAmount: { amount: 5, currency: 'EUR' } })])).toEqual([]);
  });
});

describe('inKindUndisclosedSupport', () => {
  const inKind = (over = {}) =>
    entry({ kind: 'inKind', organization: { name: 'Acme Labs' }, status: 'current', summary: 'Lab space', estimatedValue: { amount: 8000, currency: 'USD' }, forThisProject: false, effort: [{ year: 2026, personMonths: 1 }], ...over });
  it('reports valuable in-kind support for other work that takes time, with no support entry from the source', () => {
    const gaps = runRule(builtin('inKindUndisclosedSupport'), [inKind({ estimatedValue: { amount: 12345.5, currency: 'USD' } })], { message: '{amount} {currency} ≥ {threshold}' });
    expect(gaps.map((g) => g.message)).toEqual(['12,345.5 USD ≥ 5,000']);
  });
  it('is quiet below the threshold, for this project, without time, or when a support entry exists', () => {
    expect(runRule(builtin('inKindUndisclosedSupport'), [inKind({ estimatedValue: { amount: 4999, currency: 'USD' } })])).toEqual([]);
    expect(runRule(builtin('inKindUndisclosedSupport'), [inKind({ forThisProject: true })])).toEqual([]);
    expect(runRule(builtin('inKindUndisclosedSupport'), [inKind({ effort: [{ year: 2026, personMonths: 0 }] })])).toEqual([]);
    expect(runRule(builtin('inKindUndisclosedSupport'), [inKind(), support({ organization: { name: 'ACME Labs.' } })])).toEqual([]);
  });
});

describe('consulting triggers', () => {
  const consulting = (over = {}) => entry({ kind: 'consulting', organization: { name: 'Acme Corp' }, compensated: true, startDate: '2025', endDate: null, ...over });
  it('reports unanswered trigger questions', () => {
    const gaps = runRule(builtin('consultingTriggersAnswered'), [consulting({ requiresResearch: false })], { message: '{questions}' });
    expect(gaps[0]).toMatchObject({ path: 'relatedToResearch', message: 'is it related to your research? does it require confidentiality?' });
  });
  it('is quiet when all three are answered', () => {
    expect(runRule(builtin('consultingTriggersAnswered'), [consulting({ requiresResearch: false, relatedToResearch: false, confidentialityRequired: false })])).toEqual([]);
  });
  it('reports a yes answer with no support entry from the same organisation (by normalised name)', () => {
    const c = consulting({ requiresResearch: true, relatedToResearch: false, confidentialityRequired: false });
    expect(runRule(builtin('consultingTriggerSupport'), [c])).toHaveLength(1);
    expect(runRule(builtin('consultingTriggerSupport'), [c, support({ organization: { name: 'ACME Corp.' } })])).toEqual([]);
    expect(runRule(builtin('consultingTriggerSupport'), [{ ...c, organization: { name: 'Acme Corp, Inc.' } }, support({ organization: { name: 'Acme Corporation' } })])).toEqual([]);
    expect(runRule(builtin('consultingTriggerSupport'), [c, support({ organization: { name: 'Acme Analytics' } })])).toHaveLength(1);
    expect(runRule(builtin('consultingTriggerSupport'), [consulting({ requiresResearch: false })])).toEqual([]);
  });
});

describe('appointmentSupport', () => {
  it('reports an ongoing non-primary appointment that takes time or is paid, with no support entry', () => {
    expect(runRule(builtin('appointmentSupport'), [appointment({ personMonthsPerYear: 1 })])[0].path).toBe('personMonthsPerYear');
    expect(runRule(builtin('appointmentSupport'), [appointment({ appointmentType: 'honorary', paid: true })])[0].path).toBe('paid');
  });
  it('is quiet for unpaid appointments taking no time, ended ones, the primary employer, or when support exists', () => {
    expect(runRule(builtin('appointmentSupport'), [appointment()])).toEqual([]);
    expect(runRule(builtin('appointmentSupport'), [appointment({ paid: true, endDate: '2025-01' })])).toEqual([]);
    expect(runRule(builtin('appointmentSupport'), [appointment({ paid: true, appointmentType: 'primary' })])).toEqual([]);
    expect(runRule(builtin('appointmentSupport'), [appointment({ paid: true, organization: { name: 'Example Univ.' } })])).toEqual([]);
    expect(runRule(builtin('appointmentSupport'), [appointment({ paid: true }), support({ organization: { name: 'Other Institute' } })])).toEqual([]);
  });
});

describe('foreignAppointmentDocuments', () => {
  it("reports missing documents for an organisation outside the profile's home country", () => {
    const gaps = runRule(builtin('foreignAppointmentDocuments'), [appointment({ organization: { name: 'Uni', country: 'DE' }, contractOnFile: true })]);
    expect(gaps.map((g) => g.path)).toEqual(['translationOnFile']);
  });
  it('is quiet for a home-country organisation, when no home country is set, or with documents on file', () => {
    expect(runRule(builtin('foreignAppointmentDocuments'), [appointment()])).toEqual([]);
    expect(runRule(builtin('foreignAppointmentDocuments'), [appointment({ organization: { name: 'Uni', country: 'DE' } })], { profile: profileOf({ homeCountry: undefined }) })).toEqual([]);
    expect(runRule(builtin('foreignAppointmentDocuments'), [appointment({ organization: { name: 'Uni', country: 'DE' }, contractOnFile: true, translationOnFile: true })])).toEqual([]);
  });
});

describe('talent programmes', () => {
  const talent = (over = {}) => entry({ kind: 'talentProgram', organization: { name: 'A Ministry' }, programName: 'Scholars Plan', status: 'participating', ...over });
  it('asks to disclose participation or an application', () => {
    expect(runRule(builtin('talentProgramDisclose'), [talent(), talent({ status: 'applied' })])).toHaveLength(2);
    expect(runRule(builtin('talentProgramDisclose'), [talent({ status: 'declined' })])).toEqual([]);
  });
  it('reports any statutory malign indicator set to true', () => {
    const gaps = runRule(builtin('malignIndicators'), [talent({ malignIndicators: { recruitTrainees: false, nondisclosure: true } })], { message: '{conditions}' });
    expect(gaps[0]).toMatchObject({ path: 'malignIndicators.nondisclosure' });
    expect(gaps[0].message).toMatch(/not disclosing/);
    expect(runRule(builtin('malignIndicators'), [talent({ malignIndicators: { recruitTrainees: false } })])).toEqual([]);
  });
});

describe('reviewStale', () => {
  it('reports entries never reviewed or reviewed longer ago than the interval', () => {
    expect(runRule(builtin('reviewStale'), [appointment()])).toHaveLength(1);
    expect(runRule(builtin('reviewStale'), [appointment({ reviewedAt: '2025-10-01' })])).toHaveLength(1);
  });
  it("is quiet within the profile's interval", () => {
    expect(runRule(builtin('reviewStale'), [appointment({ reviewedAt: '2026-01-10' })])).toEqual([]);
    expect(runRule(builtin('reviewStale'), [appointment({ reviewedAt: '2025-10-01' })], { profile: profileOf({}, { reviewIntervalMonths: 24 }) })).toEqual([]);
  });
});

describe('personalContact', () => {
  it('reports a webmail address or a phone number, without repeating it', () => {
    const gaps = runRule(builtin('personalContact'), [support({ notes: 'Reach me at jo.smith@Gmail.com' }), support({ objectives: 'Call +44 20 7946 0958.' })], { message: '{field}: {what}' });
    expect(gaps.map((g) => g.message)).toEqual(['The notes: a personal email address', 'The objectives: a phone number']);
    expect(gaps.some((g) => g.message.includes('gmail'))).toBe(false);
  });
  it('is quiet for work addresses, years, award numbers and amounts', () => {
    expect(runRule(builtin('personalContact'), [support({ notes: 'a.okafor@example.edu; 2021-2025; award CHE-2145678; 1,500,000 USD; 2024-06-15; ORCID 0000-0002-1825-0097' })])).toEqual([]);
  });
});

describe('screeningMatch', () => {
  it('matches entry organisations and the primary employer', () => {
    const gaps = runRule(builtin('screeningMatch'), [appointment({ organization: { name: 'Beihang University' } })], {
      profile: profileOf({ primaryOrganization: { name: 'Harbin Institute of Technology' } }),
    });
    expect(gaps.some((g) => g.entryId === undefined && g.path === 'person.primaryOrganization.name')).toBe(true);
    expect(gaps.some((g) => g.path === 'organization.name')).toBe(true);
  });
  it('is quiet for unlisted organisations', () => {
    expect(runRule(builtin('screeningMatch'), [appointment({ organization: { name: 'University of Toronto' } })])).toEqual([]);
  });
});

describe('registry', () => {
  it('every builtin is a function, and an unknown builtin in a custom pack yields an info gap instead of throwing', () => {
    for (const fn of Object.values(BUILTINS)) expect(typeof fn).toBe('function');
    const gaps = runRule(builtin('noSuchCheck'), [support()]);
    expect(gaps).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'test/r' })]);
  });
});
