/**
 * Lists that mix kinds of entry — a US Significant Financial Interest list, a conflict-of-interest
 * table — and the values such rows ask for: each entry's own money and type, effort as a percentage,
 * a trip's days, and the yes/no questions in front of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { classify, sectionContext } from '@/lib/fill/classify';
import { plan, type FillPlan } from '@/lib/fill/plan';
import { disclosureAnswer, entryValue } from '@/lib/fill/values';
import type { Entry } from '@/lib/model';
import { demo, keyOf, labelled, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();
const byId = (id: string) => entries.find((e) => e.id === id)!;

function planPage(html: string, withEntries: Entry[] = entries): FillPlan {
  document.body.innerHTML = html;
  return plan({ url: 'http://127.0.0.1/page.html', scans: scanHere(), map: null, profile, entries: withEntries, now: NOW });
}
/** Entry ids the plan puts in a list, in row order (rows on the page, then rows to add). */
const listed = (p: FillPlan) => [...new Set(p.proposals.filter((x) => x.source?.entryId).map((x) => x.source!.entryId!))];

const entityRow = `<table><thead><tr><th>Entity name</th><th>Description</th></tr></thead>
  <tbody><tr><td><input id="n0"></td><td><input id="d0"></td></tr></tbody></table><button type="button">+ Add row</button>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('lists that mix kinds of entry', () => {
  it('a Significant Financial Interest list holds paid consulting, paid outside appointments and interests, not income from the own institution', () => {
    const ids = listed(planPage(`<h2>Significant Financial Interests</h2>${entityRow}`));
    const paidConsulting = entries.filter((e) => e.kind === 'consulting' && e.compensated).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([...paidConsulting, 'demo-appointment-visiting', 'demo-interest-startup']));
    // The royalty is paid by the University of Michigan, the researcher's own institution.
    expect(ids).not.toContain('demo-interest-royalty');
    expect(ids).not.toContain('demo-appointment-primary');
    // Unpaid posts are no financial interest.
    expect(ids).not.toContain('demo-appointment-adjunct');
    expect(ids).not.toContain('demo-appointment-advisory');
  });

  it('a conflict-of-interest list holds consulting and board seats beside the financial interests, and no other posts', () => {
    const ids = listed(planPage(`<h2>Conflicts of interest</h2>${entityRow}`));
    const boardSeat = (e: Entry) => e.kind === 'appointment' && (e.appointmentType === 'advisory' || e.appointmentType === 'board');
    const expected = entries.filter((e) => e.kind === 'consulting' || e.kind === 'financialInterest' || boardSeat(e)).map((e) => e.id);
    expect(ids.sort()).toEqual(expected.sort());
    expect(sectionContext(['Conflitto di interessi'])).toMatchObject({ kind: 'financialInterest', ties: true });
  });

  it('a list of outside activities holds outside posts and consultancies in the record\'s order, never the main post; under an inner "Consultancy" heading, consultancies only', () => {
    const ids = listed(planPage(`<h2>Nebentätigkeiten</h2>${entityRow}`));
    const consulting = entries.filter((e) => e.kind === 'consulting').map((e) => e.id);
    const outside = entries.filter((e) => e.kind === 'consulting' || (e.kind === 'appointment' && e.appointmentType !== 'primary')).map((e) => e.id);
    expect(ids).toEqual(outside.slice(0, ids.length));
    expect(ids).toEqual(expect.arrayContaining(['demo-appointment-adjunct', 'demo-appointment-advisory', ...consulting]));
    expect(ids).not.toContain('demo-appointment-primary');
    // The sentence saying what has ended is not asked for decides, not the page's word for its applications ("Anträge … eingereicht").
    const asked = listed(planPage(`<h2>Angaben zu Nebentätigkeiten / Interessenkonflikten</h2><p>Bitte beachten Sie, dass Anträge ausschließlich online eingereicht werden können.</p>
      <fieldset><legend>Üben Sie neben Ihrer Stelle derzeit Nebentätigkeiten aus?</legend>
      <label><input type="radio" name="q" value="j">ja</label><label><input type="radio" name="q" value="n">nein</label></fieldset>
      <p class="hinweis">Anzugeben sind alle derzeit ausgeübten Nebentätigkeiten. Bereits beendete Tätigkeiten sind nicht anzugeben.</p>${entityRow}`));
    expect(byId(asked[0]).kind).toBe('appointment');
    expect(asked.every((id) => !(byId(id) as { endDate?: string | null }).endDate)).toBe(true);
    expect(listed(planPage(`<h2>Secondary occupations</h2>${entityRow}`))).toEqual(expect.arrayContaining(['demo-appointment-adjunct', ...consulting]));
    expect(listed(planPage(`<h2>Ancillary activities</h2><h3>Consultancy work</h3>${entityRow}`)).every((id) => byId(id).kind === 'consulting')).toBe(true);
    // An organisation column asking for a company lists work for companies: no post at a university.
    const forCompanies = listed(planPage(`<h2>Erklärung zu Nebentätigkeiten</h2><table><thead><tr><th>Auftraggeber (Unternehmen)</th><th>Art der Tätigkeit</th></tr></thead>
      <tbody><tr><td><input id="n0"></td><td><input id="d0"></td></tr></tbody></table><button type="button">+ Weitere Nebentätigkeit hinzufügen</button>`));
    expect(forCompanies.sort()).toEqual([...consulting].sort());
    expect(listed(planPage(`<h2>Entgeltliche Nebentätigkeiten für Unternehmen</h2>${entityRow}`)).sort()).toEqual([...consulting].sort());
    const posts = listed(planPage(`<h2>兼業・兼職の状況</h2>${entityRow}`));
    expect(byId(posts[0]).kind).toBe('appointment');
    expect(posts).toEqual(expect.arrayContaining(consulting));
    expect(keyOf('兼業先（機関・企業等の名称）', ['兼業・兼職の状況'])).toBe('appointment.organization.name');
    expect(keyOf('兼業の種類', ['兼業・兼職の状況'], { type: 'select', options: [{ value: 'ADV', text: '顧問' }] })).toBe('appointment.appointmentType');
  });

  it('a conflict-of-interest list under its heading alone keeps the record\'s order of consultancies and interests; a question naming interests puts them first', () => {
    const ties = (e: Entry) => e.kind === 'consulting' || e.kind === 'financialInterest';
    const recordOrder = entries.filter(ties).map((e) => e.id);
    expect(listed(planPage(`<h2>Conflicts of interest</h2>${entityRow}`)).filter((id) => ties(byId(id)))).toEqual(recordOrder);
    const asked = listed(planPage(`<h2>Conflicts of interest</h2><fieldset><legend>Do you hold equity or royalties in a company?</legend>
      <label><input type="radio" name="q" value="y">Yes</label><label><input type="radio" name="q" value="n">No</label></fieldset>${entityRow}`));
    expect(byId(asked[0]).kind).toBe('financialInterest');
  });

  it('a plain financial-interest list keeps to financial interests', () => {
    const ids = listed(planPage(`<h2>Financial interests</h2>${entityRow}`));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byId(id).kind === 'financialInterest')).toBe(true);
  });

  it('a consulting entry in an interest row answers the value and type boxes with its own fee and "consulting"', () => {
    const clearwater = byId('demo-consulting-clearwater');
    expect(entryValue('financialInterest.value.amount', clearwater, 'Value', NOW)).toEqual({ type: 'money', amount: 12000, currency: 'USD' });
    expect(entryValue('financialInterest.value.currency', clearwater, 'Currency', NOW)).toEqual({ type: 'choice', value: 'USD' });
    expect(entryValue('financialInterest.interestType', clearwater, 'Type of interest', NOW)).toEqual({ type: 'choice', value: 'consulting', shown: 'Technical consultant' });
    expect(entryValue('financialInterest.interestType', byId('demo-interest-royalty'), 'Type of interest', NOW)).toEqual({ type: 'choice', value: 'royalty', shown: 'Inventor' });
  });
});

describe('values rows of these lists ask for', () => {
  it('effort in percent is the share of a full-time year, in whole percent: 1 person-month is 8 %', () => {
    const p = planPage(`<h2>Other funding</h2><table><thead><tr><th>Funder</th><th>Working time (%)</th></tr></thead>
      <tbody><tr><td><input id="f0"></td><td><input id="pct0"></td></tr></tbody></table>`, [byId('demo-support-nsf-current')]);
    expect(p.proposals.find((x) => x.selector === '#pct0')?.instruction?.value).toBe('8');
  });

  it('a trip lasts from its first to its last day, both counted', () => {
    expect(entryValue('travel.durationDays', byId('demo-travel-rda'), 'Number of days', NOW)).toEqual({ type: 'number', value: 4 });
    expect(keyOf('Duration (number of days):', ['Sponsored travel'])).toBe('travel.durationDays');
    expect(keyOf('Departure', ['Sponsored travel'])).toBe('travel.startDate');
    expect(keyOf('Return', ['Sponsored travel'])).toBe('travel.endDate');
  });

  it('"did you receive sponsored travel?" is answered from the travel entries', () => {
    expect(disclosureAnswer('disclosure.travel', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.travel', profile, entries.filter((e) => e.kind !== 'travel'), NOW)).toBe('no');
  });

  it('held and applied-for funding are answered apart; side activities count other posts and consulting', () => {
    const support = entries.filter((e) => e.kind === 'support' && !e.thisProposal);
    const without = (status: string) => entries.filter((e) => !(e.kind === 'support' && e.status === status));
    expect(support.some((e) => e.kind === 'support' && e.status === 'pending')).toBe(true);
    expect(disclosureAnswer('disclosure.currentSupport', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.currentSupport', profile, without('current'), NOW)).toBe('no');
    expect(disclosureAnswer('disclosure.pendingSupport', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.pendingSupport', profile, without('pending'), NOW)).toBe('no');
    expect(disclosureAnswer('disclosure.outsideActivity', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.outsideActivity', profile, entries.filter((e) => e.kind === 'support' || (e.kind === 'appointment' && e.appointmentType === 'primary')), NOW)).toBe('no');
  });

  it('a talent programme question naming a foreign institution is about talent programmes; a post besides the employer is an outside appointment', () => {
    expect(keyOf('5. Are you currently participating in a talent recruitment programme sponsored by a foreign government or foreign institution?', [], { type: 'radio' })).toBe('disclosure.talentProgram');
    expect(keyOf('4. Do you hold any position, paid or unpaid, in an organisation other than your employing organisation?', [], { type: 'radio' })).toBe('disclosure.outsideAppointment');
    expect(disclosureAnswer('disclosure.outsideAppointment', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.outsideAppointment', profile, entries.filter((e) => e.kind !== 'appointment' || e.appointmentType === 'primary'), NOW)).toBe('no');
  });

  it('the researcher\'s current position is an appointment block', () => {
    expect(sectionContext(["Researcher's current position", 'Academy Project funding'])).toMatchObject({ kind: 'appointment' });
  });
});

describe('name boxes', () => {
  it('a lone "Name" beside a first-name box is the family name; alone, it stays unread', () => {
    const block = ['Angaben zur Projektleitung'];
    const [name, given] = classify([labelled('Name*', block), labelled('Vorname*', block)], null);
    expect(given.key).toBe('person.givenName');
    expect(name.key).toBe('person.familyName');
    expect(classify([labelled('Name*', block)], null)[0].key).not.toBe('person.familyName');
  });
});

describe('the researcher\'s own fields asked in a list', () => {
  it('"Position title" in a list of other appointments is that post\'s title; in a funding list it stays the researcher\'s', () => {
    expect(keyOf('Position title *', ['Other current positions'])).toBe('appointment.role');
    expect(keyOf('Position title', ['Applicant'])).toBe('person.positionTitle');
    expect(keyOf('In this position since *', ["Researcher's current position"])).toBe('appointment.startDate');
  });
});

describe('yes/no boxes beside an entity', () => {
  it('boxes naming the kinds of one entity\'s relationship are not ticked from the researcher\'s answers at large', () => {
    const p = planPage(`<h2>Significant Financial Interests</h2><label for="n0">Entity name</label><input id="n0">
      <fieldset><legend>Relationship type</legend>
        <label><input type="checkbox" id="t-eq"> Equity interest (stock, stock options or other ownership interest)</label>
        <label><input type="checkbox" id="t-ip"> Royalties and licensing income</label></fieldset>`);
    for (const id of ['#t-eq', '#t-ip']) expect(p.proposals.find((x) => x.selector === id)?.instruction).toBeUndefined();
  });

  it('asked under Significant Financial Interests, royalties paid by the own institution make no "yes"', () => {
    const p = planPage(`<h2>Significant Financial Interests</h2><fieldset><legend>Did you receive royalties or licensing income?</legend>
      <label><input type="radio" name="q" id="y" value="Y"> Yes</label><label><input type="radio" name="q" id="n" value="N"> No</label></fieldset>`);
    expect(p.proposals.find((x) => x.key === 'disclosure.royalty')?.selector).toBe('#n');
  });
});
