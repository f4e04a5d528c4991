import { beforeEach, describe, expect, it } from 'vitest';
import { matchPortal } from '@/lib/fill/classify';
import { approvedInstructions, plan, type FillPlan } from '@/lib/fill/plan';
import { builtInPortalMaps } from '@/lib/fill/portals';
import { disclosureAnswer } from '@/lib/fill/values';
import { demo, loadFixture, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();
const supportTitles = (status: string[]) => entries.filter((e) => e.kind === 'support' && status.includes(e.status)).map((e) => (e as { title: string }).title);

function planFixture(name: string, withEntries = entries): FillPlan {
  loadFixture(name);
  const url = `http://127.0.0.1:4000/${name}`;
  return plan({ url, scans: scanHere(url), map: matchPortal(url, builtInPortalMaps()), profile, entries: withEntries, now: NOW });
}

/** Writes the plan's approved values into the jsdom page the way apply does (no layout needed here). */
function writePlan(p: FillPlan) {
  const els = Array.from(document.querySelectorAll<HTMLInputElement>('input,select,textarea'));
  for (const prop of p.proposals) {
    if (prop.status !== 'proposed' || !prop.instruction || prop.fieldId < 0) continue;
    const el = els.find((e) => `#${e.id}` === prop.selector)!;
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = prop.instruction.checked ?? true;
    else el.value = prop.instruction.value;
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('repeatable sections', () => {
  it('one row per matching entry: existing rows are filled, the rest become "Add another" clicks', () => {
    const p = planFixture('nsf-research-gov.html');
    const wanted = supportTitles(['current', 'pending', 'planned']);
    const titles = p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed');
    expect(titles.map((x) => x.value).sort()).toEqual(wanted.sort());
    expect(titles.filter((x) => x.fieldId >= 0)).toHaveLength(1); // the page starts with one row
    expect(p.addRows).toEqual([
      expect.objectContaining({ text: 'Add Another Proposal/Project', times: wanted.length - 1 }),
      expect.objectContaining({ text: 'Add Another In-Kind Contribution', times: 1 }),
    ]);
  });

  it('never asks for more rows than entries', () => {
    const p = planFixture('nsf-research-gov.html', entries.filter((e) => e.kind !== 'inKind' && !(e.kind === 'support' && e.status !== 'current')).slice(0));
    const current = supportTitles(['current']).length;
    expect(p.addRows.find((a) => /Proposal/.test(a.text))?.times).toBe(current - 1);
    expect(p.addRows.find((a) => /In-Kind/.test(a.text))).toBeUndefined();
  });

  it('active and pending go to their own sections (NIH)', () => {
    const p = planFixture('nih-other-support.html');
    const bySection = (s: RegExp) => p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed' && s.test(x.slot)).map((x) => x.value).sort();
    expect(bySection(/\|active\|/)).toEqual(supportTitles(['current']).sort());
    expect(bySection(/\|pending\|/)).toEqual(supportTitles(['pending', 'planned']).sort());
  });

  it('a second plan over filled rows keeps each entry in its row and writes nothing new', () => {
    const first = planFixture('ukri-funding-service.html');
    writePlan(first);
    const url = 'http://127.0.0.1:4000/ukri-funding-service.html';
    const second = plan({ url, scans: scanHere(url), map: matchPortal(url, builtInPortalMaps()), profile, entries, now: NOW });
    const written = second.proposals.filter((x) => x.status === 'proposed' && x.fieldId >= 0);
    for (const x of written) {
      const el = document.querySelector<HTMLInputElement>(x.selector)!;
      if (el.type === 'radio' || el.type === 'checkbox') expect(el.checked).toBe(true);
      else expect(el.value).toBe(x.instruction!.value);
    }
  });

  it('a row holding something else is left alone and the entry goes to the next free row', () => {
    loadFixture('eu-funding-tenders.html');
    (document.querySelector('#g-title-0') as HTMLInputElement).value = 'My own grant';
    const url = 'http://127.0.0.1:4000/eu-funding-tenders.html';
    const p = plan({ url, scans: scanHere(url), map: matchPortal(url, builtInPortalMaps()), profile, entries, now: NOW });
    expect(p.proposals.find((x) => x.selector === '#g-title-0')).toMatchObject({ status: 'skipped', reason: 'has-value' });
    expect(p.proposals.find((x) => x.selector === '#g-source-0')).toMatchObject({ status: 'skipped', reason: 'has-value' });
    expect(p.proposals.find((x) => x.selector === '#g-title-1')?.status).toBe('proposed');
  });
});

describe('values', () => {
  it('answers yes/no questions from the record: a declined talent programme is "No", one in progress "Yes"', () => {
    const no = planFixture('ukri-funding-service.html');
    expect(no.proposals.find((x) => x.key === 'disclosure.talentProgram')).toMatchObject({ selector: '#talent-no', status: 'proposed' });
    const talent = entries.find((e) => e.kind === 'talentProgram')!;
    const yes = planFixture('ukri-funding-service.html', [...entries.filter((e) => e !== talent), { ...talent, status: 'participating' } as typeof talent]);
    expect(yes.proposals.find((x) => x.key === 'disclosure.talentProgram')).toMatchObject({ selector: '#talent-yes', status: 'proposed' });
  });

  it('answers equity, royalty and founder questions from the kind of interest, not from any interest', () => {
    const interests = entries.filter((e) => e.kind === 'financialInterest');
    const types = interests.map((e) => (e as { interestType: string }).interestType).sort();
    expect(types).toEqual(['royalty', 'startup']);
    const others = entries.filter((e) => e.kind !== 'financialInterest');
    const royaltyOnly = [...others, ...interests.filter((e) => (e as { interestType: string }).interestType === 'royalty')];
    const answers = (list: typeof entries) =>
      ['disclosure.equity', 'disclosure.royalty', 'disclosure.founder', 'disclosure.financialInterest'].map((k) => disclosureAnswer(k, profile, list, NOW));
    expect(answers(entries)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(answers(royaltyOnly)).toEqual(['no', 'yes', 'no', 'yes']);
    expect(answers(others)).toEqual(['no', 'no', 'no', 'no']);
  });

  it("fills the researcher's own organisation block: name with location, state, and a country select by its name", () => {
    document.body.innerHTML = `<h1>R&R Senior/Key Person Profile (Expanded)</h1><h2>Applicant</h2>
      <label for="org">Organization and location</label><input id="org">
      <label for="city">* City:</label><input id="city">
      <label for="state">State:</label><input id="state">
      <label for="ctry">* Country:</label><select id="ctry"><option value=""></option><option value="CAN">CAN: CANADA</option><option value="USA">USA: UNITED STATES</option></select>
      <label for="cit">Country of citizenship</label><input id="cit">`;
    const p = plan({ url: 'http://127.0.0.1/x.html', scans: scanHere(), map: null, profile, entries, now: NOW });
    const at = (sel: string) => p.proposals.find((x) => x.selector === sel);
    expect(at('#org')?.instruction?.value).toBe('University of Michigan, Ann Arbor, Michigan');
    expect(at('#city')?.instruction?.value).toBe('Ann Arbor');
    expect(at('#state')?.instruction?.value).toBe('Michigan');
    expect(at('#ctry')?.instruction?.value).toBe('USA');
    expect(at('#cit')?.instruction).toBeUndefined();
  });

  it('flags an amount in another currency instead of writing it', () => {
    const p = planFixture('ukri-funding-service.html');
    const amounts = p.proposals.filter((x) => x.key === 'support.totalAmount.amount' && x.fieldId >= 0 && x.reason !== 'no-row');
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((x) => x.reason === 'currency-mismatch' && x.attention)).toBe(true);
  });

  it('writes an amount where the row states its currency', () => {
    const p = planFixture('ca-researchnet-convergence.html');
    const amount = p.proposals.find((x) => x.selector === '#montant-0')!;
    const currency = p.proposals.find((x) => x.selector === '#devise-0')!;
    expect(amount.status).toBe('proposed');
    expect(amount.value).toMatch(/^\d+$/);
    expect(currency.instruction?.value).toBe('USD');
  });

  it('sends only approved proposals, per frame', () => {
    const p = planFixture('grants-gov.html');
    const first = p.proposals.find((x) => x.status === 'proposed')!;
    const writes = approvedInstructions(p, new Set([first.slot]));
    expect(Array.from(writes.values()).flat()).toEqual([first.instruction]);
  });
});
