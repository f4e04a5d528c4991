/**
 * Cues a page gives beyond its labels: how its blocks are titled (named regions, accordion
 * toggles, panel heads, card numbers), what a list's instructions leave out, and what a box shows
 * it wants (a unit after it, a format under it, "Last, First", an ORCID URL, bands of amounts,
 * "Other" in a list of institutions, a rank inside a post's title, a box for the English version).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { sectionContext } from '@/lib/fill/classify';
import { matchOption } from '@/lib/fill/format';
import { safetyVerdict } from '@/lib/fill/plan';
import { demo, planHere, proposalAt, scanHere, sectionsOf } from './helpers';

const { profile, entries } = demo();

const planPage = planHere;
const at = proposalAt;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('titles that are no headings', () => {
  it('a region named by aria-labelledby, an accordion toggle and a panel head title what they hold, their parts kept apart', () => {
    const sections = sectionsOf(`<section aria-labelledby="t1"><div class="ph"><span id="t1">Other research support</span></div><input id="a"></section>
      <section class="acc"><button type="button" class="acc-h" aria-expanded="true"><span><span class="num">2</span>Situation professionnelle</span></button><input id="b"></section>
      <section><div class="panel-h">2 · Principal Investigator<small>Current position</small></div><input id="c"></section>`);
    expect(sections.a).toEqual(['Other research support']);
    expect(sections.b).toEqual(['2 Situation professionnelle']);
    expect(sections.c).toEqual(['2 · Principal Investigator Current position']);
  });

  it("a card's own number sits under the list's title, and the next real heading ends the card", () => {
    const sections = sectionsOf(`<h2>Other funding</h2><div class="sect">Applied and granted funding</div>
      <div class="panel"><div class="panel-head">Funding 1</div><input id="f1"></div>
      <div role="heading" aria-level="3">B. Pending applications</div><input id="p1">`);
    expect(sections.f1).toEqual(['Funding 1', 'Applied and granted funding', 'Other funding']);
    expect(sections.p1).toEqual(['B. Pending applications', 'Other funding']);
  });

  it('a header cell\'s parts are read apart: "Date<br><small>mm/aaaa</small>"', () => {
    document.body.innerHTML = `<table><thead><tr><th>Date<br><small>mm/aaaa</small></th></tr></thead><tbody><tr><td><input id="d"></td></tr></tbody></table>`;
    expect(scanHere()[0].fields[0].label).toBe('Date mm/aaaa');
  });
});

describe('what a list takes', () => {
  it('"Other funding / pending applications" lists both what is held and what is applied for', () => {
    expect(sectionContext(['6 · Other funding / pending applications']).status).toBeUndefined();
    expect(sectionContext(['Financements obtenus et en cours de demande']).status).toBeUndefined();
    expect(sectionContext(['Pending applications']).status).toBe('pending');
  });

  it('instructions saying "other than your primary appointment" leave the main post out', () => {
    const p = planPage(`<h2>Current appointments and affiliations</h2><p>List all current appointments other than your primary appointment.</p>
      <table><thead><tr><th>Organization</th><th>Position or title</th></tr></thead><tbody>
      ${[0, 1, 2].map((i) => `<tr><td><input id="o${i}"></td><td><input id="t${i}"></td></tr>`).join('')}</tbody></table>`);
    const listed = p.proposals.filter((x) => x.key === 'appointment.organization.name' && x.status === 'proposed').map((x) => x.source!.entryId);
    expect(listed).not.toContain('demo-appointment-primary');
    expect(listed).toContain('demo-appointment-adjunct');
  });
});

describe('what a box shows it wants', () => {
  it('an organisation the list does not name is "Other", and its name goes in the box beside it', () => {
    const p = planPage(`<h2>Current position</h2><label for="inst">Employing institution</label>
      <select id="inst"><option value="">Please select</option><option value="UL">University of Luxembourg</option><option value="OTHER">Other institution (not in list)</option></select>
      <label for="other">If "Other": name of the institution</label><input id="other">`);
    expect(at(p, '#inst')?.instruction?.value).toBe('OTHER');
    expect(at(p, '#other')?.value).toBe('University of Michigan');
  });

  it('the box an "Other" choice asks to fill is in the same row as its select, not a row of its own', () => {
    const p = planPage(`<h2>Other Sources of Funding</h2><fieldset><legend>Funding 1</legend>
      <label for="org">Funding Organization</label><select id="org"><option value="">Select</option><option value="1">National Institutes of Health (NIH)</option><option value="9999">Other</option></select>
      <label for="oth">Other Funding Organization</label><input id="oth"><label for="t">Funding Title</label><input id="t"></fieldset><button type="button">+ Add Funding</button>`);
    expect(at(p, '#oth')?.source?.entryId).toBe(at(p, '#org')?.source?.entryId);
    expect(at(p, '#oth')?.source?.entryId).toBe(at(p, '#t')?.source?.entryId);
  });

  it('a name as "Last, First" when the box says so; an ORCID iD as a URL when its example is one', () => {
    const p = planPage(`<h2>Other research support</h2><label for="pi">Principal investigator</label><input id="pi" placeholder="Last name, First name">
      <h2>Profile</h2><label for="orcid">ORCID iD</label><input id="orcid" placeholder="https://orcid.org/0000-0000-0000-0000">`);
    expect(at(p, '#pi')?.value).toMatch(/^[^,]+, [^,]+$/);
    expect(at(p, '#orcid')?.value).toBe(`https://orcid.org/${profile.person.orcid}`);
  });

  it('bands of amounts take the band the amount falls in; a unit printed after a box is its currency', () => {
    const p = planPage(`<h2>Financial interests</h2><table><thead><tr><th>Entity</th><th>Amount / Value</th><th>Amount</th></tr></thead><tbody><tr>
      <td><input id="e"></td><td><select id="band"><option value="">--None--</option><option value="LT5000">Less than $5,000</option>
      <option value="5000-10000">$5,000 – $10,000</option><option value="10001-50000">$10,001 – $50,000</option><option value="GT50000">More than $50,000</option></select></td>
      <td><input id="yen"><span class="unit">千円</span></td></tr></tbody></table>`);
    const entity = at(p, '#e')!.source!.entryId!;
    const value = (entries.find((x) => x.id === entity) as { value?: { amount: number } }).value!.amount;
    const band = at(p, '#band')!.instruction!.value;
    expect(band).toBe(value < 5000 ? 'LT5000' : value <= 10000 ? '5000-10000' : value <= 50000 ? '10001-50000' : 'GT50000');
    expect(at(p, '#yen')?.reason).toBe('currency-mismatch');
  });

  it('a date format shown in help under the box\'s wrapper ("Format: 12/31/2024") is the format', () => {
    const p = planPage(`<h2>Other Support</h2><div><label for="s">Start Date</label><div class="ctl"><input id="s"></div><div class="form-element__help">Format: 12/31/2024</div></div>`);
    expect(at(p, '#s')?.value).toMatch(/^\d{2}\/01\/\d{4}$/);
  });

  it('a rank inside a post title picks the rank option; a box for the English version is the same row', () => {
    const options = [{ value: '01', text: '教授' }, { value: '02', text: '准教授' }];
    expect(matchOption(options, 'Associate Professor of Chemistry')?.value).toBe('02');
    expect(matchOption(options, 'Adjunct Professor, Department of Chemical Engineering')?.value).toBe('01');
    expect(matchOption([{ value: 'P', text: 'Professeur des universités' }], 'Associate Professor')).toBeUndefined();
    const p = planPage(`<h2>現在の所属・職名</h2><table><tr><th>職名</th><td><input id="ja"></td></tr><tr><th>職名（英文）</th><td><input id="en"></td></tr></table>`);
    expect(at(p, '#ja')?.source?.entryId).toBe('demo-appointment-primary');
    expect(at(p, '#en')?.source?.entryId).toBe('demo-appointment-primary');
  });

  it('an end box that offers "or Present" says Present for a post that has not ended', () => {
    const p = planPage(`<h2>Outside positions</h2><table><thead><tr><th>Organization</th><th>From MM/YYYY</th><th>To MM/YYYY, or “Present”</th></tr></thead>
      <tbody>${[0, 1, 2, 3].map((i) => `<tr><td><input id="o${i}"></td><td><input id="f${i}"></td><td><input id="t${i}"></td></tr>`).join('')}</tbody></table>`);
    const row = [0, 1, 2, 3].find((i) => at(p, `#o${i}`)?.source?.entryId === 'demo-appointment-adjunct')!;
    expect(at(p, `#t${row}`)?.value).toBe('Present');
  });

  it('a text area asks for no one-word type ("Nature of interest")', () => {
    const p = planPage(`<h2>Declaration of interests</h2><table><thead><tr><th>Type of interest</th><th>Nature of interest</th></tr></thead><tbody>
      <tr><td><select id="t"><option value="">-</option><option value="SHR">Shareholding</option></select></td><td><textarea id="n"></textarea></td></tr></tbody></table>`);
    expect(at(p, '#t')?.key).toBe('financialInterest.interestType');
    expect(String(at(p, '#n')?.key)).not.toMatch(/Type$/);
  });
});

describe('dates beside a signature', () => {
  it('a bare "Date (MM/DD/YYYY)" under a certification heading is the signing date, never filled; a dated event elsewhere is filled', () => {
    document.body.innerHTML = `<h3>Gifts and travel</h3><table><thead><tr><th>Sponsor</th><th>Date MM/DD/YYYY</th></tr></thead><tbody><tr><td><input id="s"></td><td><input id="d"></td></tr></tbody></table>
      <h3>Certification</h3><label for="sig">Signature of Investigator</label><input id="sig"><label for="sd">Date (MM/DD/YYYY)</label><input id="sd" placeholder="MM/DD/YYYY">`;
    const fields = scanHere()[0].fields;
    const verdict = (id: string) => safetyVerdict(fields.find((f) => f.htmlId === id)!);
    expect(verdict('sd')).toBe('certification');
    expect(verdict('d')).toBeNull();
  });

  it('"Il sottoscritto DICHIARA" swears; a question about interests "da dichiarare" does not', () => {
    document.body.innerHTML = `<label><input type="checkbox" id="swear"> Il sottoscritto dichiara che le informazioni sono veritiere</label>
      <fieldset><legend>Il PI ha interessi da dichiarare?</legend><label><input type="radio" name="q" id="si"> Sì</label><label><input type="radio" name="q" id="no"> No</label></fieldset>`;
    const fields = scanHere()[0].fields;
    expect(safetyVerdict(fields.find((f) => f.htmlId === 'swear')!)).toBe('certification');
    expect(safetyVerdict(fields.find((f) => f.htmlId === 'si')!)).toBeNull();
  });
});
