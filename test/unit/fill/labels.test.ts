import { beforeEach, describe, expect, it } from 'vitest';
import { classify, CONFIDENCE_THRESHOLD } from '@/lib/fill/classify';
import { inferLabel, PageIndex } from '@/lib/fill/dom/labels';
import { scanDocument } from '@/lib/fill/dom/scan';
import { markupVisibility } from './helpers';

function label(html: string, selector = '#x') {
  document.body.innerHTML = html;
  return inferLabel(document.querySelector(selector)!, new PageIndex());
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('label inference, one source at a time', () => {
  it('label[for]', () => expect(label('<label for="x">Project title</label><input id="x">')).toMatchObject({ label: 'Project title', source: 'label-for' }));
  it('wrapping label, without the text of a select inside it', () =>
    expect(label('<label>Status <select id="x"><option>Current</option></select></label>')).toMatchObject({ label: 'Status', source: 'label-wrap' }));
  it('aria-labelledby (several ids)', () =>
    expect(label('<span id="a">Start</span><span id="b">date</span><input id="x" aria-labelledby="a b">')).toMatchObject({ label: 'Start date', source: 'aria-labelledby' }));
  it('aria-label', () => expect(label('<input id="x" aria-label="Award number">')).toMatchObject({ label: 'Award number', source: 'aria-label' }));
  it('fieldset legend is the question of a radio group; the radio text is its option', () => {
    const r = label('<fieldset><legend>Foreign talent program?</legend><label><input type="radio" id="x" name="t" value="y"> Yes</label></fieldset>');
    expect(r).toMatchObject({ label: 'Foreign talent program?', source: 'legend' });
  });
  it('a radio group in no fieldset is asked by the text before its first option, for every option', () => {
    document.body.innerHTML = `<div class="q">B1. Did you receive income for consulting?<br>
      <label><input type="radio" name="b1" id="y" value="true"> Yes</label> <label><input type="radio" name="b1" id="n" value="false"> No</label></div>`;
    const { fields } = scanDocument(document, { visibility: markupVisibility });
    expect(fields.map((f) => [f.label, f.labelSource])).toEqual([
      ['B1. Did you receive income for consulting?', 'preceding-text'],
      ['B1. Did you receive income for consulting?', 'preceding-text'],
    ]);
    expect(fields.map((f) => f.options?.[0].text)).toEqual(['Yes', 'No']);
  });
  it('table column header, honouring colspan and rowspan across two header rows', () => {
    const html = `<table><thead><tr><th rowspan="2">Title</th><th colspan="2">Period</th></tr><tr><th>Start</th><th>End</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><input id="s"></td><td><input id="x"></td></tr></tbody></table>`;
    expect(label(html)).toMatchObject({ label: 'Period End', source: 'table' });
    expect(inferLabel(document.querySelector('#t')!, new PageIndex()).label).toBe('Title');
  });
  it('row header: the text cell before the field', () =>
    expect(label('<table><tr><td>Prefix:</td><td><input id="p"></td><td>* First Name:</td><td><input id="x"></td></tr></table>')).toMatchObject({ label: '* First Name:', source: 'table' }));
  it('row header stops at a cell that holds a control, whether or not a scan walked the table first', () => {
    const html = '<table><tr><td>Name</td><td><input id="n"></td><td><input id="x" name="extra"></td></tr></table>';
    expect(label(html)).toMatchObject({ label: 'extra', source: 'name' });
    const scanned = scanDocument(document, { visibility: markupVisibility }).fields;
    expect(scanned.map((f) => f.label)).toEqual(['Name', 'extra']);
  });
  it('two boxes in one cell under one column ("Supporting Agency and Award Number"): each is named by its placeholder, the column kept as a hint', () => {
    const table = (a: string, b: string) => `<table><thead><tr><th>#</th><th>Supporting Agency and Agency Active Award Number</th></tr></thead>
      <tbody><tr><td>1</td><td><input id="x" placeholder="${a}"> <input id="y" placeholder="${b}"></td></tr></tbody></table>`;
    expect(label(table('Supporting agency', 'Award No.'))).toMatchObject({ label: 'Supporting agency', source: 'placeholder', hints: expect.arrayContaining(['Supporting Agency and Agency Active Award Number']) });
    expect(label(table('Supporting agency', 'Award No.'), '#y')).toMatchObject({ label: 'Award No.', source: 'placeholder' });
    // Formats tell what to type, not what a box is: the column stays the label.
    expect(label(table('MM/YYYY', 'MM/YYYY'))).toMatchObject({ label: 'Supporting Agency and Agency Active Award Number', source: 'table' });
    expect(label(table('MM', 'YYYY'))).toMatchObject({ label: 'Supporting Agency and Agency Active Award Number', source: 'table' });
  });
  it('two boxes in one cell under one column, each after its own caption ("配分機関名 [ ] 制度名・事業名 [ ]"), are named by their captions', () => {
    const html = `<table><thead><tr><th>配分機関名（所管府省等）／制度名・事業名</th></tr></thead><tbody><tr><td><span>配分機関名</span><input id="x"><span>制度名・事業名</span><input id="y"></td></tr></tbody></table>`;
    expect(label(html)).toMatchObject({ label: '配分機関名', source: 'preceding-text' });
    expect(label(html, '#y')).toMatchObject({ label: '制度名・事業名', source: 'preceding-text' });
    // Units after boxes ("[ ] 年 [ ] 月") caption nothing.
    expect(label(`<table><thead><tr><th>開始年月</th></tr></thead><tbody><tr><td><input id="x"> 年 <input id="y"> 月</td></tr></tbody></table>`)).toMatchObject({ source: 'table' });
  });
  it('dt/dd', () => expect(label('<dl><dt>Project Number:</dt><dd><input id="x"></dd></dl>')).toMatchObject({ label: 'Project Number:', source: 'dt' }));
  it('several boxes under one dt ("氏名: 姓 [ ] 名 [ ]", "[Family name] [Given name]") are named by their own words or placeholders; units after boxes name nothing', () => {
    const words = '<dl><dt>氏名</dt><dd>姓 <input id="x"> 名 <input id="y"></dd></dl>';
    expect(label(words)).toMatchObject({ label: '姓', source: 'preceding-text', hints: expect.arrayContaining(['氏名']) });
    expect(label(words, '#y')).toMatchObject({ label: '名' });
    expect(label('<dl><dt>氏名(ローマ字)</dt><dd><input id="x" placeholder="Family name"><input id="y" placeholder="Given name"></dd></dl>', '#y')).toMatchObject({ label: 'Given name', source: 'placeholder' });
    expect(label('<dl><dt>開始年月</dt><dd><input id="x"> 年 <input id="y"> 月</dd></dl>', '#y')).toMatchObject({ label: '開始年月', source: 'dt' });
  });
  it('floating label drawn over the field (sibling, no for)', () =>
    expect(label('<div class="mdc-text-field"><input id="x"><span class="floating-label">Sponsor</span></div>')).toMatchObject({ label: 'Sponsor', source: 'floating' }));
  it('preceding text', () => expect(label('<div><span>Source of support</span> <input id="x"></div>')).toMatchObject({ label: 'Source of support', source: 'preceding-text' }));
  it('placeholder', () => expect(label('<input id="x" placeholder="MM/YYYY">')).toMatchObject({ label: 'MM/YYYY', source: 'placeholder' }));
  it('name/id tokens', () => expect(label('<input id="x" name="awardNumber_0">')).toMatchObject({ label: 'award number', source: 'name' }));
  it('keeps weaker evidence as hints', () => {
    const r = label('<fieldset><legend>Start date</legend><label for="x">Month</label><input id="x" name="startMonth"></fieldset>');
    expect(r.label).toBe('Month');
    expect(r.hints).toContain('Start date');
  });
});

describe('help text styled inside a label', () => {
  it('is a hint, not part of the field\'s name, so "in the original currency" does not make an amount a currency', () => {
    const r = label('<label for="x">Montant total <span class="fr-hint-text">Dans la devise d\'origine, sans conversion</span></label><input id="x">');
    expect(r).toMatchObject({ label: 'Montant total', source: 'label-for' });
    expect(r.hints).toContain("Dans la devise d'origine, sans conversion");
    const [c] = classify([{ id: 0, frameId: 0, frame: 'main', selector: '#x', tag: 'input', type: 'text', name: '', htmlId: 'x', label: r.label, labelSource: r.source, hints: r.hints, section: ['Financements obtenus'], value: '', visibility: 'visible', autocomplete: '' }], null);
    expect(c.key).toBe('support.totalAmount.amount');
  });
  it('a label that is all help keeps its text', () => {
    expect(label('<label for="x"><span class="hint">Start date</span></label><input id="x">')).toMatchObject({ label: 'Start date' });
  });
});

describe('someone else\'s contact box', () => {
  it('an email box named for the head of department is not the researcher\'s, whatever its name and type say', () => {
    document.body.innerHTML = '<label for="x">Head of department email</label><input type="email" id="x" name="HoD.Email">';
    const { fields } = scanDocument(document, { visibility: markupVisibility });
    const [c] = classify(fields, null);
    expect(c.key === 'person.email' && c.confidence >= CONFIDENCE_THRESHOLD).toBe(false);
  });
});

describe('aria-describedby help text', () => {
  it('is a hint, not the label', () => {
    const r = label('<label for="x">Persistent identifier (PID)</label><span id="h">Your ORCID iD, for example 0000-0002-1825-0097</span><input id="x" aria-describedby="h">');
    expect(r).toMatchObject({ label: 'Persistent identifier (PID)', source: 'label-for' });
    expect(r.hints).toContain('Your ORCID iD, for example 0000-0002-1825-0097');
  });
  it('stays a hint when nothing else labels the control, and reads several ids', () => {
    const r = label('<div><input id="x" aria-describedby="a b" placeholder="Start"></div><p><span id="a">Date</span> <span id="b">e.g. 2024-04</span></p>');
    expect(r.label).toBe('Start');
    expect(r.source).toBe('placeholder');
    expect(r.hints).toContain('Date e.g. 2024-04');
  });
  it('classifies an identifier box by its ORCID description; a persistent identifier (PID) is the ORCID iD by its label alone', () => {
    document.body.innerHTML = `<h2>Senior/key person</h2><label for="id1">Researcher identifier</label><span id="h">Your ORCID iD, for example 0000-0002-1825-0097</span><input id="id1" aria-describedby="h">
      <label for="pid">Persistent identifier (PID)</label><input id="pid">`;
    const { fields } = scanDocument(document, { visibility: markupVisibility });
    const [described, pid] = classify(fields, null);
    expect(described).toMatchObject({ key: 'person.orcid', via: 'hint' });
    expect(described.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(pid).toMatchObject({ key: 'person.orcid', via: 'label-for' });
  });
});

describe('scan', () => {
  it('records the headings and legends a control sits under, innermost first, and the add-another controls', () => {
    document.body.innerHTML = `<h1>Application</h1><h2>Current and pending support</h2>
      <fieldset><legend>Project 1</legend><label for="x">Title</label><input id="x"></fieldset>
      <button type="button">Add another project</button><button type="submit">Save</button>`;
    const r = scanDocument(document, { visibility: markupVisibility });
    expect(r.fields[0].section).toEqual(['Project 1', 'Current and pending support', 'Application']);
    expect(r.addControls.map((a) => a.text)).toEqual(['Add another project']);
  });

  it('goes into open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="o">ORCID iD</label><input id="o">';
    const r = scanDocument(document, { visibility: markupVisibility });
    expect(r.fields.map((f) => [f.label, f.selector])).toEqual([['ORCID iD', '#host >>> #o']]);
  });

  it('passes the visibility verdict through and skips type=hidden and buttons', () => {
    document.body.innerHTML = '<input type="hidden" name="tok"><div style="display:none"><input id="a"></div><input id="b"><input type="submit">';
    const r = scanDocument(document, { visibility: markupVisibility });
    expect(r.fields.map((f) => [f.htmlId, f.visibility])).toEqual([['a', 'hidden'], ['b', 'visible']]);
  });
});

describe('add-another controls with icons', () => {
  it.each([
    ['<button type="button"><mat-icon>add</mat-icon>Add grant</button>', 'Add grant'],
    ['<button type="button"><span class="mat-icon material-icons" aria-hidden="true">add</span>Add grant</button>', 'Add grant'],
    ['<button type="button"><span class="material-symbols-outlined">add_circle</span> Ajouter une ligne</button>', 'Ajouter une ligne'],
    ['<a href="#" role="button"><i class="fa fa-plus"></i> Zeile hinzufügen</a>', 'Zeile hinzufügen'],
    ['<button type="button"><svg viewBox="0 0 1 1"><text>plus</text></svg><span>Aggiungi riga</span></button>', 'Aggiungi riga'],
    ['<button type="button"><span aria-hidden="true">＋</span>行を追加</button>', '行を追加'],
  ])('%s → "%s"', (html, text) => {
    document.body.innerHTML = `<h2>Grants</h2><input id="g0">${html}`;
    const { addControls } = scanDocument(document, { visibility: markupVisibility });
    expect(addControls.map((a) => a.text)).toEqual([text]);
  });
  it('an icon does not hide a save/submit button behind an add word', () => {
    document.body.innerHTML = '<button type="submit"><mat-icon>add</mat-icon>Save</button>';
    expect(scanDocument(document, { visibility: markupVisibility }).addControls).toEqual([]);
  });
});

