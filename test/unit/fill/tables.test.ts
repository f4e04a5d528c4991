/**
 * Tables and choices as older portals lay them out: records two rows deep under a two-line
 * header, full-width sub-rows, "-- Select --" entries valued -1, fiscal-year selects, radio lists
 * in a table of their own, codes before names, and cutoff dates in a list's instructions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify, scopedContext } from '@/lib/fill/classify';
import { plan, type FillPlan } from '@/lib/fill/plan';
import { demo, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();

function planPage(html: string): FillPlan {
  document.body.innerHTML = html;
  return plan({ url: 'http://127.0.0.1/page.html', scans: scanHere(), map: null, profile, entries, now: NOW });
}
const proposal = (p: FillPlan, selector: string) => p.proposals.find((x) => x.selector === selector);
const labels = () => Object.fromEntries(scanHere()[0].fields.map((f) => [f.htmlId, f.label]));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('records two rows deep', () => {
  it('a header row whose cells span several above it heads each record\'s second row, counted past the record number\'s rowspan', () => {
    document.body.innerHTML = `<table><thead>
      <tr><th rowspan="2">No.</th><th>応募・受入の状況</th><th>資金制度・研究費名</th><th>研究期間</th><th>エフォート（％）</th></tr>
      <tr><th colspan="3">研究課題名</th><th>研究内容の相違点</th></tr></thead>
      <tbody><tr><td rowspan="2">1</td><td><select id="st"><option value="">選択</option><option value="03">実施中</option></select></td>
        <td><input id="fund"></td><td><input id="period"></td><td><input id="effort"></td></tr>
      <tr><td colspan="3"><input id="title"></td><td><textarea id="diff"></textarea></td></tr></tbody></table>`;
    expect(labels()).toMatchObject({ st: '応募・受入の状況', fund: '資金制度・研究費名', title: '研究課題名', diff: '研究内容の相違点' });
  });

  it('a header over a header that refines it ("Start date" over Month | Year) stays one line', () => {
    document.body.innerHTML = `<table><thead><tr><th rowspan="2">Title</th><th colspan="2">Start date</th></tr><tr><th>Month</th><th>Year</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><input id="m"></td><td><input id="y"></td></tr></tbody></table>`;
    expect(labels()).toMatchObject({ t: 'Title', m: 'Start date Month', y: 'Start date Year' });
  });

  it('a full-width sub-row under columns with different headers is under none of them', () => {
    document.body.innerHTML = `<table><thead><tr><th>Nr.</th><th>Status</th><th>Thema</th></tr></thead>
      <tbody><tr><td rowspan="2">1</td><td><input id="s"></td><td><input id="t"></td></tr>
      <tr><td colspan="2"><label for="a">Abgrenzung zum vorliegenden Antrag</label><textarea id="a"></textarea></td></tr></tbody></table>`;
    const [status, title, overlap] = classify(scanHere()[0].fields, null);
    expect([status.key, title.key]).toEqual([null, null]);
    expect(scanHere()[0].fields[2].label).toBe('Abgrenzung zum vorliegenden Antrag');
    expect(overlap.key).not.toBe('support.status');
  });
});

describe('choices', () => {
  it('a first entry "-- Selezionare --" valued -1 is no choice: the select reads empty and is filled; month and year selects behind "--" are still told', () => {
    const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
    const p = planPage(`<h2>Dati personali</h2><label for="q">Qualifica</label><select id="q"><option value="-1">-- Selezionare --</option>
        <option value="01">Professore ordinario</option><option value="02">Professore associato</option></select>
      <h2>Altri finanziamenti in corso</h2><table><thead><tr><th>Ente finanziatore</th><th>Dal (mese)</th><th>Dal (anno)</th></tr></thead><tbody>
      <tr><td><input id="e"></td><td><select id="m"><option value="-1">--</option>${months.map((m, i) => `<option value="${i + 1}">${m}</option>`).join('')}</select></td>
      <td><select id="y"><option value="-1">----</option>${[2022, 2023, 2024, 2025].map((y) => `<option value="${y}">${y}</option>`).join('')}</select></td></tr></tbody></table>`);
    expect(scanHere()[0].fields.find((f) => f.htmlId === 'q')!.value).toBe('');
    expect(proposal(p, '#q')).toMatchObject({ status: 'proposed', instruction: { value: '02' } });
    const org = proposal(p, '#e')!.value;
    const entry = entries.find((e) => e.kind === 'support' && (e as { organization: { name: string } }).organization.name === org) as { startDate: string };
    expect(proposal(p, '#m')!.instruction?.value).toBe(String(Number(entry.startDate.slice(5, 7))));
    expect(proposal(p, '#y')!.instruction?.value).toBe(entry.startDate.slice(0, 4));
  });

  it('a fiscal-year select (令和6年度（2024年度）) takes the 年度 a month falls in: January 2025 is 令和6年度', () => {
    const years = [2022, 2023, 2024, 2025, 2026, 2027].map((y) => `<option value="${y - 2018 + 500}">令和${y - 2018}年度（${y}年度）</option>`).join('');
    const p = planPage(`<h2>他の研究費の応募・受入等の状況</h2><table><thead><tr><th>資金制度・研究費名</th><th>研究期間（年度）</th></tr></thead><tbody>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<tr><td><input id="f${i}"></td><td><select id="s${i}" title="研究期間（開始年度）"><option value="">選択してください</option>${years}</select></td></tr>`).join('')}</tbody></table>`);
    const start = p.proposals.find((x) => x.key === 'support.startDate' && x.source?.entryId === 'demo-support-wellcome-current');
    expect(start?.instruction?.value).toBe('506');
  });

  it('radios laid out in a table of their own (ASP.NET RadioButtonList) are asked by the text before that table', () => {
    const p = planPage(`<h2>Conflitto di interessi</h2><table><tr><td>Il Responsabile scientifico detiene partecipazioni, quote o altri interessi patrimoniali in società?</td>
      <td><table id="rbl"><tr><td><input type="radio" id="r0" name="rbl" value="S"><label for="r0">Sì</label></td>
      <td><input type="radio" id="r1" name="rbl" value="N"><label for="r1">No</label></td></tr></table></td></tr></table>`);
    expect(proposal(p, '#r0')).toMatchObject({ key: 'disclosure.equity', status: 'proposed' });
  });

  it('a code before its name ("USD - Dollaro USA", valued 840) is the currency', () => {
    const p = planPage(`<h2>Altri finanziamenti in corso</h2><table><thead><tr><th>Ente finanziatore</th><th>Importo</th><th>Valuta</th></tr></thead><tbody>
      <tr><td><input id="e"></td><td><input id="a"></td><td><select id="c"><option value="-1">--</option><option value="978">EUR - Euro</option><option value="840">USD - Dollaro USA</option></select></td></tr></tbody></table>`);
    expect(proposal(p, '#c')!.instruction?.value).toBe('840');
  });
});

describe('cutoff dates in instructions', () => {
  it('"since 1 January 2022", "conclusi prima del 01/01/2022", "2022年1月以降": what ended before is left out, what ended after is in, completed or not', () => {
    for (const note of ['List all funding in force any time since 1 January 2022.', 'Per i finanziamenti conclusi prima del 01/01/2022 non è richiesta alcuna indicazione.', '2022年1月以降に終了したものも記入してください。'])
      expect(scopedContext({ text: 'Funding', kind: 'support' }, note)).toMatchObject({ endedSince: '2022-01', status: 'any' });
    expect(scopedContext({ text: 'Funding', kind: 'support' }, 'Awards starting after 1 March 2027.').endedSince).toBeUndefined();
    const p = planPage(`<h2>Research funding</h2><p>List all funding in force any time since 1 January 2022.</p><table><thead><tr><th>Funder</th><th>Title</th></tr></thead><tbody>
      ${Array.from({ length: 8 }, (_, i) => `<tr><td><input id="f${i}"></td><td><input id="t${i}"></td></tr>`).join('')}</tbody></table>`);
    const listed = p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.source?.entryId);
    expect(listed).toContain('demo-support-foundation-completed');
    expect(listed).not.toContain('demo-support-internal-completed');
  });
});

describe('hidden templates', () => {
  const real = HTMLElement.prototype.checkVisibility;
  afterEach(() => {
    HTMLElement.prototype.checkVisibility = real;
  });

  it('a heading inside the hidden card an Add button copies titles nothing', () => {
    // jsdom has no layout: hidden is what sits under [hidden], as Chromium's checkVisibility() would say.
    HTMLElement.prototype.checkVisibility = function checkVisibility(this: HTMLElement) {
      return !this.closest('[hidden]');
    };
    document.body.innerHTML = `<h2>Other funding</h2><div class="card"><div class="card-title">Funding no. 1</div><input id="a"></div>
      <div hidden><div class="card"><div class="card-title">Funding no. __</div><input id="proto"></div></div><button type="button" id="add">Add funding</button>`;
    const [scan] = scanHere();
    expect(scan.addControls[0].section).toEqual(['Funding no. 1', 'Other funding']);
  });
});
