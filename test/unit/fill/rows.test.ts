/**
 * Rows on pages no portal map knows: cards told apart by their numbered headings, sub-sections
 * inside a card, per-year effort tables, headings that name no kind, funding histories.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { plan, withNewRows, type FillPlan, type Proposal } from '@/lib/fill/plan';
import type { Entry } from '@/lib/model';
import { demo, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();
type Support = Extract<Entry, { kind: 'support' }>;
const support = (status: string[]) => entries.filter((e): e is Support => e.kind === 'support' && status.includes(e.status));

function planPage(html: string): FillPlan {
  document.body.innerHTML = html;
  return plan({ url: 'http://127.0.0.1/page.html', scans: scanHere(), map: null, profile, entries, now: NOW });
}
const proposed = (p: FillPlan, selector: string): Proposal | undefined => p.proposals.find((x) => x.selector === selector && x.status === 'proposed');
const valueAt = (p: FillPlan, selector: string) => proposed(p, selector)?.value;

/** A project card: title, award number, a status radio group and a per-year effort table of `years` rows. */
const card = (i: number, years: number) => `<section><h3>Project ${i + 1}</h3>
  <label for="t${i}">Title</label><input id="t${i}">
  <label for="n${i}">Proposal/Award number</label><input id="n${i}">
  <fieldset><legend>Start date</legend><label for="sm${i}">Month</label><input id="sm${i}"><label for="sy${i}">Year</label><input id="sy${i}"></fieldset>
  <table><caption>Person-months per year committed to the project</caption>
    <thead><tr><th>Year (yyyy)</th><th>Person-months</th></tr></thead>
    <tbody>${Array.from({ length: years }, (_, y) => `<tr><td><input id="y${i}-${y}"></td><td><input id="pm${i}-${y}"></td></tr>`).join('')}</tbody></table>
</section>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('rows on unmapped pages', () => {
  it('a heading that names no kind takes it from its fields; numbered cards are one row each, their effort tables the row\'s years', () => {
    const p = planPage(`<h1>Application</h1><h2>Ongoing and submitted grants</h2>${card(0, 5)}${card(1, 5)}<button type="button">Add another project</button>`);
    const [first, second] = support(['current', 'pending', 'planned']);
    expect(valueAt(p, '#t0')).toBe(first.title);
    expect(valueAt(p, '#t1')).toBe(second.title);
    // Year rows are the entry's years, in order; rows past the entry's last year stay empty.
    first.effort.forEach((e, y) => {
      expect(valueAt(p, `#y0-${y}`)).toBe(String(e.year));
      expect(Number(valueAt(p, `#pm0-${y}`))).toBe(e.personMonths);
    });
    expect(proposed(p, `#y1-${second.effort.length}`)).toBeUndefined();
    // The start-date fieldset belongs to its card: its month and year come from the same entry.
    expect(valueAt(p, '#sy1')).toBe(second.startDate!.slice(0, 4));
  });

  it('a box right under the list\'s heading, above numbered cards, is no row: the cards are the rows and the add control adds cards', () => {
    const numbered = (n: number) => `<section><h4>Finanziamento n. ${n}<button type="button">Rimuovi</button></h4><table>
      <tr><th>Titolo del progetto</th><td><input id="t${n}"></td></tr><tr><th>Codice identificativo del progetto</th><td><input id="c${n}"></td></tr>
      <tr><th>Ente finanziatore</th><td><input id="e${n}"></td></tr></table></section>`;
    const p = planPage(`<h2>Altri finanziamenti ottenuti / richiesti</h2><label for="airc">Codice identificativo del grant AIRC attivo</label><input id="airc">
      ${numbered(1)}${numbered(2)}<button type="button">+ Aggiungi finanziamento</button>`);
    const wanted = support(['current', 'pending', 'planned']);
    expect(valueAt(p, '#c1')).toBe(wanted[0].awardNumber);
    expect(valueAt(p, '#c2')).toBe(wanted[1].awardNumber);
    expect(proposed(p, '#airc')).toBeUndefined();
    expect(p.addRows).toEqual([expect.objectContaining({ text: '+ Aggiungi finanziamento', times: wanted.length - 2 })]);
  });

  it('the rest of the entries become clicks of the add control, once per card (not once per sub-section)', () => {
    const p = planPage(`<h2>Ongoing and submitted grants</h2>${card(0, 3)}<button type="button">Add another project</button>`);
    const wanted = support(['current', 'pending', 'planned']).length;
    expect(p.addRows).toEqual([expect.objectContaining({ text: 'Add another project', times: wanted - 1 })]);
  });

  it('radios of rows still to be added are chosen by value', () => {
    const radios = (i: number) => `<fieldset><legend>Status of support</legend>
      <input type="radio" id="c${i}" name="s${i}" value="current"><label for="c${i}">Current</label>
      <input type="radio" id="p${i}" name="s${i}" value="pending"><label for="p${i}">Pending</label></fieldset>`;
    const p = planPage(`<h2>Current and pending support</h2><section><h3>Project 1</h3><label for="t0">Project title</label><input id="t0">${radios(0)}</section>
      <button type="button">Add another project</button>`);
    const pendingTitles = new Set(support(['pending', 'planned']).map((e) => e.title));
    const toAdd = p.proposals.filter((x) => x.fieldId < 0);
    const statusOfRow = (row: number) => toAdd.find((x) => x.row === row && x.key === 'support.status');
    const pendingRows = toAdd.filter((x) => x.key === 'support.title' && pendingTitles.has(x.value)).map((x) => x.row!);
    expect(pendingRows.length).toBeGreaterThan(0);
    for (const row of pendingRows) expect(statusOfRow(row)).toMatchObject({ status: 'proposed', value: 'Pending' });
  });

  it('a funding history lists every grant, completed ones included', () => {
    const rows = Array.from({ length: 7 }, (_, i) => `<tr><td><input id="h${i}" name="title"></td><td><input id="f${i}" name="funder"></td></tr>`).join('');
    const p = planPage(`<h2>Research support history</h2><table><thead><tr><th>Project title</th><th>Funding agency</th></tr></thead><tbody>${rows}</tbody></table>`);
    const titles = p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.value);
    expect(titles.sort()).toEqual(support(['current', 'pending', 'planned', 'completed']).map((e) => e.title).sort());
  });

  it('answers per-row questions from the entry: awarded? for use on this proposal?', () => {
    const question = (id: string, text: string) => `<fieldset><legend>${text}</legend>
      <input type="radio" id="${id}-y" name="${id}" value="Y"><label for="${id}-y">Yes</label>
      <input type="radio" id="${id}-n" name="${id}" value="N"><label for="${id}-n">No</label></fieldset>`;
    const cards = support(['current', 'pending', 'planned']).map((_, i) => `<section><h3>Grant ${i + 1}</h3>
      <label for="g${i}">Project title</label><input id="g${i}"><label for="r${i}">Award number</label><input id="r${i}">
      ${question(`a${i}`, 'Has this grant been awarded?')}${question(`u${i}`, 'Intended for use on the project/proposal being proposed?')}</section>`);
    const p = planPage(`<h2>Grants</h2>${cards.join('')}`);
    support(['current', 'pending', 'planned']).forEach((e, i) => {
      expect(proposed(p, e.status === 'current' ? `#a${i}-y` : `#a${i}-n`)).toBeDefined();
      const forThis = e.thisProposal;
      if (forThis !== undefined) expect(proposed(p, forThis ? `#u${i}-y` : `#u${i}-n`)).toBeDefined();
      else expect(proposed(p, `#u${i}-y`) ?? proposed(p, `#u${i}-n`)).toBeUndefined();
    });
  });

  it('a box after a month select under the same date label takes the year, not the whole date', () => {
    const months = ['', ...Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))].map((m) => `<option value="${m}">${m}</option>`).join('');
    const p = planPage(`<h2>Current and pending support</h2><table><thead><tr><th>Project title</th><th colspan="2">Start date (month / year)</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><select id="m">${months}</select></td><td><input id="y"></td></tr></tbody></table>`);
    const [first] = support(['current', 'pending', 'planned']);
    expect(valueAt(p, '#m')).toBe(first.startDate!.slice(5, 7));
    expect(valueAt(p, '#y')).toBe(first.startDate!.slice(0, 4));
  });

  it('a list the page starts empty: one new row per entry in the review; the values of approved rows are approved once the rows exist', () => {
    const before = planPage('<h2>Grants</h2><p>None yet.</p><button type="button">Add grant</button>');
    const wanted = support(['current', 'pending', 'planned']);
    expect(before.addRows).toEqual([expect.objectContaining({ text: 'Add grant', times: wanted.length })]);
    const newRows = before.proposals.filter((x) => x.via === 'add-control');
    expect(newRows.map((x) => x.source?.entryId)).toEqual(wanted.map((e) => e.id));
    // The researcher keeps only the first entry; the page then has that row.
    const approved = new Set([newRows[0].slot]);
    const after = planPage(`<h2>Grants</h2><section><h3>Grant 1</h3><label for="g0">Project title</label><input id="g0">
      <label for="n0">Award number</label><input id="n0"></section><button type="button">Add grant</button>`);
    const now = withNewRows(before, after, approved);
    const filled = after.proposals.filter((x) => x.status === 'proposed' && now.has(x.slot)).map((x) => x.selector).sort();
    expect(filled).toEqual(['#g0', '#n0']);
    expect(withNewRows(before, after, new Set()).size).toBe(0);
  });

  it('values approved for rows still to be added are approved in the added rows, however the page renumbers them; unticked ones stay unticked', () => {
    const card = (i: number) => `<fieldset><legend>Grant ${i + 1}</legend><label for="g${i}">Project title ${i + 1}.</label><input id="g${i}">
      <label for="n${i}">Award number ${i + 1}.</label><input id="n${i}"><label for="pm${i}">Person-months ${i + 1}.</label><input id="pm${i}"></fieldset>`;
    const before = planPage(`<h2>Grants</h2>${card(0)}<button type="button">Add grant</button>`);
    const later = before.proposals.filter((x) => x.fieldId < 0 && x.status === 'proposed');
    expect(later.length).toBeGreaterThan(0);
    // The researcher unticks the award number of the second grant.
    const untickedEntry = later.find((x) => x.key === 'support.awardNumber')!.source!.entryId;
    const approved = new Set(before.proposals.filter((x) => x.status === 'proposed' && !(x.key === 'support.awardNumber' && x.source?.entryId === untickedEntry)).map((x) => x.slot));
    const after = planPage(`<h2>Grants</h2>${[0, 1, 2, 3, 4].map(card).join('')}<button type="button">Add grant</button>`);
    const now = withNewRows(before, after, approved);
    const write = after.proposals.filter((x) => x.status === 'proposed' && now.has(x.slot));
    const rows = 1 + new Set(later.map((x) => x.row)).size;
    expect(write.filter((x) => x.key === 'support.title').length).toBe(rows);
    expect(write.filter((x) => x.key === 'support.effort.personMonths').length).toBe(rows);
    expect(write.some((x) => x.key === 'support.awardNumber' && x.source?.entryId === untickedEntry)).toBe(false);
  });

  it('after rows are added, an approval follows the value the review showed: a slot that now holds another entry is not approved, the entry is where it moved', () => {
    const before = planPage(`<h2>Current and pending support</h2><table><thead><tr><th>Project title</th><th>Funder</th></tr></thead>
      <tbody><tr><td><input id="t0"></td><td><input id="f0"></td></tr></tbody></table>`);
    const [first, second] = support(['current', 'pending', 'planned']);
    const shown = proposed(before, '#t0')!;
    expect(shown.value).toBe(first.title);
    // The researcher approves only that title. The rescan after rows were added sorts the second entry into its slot
    // and the first into a new one.
    const approved = new Set([shown.slot]);
    const after: FillPlan = {
      ...before,
      proposals: [
        { ...shown, value: second.title!, source: { ...shown.source!, entryId: second.id } },
        { ...shown, slot: `${shown.slot}-moved`, fieldId: 7, selector: '#t1', row: 1 },
      ],
    };
    const now = withNewRows(before, after, approved);
    expect(after.proposals.filter((x) => now.has(x.slot)).map((x) => [x.selector, x.value])).toEqual([['#t1', first.title]]);
  });

  it('a list "other than this proposal" leaves out the entry marked as this proposal', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `<tr><td><input id="h${i}"></td><td><input id="f${i}"></td></tr>`).join('');
    const table = `<table><thead><tr><th>Project title</th><th>Funding agency</th></tr></thead><tbody>${rows}</tbody></table>`;
    const titles = (heading: string) => planPage(`<h2>${heading}</h2>${table}`).proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.value);
    const thisOne = support(['pending']).find((e) => e.thisProposal)!;
    expect(titles('Current and pending support')).toContain(thisOne.title);
    expect(titles('Current and pending support other than this proposal')).not.toContain(thisOne.title);
    expect(titles('本提案を除く研究費')).not.toContain(thisOne.title);
  });
});
