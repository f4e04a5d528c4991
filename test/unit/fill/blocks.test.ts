/**
 * How blocks of a form are told apart and read: terse styled titles, a real heading inside a styled
 * block, headings that say whose details a block holds or how far back a list goes, and controls
 * whose label is shared or bare (a currency select under an amount header, a lone "Name", "区分").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { classify, sectionContext } from '@/lib/fill/classify';
import { plan, safetyVerdict } from '@/lib/fill/plan';
import { demo, keyOf, labelled, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();

function sectionsOf(html: string): Record<string, string[]> {
  document.body.innerHTML = html;
  const [scan] = scanHere();
  return Object.fromEntries(scan.fields.map((f) => [f.htmlId, f.section]));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('styled titles', () => {
  it('terse title classes ("cy-h2", "cy-sub") title a block, and a sub-title nests under the title before it', () => {
    const sections = sectionsOf(`<h1>2025 Annual Disclosure</h1>
      <div class="cy-ph"><span class="cy-h2">2. Significant Financial Interests</span></div><input id="q">
      <div class="cy-sub">2A. Remuneration</div><p>One row for each entity that paid you.</p><table><tr><td><input id="r"></td></tr></table>`);
    expect(sections.q).toEqual(['2. Significant Financial Interests', '2025 Annual Disclosure']);
    expect(sections.r).toEqual(['2A. Remuneration', '2. Significant Financial Interests', '2025 Annual Disclosure']);
  });

  it('a terse class on the word right before a box names the box, it titles nothing ("<span class=sub>姓</span><input>")', () => {
    document.body.innerHTML = `<div class="midashi">■ 研究代表者</div><table><tr><th>氏名（漢字等）</th>
      <td><span class="sub">姓</span><input id="sei"><span class="sub">名</span><input id="mei"></td></tr></table>`;
    const fields = scanHere()[0].fields;
    expect(fields.map((f) => f.section)).toEqual([['■ 研究代表者'], ['■ 研究代表者']]);
    expect(fields.map((f) => f.label)).toEqual(['姓', '名']);
    expect(classify(fields, null).map((c) => c.key)).toEqual(['person.familyName', 'person.givenName']);
  });

  it('"ttl" titles, and a numbered paragraph nests under the styled title before it', () => {
    const sections = sectionsOf(`<h1>Researcher details and disclosures</h1><div class="hd"><span class="ttl">Contact details</span></div><input id="c">
      <div class="hd"><span class="ttl">Conflicts of interest</span></div><p>8.1 Commercial interests held in the last three years</p><input id="i">`);
    expect(sections.c).toEqual(['Contact details', 'Researcher details and disclosures']);
    expect(sections.i).toEqual(['8.1 Commercial interests held in the last three years', 'Conflicts of interest', 'Researcher details and disclosures']);
    expect(sectionContext(['Contact details', 'Researcher details and disclosures'])).toMatchObject({ kind: 'person', ownBlock: true });
  });

  it('a paragraph with a terse class is an instruction, not a title', () => {
    document.body.innerHTML = `<h2>Research Support</h2><p class="sp-sub">Record the funding you have held. Do not include applications that have not been awarded.</p><input id="x">`;
    const [scan] = scanHere();
    expect(scan.fields[0].section).toEqual(['Research Support']);
    expect(scan.fields[0].note).toContain('Do not include applications');
  });

  it('a real heading inside a styled block does not push the next styled title below it', () => {
    const sections = sectionsOf(`<h1>Workflow della Ricerca</h1>
      <div class="wfr-sect-h">1. Anagrafica del Principal Investigator</div><h4>Ente di appartenenza del PI</h4><input id="ente">
      <div class="wfr-sect-h">2. Altri finanziamenti — progetti di ricerca in corso</div><input id="fin">`);
    expect(sections.ente).toEqual(['Ente di appartenenza del PI', '1. Anagrafica del Principal Investigator', 'Workflow della Ricerca']);
    expect(sections.fin).toEqual(['2. Altri finanziamenti — progetti di ricerca in corso', 'Workflow della Ricerca']);
  });

  it('a real heading at the styled title\'s level or above starts afresh: the next styled title sits under it', () => {
    const sections = sectionsOf(`<h1>Form</h1><div class="section-title">A</div><h2>B</h2><div class="section-title">C</div><input id="c">`);
    expect(sections.c).toEqual(['C', 'B', 'Form']);
  });
});

describe('what headings say', () => {
  it('"in corso di valutazione" is under review, while "Proposal/Active Project" still names both', () => {
    expect(sectionContext(['3. Domande di finanziamento in corso di valutazione']).status).toBe('pending');
    expect(sectionContext(['Projets en cours d\'évaluation']).status).toBe('pending');
    expect(sectionContext(['Progetti in corso']).status).toBe('current');
    expect(sectionContext(['Proposal/Active Project 1', 'Proposals and Active Projects']).status).toBeUndefined();
  });

  it('a heading naming a window of years lists everything that ended within it', () => {
    expect(sectionContext(['Lead applicant: research funding held in the last five years'])).toMatchObject({ kind: 'support', withinYears: 5, status: 'awarded' });
    expect(sectionContext(['Research funding in the last 5 years'])).toMatchObject({ kind: 'support', withinYears: 5, status: 'any' });
  });

  it('"applications pending with other funders" is a list of support, not the applicant\'s block', () => {
    expect(sectionContext(['Lead applicant: applications pending with other funders'])).toMatchObject({ kind: 'support', status: 'pending' });
  });

  it('"Lead Applicant" alone is the researcher\'s own block; a page title naming investigators is not', () => {
    expect(sectionContext(['Lead Applicant'])).toMatchObject({ kind: 'person', ownBlock: true });
    expect(sectionContext(['Investigator disclosure'])).toMatchObject({ kind: 'person', ownBlock: false });
    expect(keyOf('Organisation (employer) *', ['Lead Applicant'])).toBe('person.organization');
    expect(keyOf('Town / city', ['Lead Applicant'])).toBe('person.primaryOrganization.city');
    expect(keyOf('Organisation (employer) *', ['Investigator disclosure'])).toBeNull();
  });
});

describe('bare and shared labels', () => {
  it('a currency select under an amount\'s column header is the currency', () => {
    const currencies = ['GBP', 'USD', 'EUR'].map((value) => ({ value, text: value }));
    const [select, box] = classify(
      [labelled('Total award value', ['Research funding held'], { type: 'select', options: currencies }), labelled('Total award value', ['Research funding held'])],
      null,
    );
    expect(select.key).toBe('support.totalAmount.currency');
    expect(box.key).toBe('support.totalAmount.amount');
    const countries = ['USA', 'CAN', 'GBR'].map((value) => ({ value, text: value }));
    expect(classify([labelled('Total award value', ['Research funding held'], { type: 'select', options: countries })], null)[0].key).toBe('support.totalAmount.amount');
  });

  it('"区分" in a list of posts is the kind of post, where in a list of grants it is the status', () => {
    const options = [{ value: 'HONMU', text: '本務' }, { value: 'KENGYO', text: '兼業・兼職' }];
    expect(keyOf('区分', ['所属機関・役職'], { type: 'select', options })).toBe('appointment.appointmentType');
    expect(keyOf('区分', ['他の研究費の応募・受入状況'], { type: 'select', options })).toBe('support.status');
  });

  it('a lone "Name" under a heading naming an organisation is that organisation\'s name', () => {
    const [name] = classify([labelled('Name', ['Auftraggeber / Einrichtung', '2. Angaben zur Nebentätigkeit'])], null);
    expect(name.key).toBe('consulting.organization.name');
    const [bare] = classify([labelled('Name', ['2. Angaben zur Nebentätigkeit'])], null);
    expect(bare.key).toBeNull();
  });

  it('a unit director\'s name is someone else\'s', () => {
    document.body.innerHTML = `<h2>5. Avis du directeur d'unité — réservé</h2><label for="du_nom">Nom du directeur d'unité</label><input id="du_nom" name="du.nom">`;
    const [director] = classify(scanHere()[0].fields, null);
    expect(director.key).toBeNull();
  });

  it('a signatory\'s title under a list of the researcher\'s posts is someone else\'s, in any concept', () => {
    const [title, name, own] = classify([
      labelled('Title of authorised signatory', ['Current secondary positions']),
      labelled('Name of the legal representative', ['Current secondary positions']),
      labelled('Title', ['Current secondary positions']),
    ], null);
    expect(title.key).toBeNull();
    expect(name.key).toBeNull();
    expect(own.key).toBe('appointment.role');
  });
});

describe('declarations', () => {
  it('a sworn "DICHIARA che…" box and a signature\'s place and date are certifications', () => {
    const dichiara = labelled('DICHIARA che il presente progetto non è stato finanziato, né in tutto né in parte, da altri enti pubblici o privati.', [], { type: 'checkbox' });
    expect(safetyVerdict(dichiara)).toBe('certification');
    for (const label of ['Ort, Datum', 'Fait à', 'Luogo e data', 'Place and date']) expect(safetyVerdict(labelled(label))).toBe('certification');
    // A name typed as a signature.
    for (const label of ['Type your full name to sign', '申告者氏名（記名）', 'Typed name (electronic signature)']) expect(safetyVerdict(labelled(label))).toBe('certification');
    expect(safetyVerdict(labelled('City'))).toBeNull();
  });

  it('a checkbox completing a sworn sentence the instructions open ("… DICHIARA:") is a certification, whatever it names', () => {
    document.body.innerHTML = `<h3>D. Dichiarazioni</h3><p>Il/La sottoscritto/a, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000, <b>DICHIARA</b>:</p>
      <div><input type="checkbox" id="c"><label for="c">che gli incarichi indicati non determinano situazioni di conflitto di interessi con l'Università;</label></div>`;
    const [box] = scanHere()[0].fields;
    expect(safetyVerdict(box)).toBe('certification');
    document.body.innerHTML = `<h3>Conflitto di interessi</h3><p>Rispondere alle domande seguenti.</p>
      <div><input type="checkbox" id="c"><label for="c">Sussistono situazioni di conflitto di interessi?</label></div>`;
    expect(safetyVerdict(scanHere()[0].fields[0])).toBeNull();
  });

  it('an acknowledgement is a certification too (了承しました, I understand that, prendo atto)', () => {
    for (const label of [
      '上記「他の研究費の応募・受入等の状況」の記載内容に誤りがないことを了承しました。',
      'I understand that false statements may lead to the withdrawal of the award.',
      'Prendo atto che le informazioni saranno verificate.',
      'Ich habe die Hinweise zur Kenntnis genommen.',
    ]) expect(safetyVerdict(labelled(label, [], { type: 'checkbox' }))).toBe('certification');
  });

  it('an institution that certifies, a Danish signature and consent to review are certifications', () => {
    for (const label of [
      'The applicant institution certifies that it maintains and enforces a written conflict-of-interest policy.',
      'Digital underskrift – skriv dit fulde navn',
      'Jeg erklærer på tro og love, at de oplysninger er korrekte.',
      'Ich bin damit einverstanden, dass mein Antrag an Gutachter weitergegeben wird.',
    ]) expect(safetyVerdict(labelled(label, [], { type: 'checkbox' }))).toBe('certification');
  });

  it('a bare place or date beside a signature box is where and when it is signed; elsewhere a place is a place', () => {
    document.body.innerHTML = `<h2>Erklärungen</h2><div><label for="o">Ort</label><input id="o"><label for="d">Datum</label><input id="d">
      <label for="u">Vor- und Nachname (elektronische Unterschrift)</label><input id="u"></div>
      <h2>Arbeitsadresse</h2><label for="s">Ort</label><input id="s">`;
    const p = plan({ url: 'http://127.0.0.1/x.html', scans: scanHere(), map: null, profile, entries, now: NOW });
    const reason = (id: string) => p.proposals.find((x) => x.selector === `#${id}`)?.reason;
    expect(['o', 'd', 'u'].map(reason)).toEqual(['certification', 'certification', 'certification']);
    expect(reason('s')).not.toBe('certification');
  });

  it('the plan leaves a declaration box unticked and outlines it for the researcher', () => {
    document.body.innerHTML = `<h2>Altri finanziamenti</h2><label><input type="checkbox" id="d"> <b>DICHIARA</b> che il progetto non è finanziato da altri enti.</label>`;
    const p = plan({ url: 'http://127.0.0.1/x.html', scans: scanHere(), map: null, profile, entries, now: NOW });
    expect(p.proposals.find((x) => x.selector === '#d')).toMatchObject({ status: 'skipped', reason: 'certification', attention: true });
  });
});
