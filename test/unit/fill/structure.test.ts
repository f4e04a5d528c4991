/**
 * How forms met for the first time show their structure: sections titled by their first block,
 * a coloured bar or a <summary>, bold run-in titles, a help toggle after a title, boxes told apart
 * by their own titles, the first card of a list, and lists that take what has ended.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { sectionContext } from '@/lib/fill/classify';
import { matchOption } from '@/lib/fill/format';
import { plan } from '@/lib/fill/plan';
import { demo, planHere, proposalAt, scanHere, sectionsOf, TEST_NOW as NOW } from './helpers';
import type { Entry } from '@/lib/model';

const { profile, entries } = demo();

const planPage = planHere;
const at = proposalAt;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('titles', () => {
  it('an unnamed section is titled by its first block, and its title ends the headings of the section before it', () => {
    const sections = sectionsOf(`<h2>Application</h2>
      <section><div class="ph"><span>7. Other funding</span></div><h3>Ongoing grants</h3><input id="a"></section>
      <section><div class="ph"><span>8. Conflicts of interest</span></div><input id="b"></section>`);
    expect(sections.a).toEqual(['Ongoing grants', '7. Other funding', 'Application']);
    expect(sections.b).toEqual(['8. Conflicts of interest', 'Application']);
  });

  it('a coloured title bar and a <summary> title what follows; a progress bar or a banner over a heading does not', () => {
    const sections = sectionsOf(`<div class="bluebar">Other Support</div><input id="a">
      <div class="progress-bar">40%</div><input id="b">
      <details open><summary>6. Budget</summary><input id="c"></details>`);
    expect(sections.a).toEqual(['Other Support']);
    expect(sections.b).toEqual(['Other Support']);
    expect(sections.c).toEqual(['6. Budget']);
    expect(sectionsOf(`<div class="proposalbar">Proposal #1408823 – Deadline 04/01/2027</div><h2>7. Other Support</h2><input id="e">`).e).toEqual(['7. Other Support']);
  });

  it('bold words opening a paragraph with a colon, or lettered, title the list after it; "Note:" does not', () => {
    const sections = sectionsOf(`<h2>Aktuelle Stelle</h2><input id="a">
      <p class="help"><strong>Weitere Anbindungen:</strong> Führen Sie weitere Professuren auf.</p><input id="b">
      <div class="nota"> <b>B) Richieste in corso di valutazione.</b> Indicare le richieste presentate.</div><input id="c">
      <p><b>Note:</b> amounts in the original currency.</p><input id="d">`);
    expect(sections.a).toEqual(['Aktuelle Stelle']);
    expect(sections.b).toEqual(['Weitere Anbindungen', 'Aktuelle Stelle']);
    expect(sections.c).toEqual(['B) Richieste in corso di valutazione', 'Aktuelle Stelle']);
    expect(sections.d).toEqual(['B) Richieste in corso di valutazione', 'Aktuelle Stelle']);
  });

  it('bold words set off by a dash from the instruction after them title the list; a bold sentence before a dash does not', () => {
    const sections = sectionsOf(`<h2>5. Disclosure of interests</h2><p><strong>If yes, list each consultancy:</strong></p><input id="a">
      <p class="qlabel"><strong>Register of financial interests</strong> &ndash; list each shareholding or royalty declared above.</p><input id="b">
      <p><strong>Amounts are in AUD.</strong> – convert at today's rate.</p><input id="c">`);
    expect(sections.a).toEqual(['If yes, list each consultancy', '5. Disclosure of interests']);
    expect(sections.b).toEqual(['Register of financial interests', '5. Disclosure of interests']);
    expect(sections.c).toEqual(['Register of financial interests', '5. Disclosure of interests']);
  });

  it('a heading drawn as its accordion\'s toggle button keeps its text ("<h3><button>Fonctions actuelles</button></h3>")', () => {
    const sections = sectionsOf(`<h2>Demande de financement</h2>
      <section><h3 class="slds-section__title"><button type="button" aria-expanded="true">Fonctions actuelles</button></h3><input id="a"></section>`);
    expect(sections.a).toEqual(['Fonctions actuelles', 'Demande de financement']);
    const p = planPage(`<h2>Demande de financement</h2><h3><button type="button">Fonctions actuelles</button></h3>
      <label for="o">Organisme</label><input id="o"><label for="t">Intitulé de la fonction</label><input id="t">`);
    expect(at(p, '#o')?.key).toBe('appointment.organization.name');
    // A button beside a card's own title is not part of it.
    expect(sectionsOf(`<h3>Other funding</h3><div class="card"><h4>Funding 1 <button type="button">Remove</button></h4><input id="f"></div>`).f).toEqual(['Funding 1', 'Other funding']);
  });

  it('a help toggle after a title ("Conflict of Interest ?") still names the list; a question over radios does not', () => {
    expect(sectionContext(['Disclosures / Conflict of Interest ?']).kind).toBe('financialInterest');
    expect(sectionContext(['Do you hold grants?', 'Application']).kind).toBeUndefined();
  });
});

describe('tables and cells met on set 13', () => {
  it('a header of two rows without <thead> ("研究期間" over "開始 | 終了") heads each box', () => {
    const p = planPage(`<h2>受入中の研究費</h2><table>
      <tr><th rowspan="2">研究課題名</th><th colspan="2">研究期間（YYYY/MM）</th></tr><tr><th>開始</th><th>終了</th></tr>
      <tr><td><input id="t0"></td><td><input id="s0"></td><td><input id="e0"></td></tr>
      <tr><td><input id="t1"></td><td><input id="s1"></td><td><input id="e1"></td></tr></table>`);
    expect(at(p, '#s0')?.key).toBe('support.startDate');
    expect(at(p, '#e0')?.key).toBe('support.endDate');
    expect(at(p, '#s1')?.row).toBe(1);
  });

  it('two boxes under a column headed by a date layout ("研究期間（YYYY/MM）": [ ]～[ ]) are the period\'s ends; "研究代表者" is the researcher\'s block', () => {
    const p = planPage(`<h2>1. 研究代表者</h2><table><tr><th>職名</th><td><input id="pos"></td></tr></table>
      <h2>3. 研究費の応募・受入等の状況</h2><table><tr><th>研究課題名</th><th>研究期間<br>（YYYY/MM）</th></tr>
      <tr><td><input id="t0"></td><td><input id="s0">～<br><input id="e0"></td></tr></table>`);
    expect(at(p, '#pos')?.key).toBe('person.positionTitle');
    expect(at(p, '#s0')?.key).toBe('support.startDate');
    expect(at(p, '#e0')?.key).toBe('support.endDate');
    // Without a range mark between them, the two boxes are one date's month and year.
    const one = planPage(`<h2>Positions</h2><table><tr><th>Institution</th><th>From (MM / YYYY)</th></tr>
      <tr><td><input id="i0"></td><td><input id="m0" maxlength="2"> / <input id="y0" maxlength="4"></td></tr></table>`);
    expect([at(one, '#m0')?.key, at(one, '#y0')?.key]).toEqual(['appointment.startDate', 'appointment.startDate']);
  });

  it('a styled span inside a column header names the column, not a section', () => {
    const sections = sectionsOf(`<h2>9. Other Support</h2><table><tr><th>Project Title</th><th>Person Months<br><span class="sub">Cal | Acad | Sum</span></th></tr>
      <tr><td><input id="t"></td><td><input id="c"></td></tr></table><input id="after">`);
    expect(sections.t).toEqual(['9. Other Support']);
    expect(sections.after).toEqual(['9. Other Support']);
  });

  it('a ten-character date box that shows no layout takes a whole date in the page language\'s layout; a page without a language, or in English without a region, the month', () => {
    document.body.innerHTML = `<div class="tit">B. Altri finanziamenti in corso</div><table><tr><th>Ente finanziatore</th><th>Data inizio</th></tr>
      <tr><td><input id="e0"></td><td><input id="d0" maxlength="10"></td></tr></table>`;
    const { profile, entries } = demo();
    const [scan] = scanHere();
    const italian = plan({ url: 'http://127.0.0.1/p.html', scans: [{ ...scan, lang: 'it' }], map: null, profile, entries, now: NOW });
    // The first row takes the record's first grant held.
    const first = entries.find((e) => e.kind === 'support' && e.status === 'current') as { startDate: string; organization: { name: string } };
    expect(at(italian, '#e0')?.value).toBe(first.organization.name);
    expect(at(italian, '#d0')?.value).toBe(`01/${first.startDate.slice(5, 7)}/${first.startDate.slice(0, 4)}`);
    for (const lang of [undefined, 'en']) {
      const unknown = plan({ url: 'http://127.0.0.1/p.html', scans: [{ ...scan, lang }], map: null, profile, entries, now: NOW });
      expect(at(unknown, '#d0')?.value).toBe(`${first.startDate.slice(5, 7)}/${first.startDate.slice(0, 4)}`);
    }
  });

  it('a bare word before each box of a shared cell names it ("氏名: 姓 [ ]　名 [ ]", "Family [ ] Given [ ]")', () => {
    const p = planPage(`<h2>申請者</h2><table><tr><th>氏名</th><td>姓 <input id="s">　名 <input id="m"></td></tr>
      <tr><th>ローマ字</th><td>Family <input id="rs">　Given <input id="rm"></td></tr></table>`);
    expect([at(p, '#s')?.value, at(p, '#m')?.value, at(p, '#rs')?.value, at(p, '#rm')?.value]).toEqual(['Okafor', 'Ada', 'Okafor', 'Ada']);
  });

  it('a region header titles its region; totals printed after a list are not one of its rows', () => {
    const p = planPage(`<div class="t-Region"><div class="t-Region-header">Other Funding Held or Applied For</div>
      <table><thead><tr><th>Funding Agency</th><th>Amount (USD)</th></tr></thead><tbody><tr><td><input id="f0"></td><td><input id="a0"></td></tr></tbody></table>
      <label for="tot">Total Other Funding Committed (USD)</label><input id="tot"><label for="all">Total Project Budget, All Sources (USD)</label><input id="all"></div>`);
    expect(at(p, '#f0')?.key).toBe('support.organization.name');
    expect(at(p, '#tot')?.status).toBe('skipped');
    expect(at(p, '#all')?.status).toBe('skipped');
  });

  it('a <summary role=button> (Drupal) titles its details; a conflict-of-interest heading naming outside work too is one list of ties', () => {
    const sections = sectionsOf(`<details open><summary role="button" aria-expanded="true">1. Antragsteller/in</summary><input id="a"></details>`);
    expect(sections.a).toEqual(['1. Antragsteller/in']);
    expect(sectionContext(['4. Interessenkonflikte und Nebentätigkeiten'])).toMatchObject({ kind: 'financialInterest', ties: true });
  });

  it('under one heading, the list after each yes/no question holds what that question asks about', () => {
    const p = planPage(`<h2>Liens d'intérêts</h2>
      <fieldset><legend>1. Exercez-vous une activité de conseil pour une entreprise ? *</legend><label><input type="radio" name="q1" value="oui">Oui</label><label><input type="radio" name="q1" value="non">Non</label></fieldset>
      <table><thead><tr><th>Organisme</th><th>Fonction exercée</th></tr></thead><tbody><tr><td><input id="a0"></td><td><input id="f0"></td></tr></tbody></table>
      <fieldset><legend>2. Détenez-vous des participations financières dans une entreprise ?</legend><label><input type="radio" name="q2" value="oui">Oui</label><label><input type="radio" name="q2" value="non">Non</label></fieldset>
      <dl><dt>Société</dt><dd><input id="s0"></dd></dl>`);
    expect(at(p, '#a0')).toMatchObject({ key: 'consulting.organization.name', value: 'Clearwater Analytical Instruments, Inc.' });
    expect(at(p, '#f0')?.value).toBe('Technical consultant');
    expect(at(p, '#s0')).toMatchObject({ key: 'financialInterest.organization.name', value: 'AquaVolt Sensors LLC' });
  });

  it('cards after a yes/no question, outside any table, hold what it asks about (BMBF\'s applied-for projects)', () => {
    const p = planPage(`<h2>7 Weitere Förderungen – beantragte und bewilligte Vorhaben</h2>
      <fieldset><legend>7.2 Hat die Projektleitung weitere Vorhaben beantragt, über die noch nicht entschieden ist?</legend><label><input type="radio" name="q" value="ja">ja</label><label><input type="radio" name="q" value="nein">nein</label></fieldset>
      <div class="karte"><label>Thema des beantragten Vorhabens<input id="t1"></label><label>beantragte Laufzeit von (TT.MM.JJJJ)<input id="v1"></label></div>`);
    const pending = entries.find((e) => e.kind === 'support' && e.status === 'pending');
    expect(at(p, '#t1')?.value).toBe((pending as { title: string }).title);
  });

  it('an "Add" button after a question follows it only as the list\'s controls do: cards in their own fieldsets do not, cards in plain blocks do', () => {
    const page = (card: string) => `<h2>Other funding</h2>
      <fieldset><legend>Do you currently hold, or are you waiting to hear about, any other research funding?</legend><label><input type="radio" name="q" value="y">Yes</label><label><input type="radio" name="q" value="n">No</label></fieldset>
      <div id="awards">${card}</div><button type="button">Add another award</button>`;
    document.body.innerHTML = page('<fieldset><legend>Award 1</legend><label for="f1">Funder</label><input id="f1"></fieldset>');
    let [scan] = scanHere();
    expect(scan.addControls[0].section).toEqual(['Other funding']);
    document.body.innerHTML = page('<div class="card"><label for="f1">Funder</label><input id="f1"></div>');
    [scan] = scanHere();
    expect(scan.addControls[0].section).toEqual(scan.fields.find((f) => f.htmlId === 'f1')!.section);
    expect(scan.addControls[0].section[0]).toMatch(/^\u21b3 /);
  });

  it('a question whether this very proposal went to other funders too does not make the list after it a list of applications', () => {
    const p = planPage(`<h2>2. Altri finanziamenti in corso / richiesti</h2>
      <fieldset><legend>La presente proposta, o parte di essa, è stata presentata anche ad altri enti finanziatori? *</legend><label><input type="radio" name="d" value="S">Sì</label><label><input type="radio" name="d" value="N">No</label></fieldset>
      <table><thead><tr><th>Titolo del progetto</th></tr></thead><tbody><tr><td><input id="t1"></td></tr></tbody></table>`);
    const first = entries.find((e) => e.kind === 'support' && e.status === 'current');
    expect(at(p, '#t1')?.value).toBe((first as { title: string }).title);
  });

  it('travel paid by for-profit companies is the trips whose payer carries a company\'s legal form', () => {
    const p = planPage(`<fieldset><legend>3.5 Negli ultimi 36 mesi ha ricevuto da aziende o enti a scopo di lucro rimborsi di spese di viaggio? *</legend>
      <label><input type="radio" name="o" value="si">Sì</label><label><input type="radio" name="o" value="no">No</label>
      <label for="e">Azienda erogante</label><input id="e"></fieldset>`);
    expect(at(p, '#e')?.value).toBe('Rheinland Membrane Technologies GmbH');
  });

  it('"Applications Under Consideration" lists pending support; a heading that is only "Applicant" is the researcher\'s own block', () => {
    expect(sectionContext(['Applications Under Consideration'])).toMatchObject({ kind: 'support', status: 'pending' });
    expect(sectionContext(['Applicant'])).toMatchObject({ kind: 'person', ownBlock: true });
    expect(sectionContext(['Co-Applicant']).ownBlock).toBeFalsy();
    const p = planPage(`<h3>Applicant</h3><table><tr><td>Organisation *</td><td><input id="o"></td></tr></table>`);
    expect(at(p, '#o')?.value).toBe(profile.person.primaryOrganization?.name);
  });

  it('a sub-heading naming no kind, under a heading that says it is the researcher\'s own block, is part of that block', () => {
    expect(sectionContext(["Institution d'accueil et emploi actuel", 'Candidat·e principal·e (Principal Investigator, PI) Étape 2 / 10'])).toMatchObject({ kind: 'person', ownBlock: true });
    expect(sectionContext(['Address', 'Team members']).ownBlock).toBeFalsy();
  });

  it('questions in a row, then one list: the list answers them all, and keeps its heading\'s kind; a <div class="Title"> titles a block', () => {
    const p = planPage(`<div class="Title">4. Conflict of Interest Declaration</div>
      <fieldset><legend>4.1 Do you hold equity in a company related to this work?</legend><label><input type="radio" name="a" value="Y">Yes</label><label><input type="radio" name="a" value="N">No</label></fieldset>
      <fieldset><legend>4.2 Are you a member of the Board of the Foundation?</legend><label><input type="radio" name="b" value="Y">Yes</label><label><input type="radio" name="b" value="N">No</label></fieldset>
      <table><thead><tr><th>Organization</th><th>Nature of Interest</th></tr></thead><tbody><tr><td><input id="o0"></td><td><input id="n0"></td></tr></tbody></table>`);
    // A conflict-of-interest list under its heading alone takes consultancies and interests in the record's order.
    expect(at(p, '#o0')).toMatchObject({ key: 'financialInterest.organization.name', value: 'Clearwater Analytical Instruments, Inc.' });
  });

  it('a question naming several kinds of tie leaves its list to the heading; "Nebentätigkeiten und … Interessenkonflikte" stays a list of activities', () => {
    const p = planPage(`<h2>Declarations of interest</h2>
      <fieldset><legend>Do any of the applicants have commercial or financial interests (e.g. shareholdings, consultancies, royalty income)? *</legend><label><input type="radio" name="q" value="Y">Yes</label><label><input type="radio" name="q" value="N">No</label></fieldset>
      <table><thead><tr><th>Applicant</th><th>Company / organisation</th><th>Nature of interest</th></tr></thead><tbody><tr><td><input id="n0"></td><td><input id="c0"></td>
      <td><select id="t0"><option value="">-- Select --</option><option value="SHARE">Shareholding / equity (incl. spin-out company)</option><option value="CONS">Consultancy</option></select></td></tr></tbody></table>`);
    expect(at(p, '#c0')).toMatchObject({ key: 'financialInterest.organization.name', value: 'AquaVolt Sensors LLC' });
    expect(at(p, '#n0')?.value).toBe('Ada Okafor');
    expect(at(p, '#t0')?.instruction?.value).toBe('SHARE');
    expect(sectionContext(['3. Nebentätigkeiten und mögliche Interessenkonflikte']).kind).toBe('consulting');
  });

  it('a list of the researcher\'s own ties names the researcher on every row; a list of grants names each grant\'s holder', () => {
    const p = planPage(`<h2>Declarations of interest</h2><table><thead><tr><th>Applicant</th><th>Company / organisation</th></tr></thead><tbody>
      <tr><td><input id="n0"></td><td><input id="c0"></td></tr><tr><td><input id="n1"></td><td><input id="c1"></td></tr></tbody></table>
      <h2>Current research support</h2><table><thead><tr><th>Grant holder (principal investigator)</th><th>Funder</th></tr></thead><tbody>
      <tr><td><input id="g0"></td><td><input id="f0"></td></tr><tr><td><input id="g1"></td><td><input id="f1"></td></tr></tbody></table>`);
    expect([at(p, '#n0')?.value, at(p, '#n1')?.value]).toEqual(['Ada Okafor', 'Ada Okafor']);
    expect(at(p, '#g0')?.key).toBe('support.pdPi');
    expect([at(p, '#g0')?.value, at(p, '#g1')?.value]).toEqual(['Ada Okafor', 'Jordan Whitfield']);
  });

  it('a spaced dash joins two names of one option ("Finanziato – in corso")', () => {
    const options = [{ value: 'FIN', text: 'Finanziato – in corso' }, { value: 'VAL', text: 'Presentato – in valutazione' }];
    expect(matchOption(options, 'current')?.value).toBe('FIN');
    expect(matchOption(options, 'pending')?.value).toBe('VAL');
  });
});

describe('ranks', () => {
  it('a "type of position" select listing academic ranks takes the rank the post\'s title holds', () => {
    const p = planPage(`<h2>Current position</h2><label for="i">Institution</label><input id="i">
      <label for="t">Type of position</label><select id="t"><option value=""></option><option value="postdoc">Postdoctoral researcher</option>
      <option value="asst">Assistant professor / junior group leader</option><option value="assoc">Associate professor</option>
      <option value="prof">Full professor / senior group leader</option><option value="other">Other</option></select>`);
    expect(at(p, '#t')).toMatchObject({ key: 'person.positionTitle', status: 'proposed', instruction: { value: 'assoc' } });
  });
});

describe('types typed into a box', () => {
  it('a free-text "kind of relationship" box takes the entry\'s own words, a select its coded type', () => {
    const p = planPage(`<h2>Beteiligungen und Lizenzen</h2><table><thead><tr><th id="u">Unternehmen</th><th id="f">Funktion / Art der Beziehung</th><th id="a">Art</th></tr></thead>
      <tbody><tr><td><input id="u0" aria-labelledby="u"></td><td><input id="f0" aria-labelledby="f"></td>
      <td><select id="a0" aria-labelledby="a"><option value=""></option><option value="BET">Beteiligung / (Mit-)Gründung</option><option value="LIZ">Lizenz- / Erfindervergütung</option></select></td></tr></tbody></table>`);
    expect(at(p, '#u0')?.value).toBe('AquaVolt Sensors LLC');
    expect(at(p, '#f0')).toMatchObject({ key: 'financialInterest.interestType', value: 'Co-founder, 10% equity' });
    expect(at(p, '#a0')?.instruction?.value).toBe('BET');
  });
});

describe('what a list takes', () => {
  it('a list of past grants takes what has ended; with current words, what was awarded', () => {
    expect(sectionContext(['(2) 過去に受けた主な研究助成金']).status).toBe('completed');
    expect(sectionContext(['Previous grants']).status).toBe('completed');
    expect(sectionContext(['Current and past grants']).status).toBe('awarded');
    expect(sectionContext(['Grants in the past five years']).status).toBe('any');
    const p = planPage(`<h3>Past grants</h3><table><tr><th>Funder</th><th>Title</th></tr>
      <tr><td><input id="f0"></td><td><input id="t0"></td></tr><tr><td><input id="f1"></td><td><input id="t1"></td></tr></table>`);
    const completed = entries.filter((e) => (e as { status?: string }).status === 'completed' && e.kind === 'support').map((e) => e.id).sort();
    expect(completed.length).toBe(2);
    expect([at(p, '#f0')?.source?.entryId, at(p, '#f1')?.source?.entryId].sort()).toEqual(completed);
  });

  it('"Weitere Anträge / Förderungen" lists both applications and funding held', () => {
    expect(sectionContext(['Weitere Anträge / Förderungen']).status).toBeUndefined();
    expect(sectionContext(['Pending applications']).status).toBe('pending');
  });

  it('other affiliations under the current post are a list of their own, not the post\'s second row', () => {
    const p = planPage(`<h2>Aktuelle Stelle</h2><label for="inst">Institution</label><input id="inst">
      <p><strong>Weitere Anbindungen:</strong> weitere Professuren an anderen Hochschulen.</p>
      <table><tr><th>Hochschule</th><th>Funktion</th></tr><tr><td><input id="h0"></td><td><input id="f0"></td></tr></table>`);
    expect(at(p, '#inst')?.source?.entryId).toBe('demo-appointment-primary');
    expect(at(p, '#h0')?.source?.entryId).not.toBe('demo-appointment-primary');
    expect(at(p, '#h0')?.source?.entryId).toBe(at(p, '#f0')?.source?.entryId);
  });

  it('"nothing to declare in this section" stays unticked under a list the record fills, and is ticked under one it does not', () => {
    const p = planPage(`<h3>4 Participations financières dans le capital d'une société</h3>
      <label><input type="checkbox" id="n4"> Je n'ai pas de lien d'intérêt à déclarer dans la présente rubrique</label>
      <h3>5 Proches parents ayant des intérêts financiers</h3>
      <label><input type="checkbox" id="n5"> Je n'ai pas de lien d'intérêt à déclarer dans la présente rubrique</label>`);
    expect(at(p, '#n4')?.instruction?.checked).toBe(false);
    expect(at(p, '#n5')?.instruction?.checked).toBe(true);
  });

  it('boxes naming kinds of interest are ticked from the record when no entity\'s name sits beside them', () => {
    const p = planPage(`<h3>利益相反</h3><label><input type="checkbox" id="k2"> 企業の株式・出資持分の保有</label>
      <label><input type="checkbox" id="k3"> 特許権使用料（ロイヤリティ）の受領</label>`);
    expect(at(p, '#k2')?.instruction?.checked).toBe(true);
    expect(at(p, '#k3')?.instruction?.checked).toBe(true);
  });
});

describe('rows', () => {
  it('boxes sharing a cell under one column header go by their own titles ("開始年月" ～ "終了年月"), and "・" splits a header', () => {
    const p = planPage(`<h3>過去に受けた主な研究助成金</h3><p>2022年1月1日以降に研究期間が終了した研究助成金を記入してください。</p><table><tr><th>助成機関名</th><th>研究期間</th><th>総額・通貨</th></tr>
      <tr><td><input id="k"></td><td><input id="from" title="開始年月" placeholder="YYYY/MM"> ～ <input id="to" title="終了年月" placeholder="YYYY/MM"></td>
      <td><input id="gaku"> <select id="tsuka"><option value="">選択</option><option value="JPY">円</option><option value="USD">米ドル</option></select></td></tr></table>`);
    expect(at(p, '#from')?.value).toBe('2020/01');
    expect(at(p, '#to')?.value).toBe('2022/12');
    expect(at(p, '#gaku')?.key).toBe('support.totalAmount.amount');
    expect(at(p, '#tsuka')?.instruction?.value).toBe('USD');
  });

  it('a yes/no select and its "If yes, explain" box of one key share a row', () => {
    const p = planPage(`<h3>Other Support</h3><table><tr><th>Title</th><th>Overlap?</th><th>Overlap: if yes, explain</th></tr>
      <tr><td><input id="t0"></td><td><select id="o0"><option value="">-</option><option>Yes</option><option>No</option></select></td><td><input id="x0"></td></tr>
      <tr><td><input id="t1"></td><td><select id="o1"><option value="">-</option><option>Yes</option><option>No</option></select></td><td><input id="x1"></td></tr></table>`);
    expect(at(p, '#x0')?.source?.entryId).toBe(at(p, '#t0')?.source?.entryId);
    expect(at(p, '#x1')?.source?.entryId).toBe(at(p, '#t1')?.source?.entryId);
  });

  it('the first numbered card alone is one row, even with two boxes of one kind', () => {
    const p = planPage(`<h2>Autres financements</h2><div class="card"><div class="card-title">Financement n° 1</div>
      <label for="f">Financeur</label><input id="f"><label for="m">Montant total</label><input id="m">
      <label for="me">Montant pour l'équipe</label><input id="me"></div><button type="button">+ Ajouter un financement</button>`);
    expect(at(p, '#me')?.source?.entryId).toBe(at(p, '#f')?.source?.entryId);
    expect(p.addRows[0]?.times).toBeGreaterThanOrEqual(3);
  });

  it('columns before a bracketed format take their parts ("Laufzeit von – bis (MM.JJJJ)")', () => {
    const p = planPage(`<h3>Laufende Drittmittel</h3><table><tr><th>Geldgeber</th><th>Laufzeit von – bis (MM.JJJJ)</th></tr>
      <tr><td><input id="g"></td><td><input id="v"> <input id="b"></td></tr></table>`);
    const row = at(p, '#g')?.source?.entryId;
    const entry = entries.find((e) => e.id === row) as { startDate: string; endDate: string };
    expect(at(p, '#v')?.value).toBe(`${entry.startDate.slice(5, 7)}.${entry.startDate.slice(0, 4)}`);
    expect(at(p, '#b')?.value).toBe(`${entry.endDate.slice(5, 7)}.${entry.endDate.slice(0, 4)}`);
  });

  it('year and month selects splitting one period in a cell are its start and its end, row after row', () => {
    const ym = (id: string) => `<select id="${id}y" aria-labelledby="h"><option value="">年</option><option>2023</option><option>2024</option><option>2027</option><option>2028</option></select>` +
      `<select id="${id}m" aria-labelledby="h"><option value="">月</option>${Array.from({ length: 12 }, (_, i) => `<option value="${String(i + 1).padStart(2, '0')}">${i + 1}月</option>`).join('')}</select>`;
    const p = planPage(`<h3>現在受けている研究費</h3><table><tr><th>配分機関名</th><th id="h">研究期間</th></tr>
      <tr><td><input id="s0"></td><td>${ym('f0')} ～ ${ym('t0')}</td></tr><tr><td><input id="s1"></td><td>${ym('f1')} ～ ${ym('t1')}</td></tr></table>`);
    expect(['#f0y', '#f0m', '#t0y', '#t0m', '#f1y'].map((s) => at(p, s)?.key)).toEqual(['support.startDate', 'support.startDate', 'support.endDate', 'support.endDate', 'support.startDate']);
    const row0 = entries.find((e) => e.id === at(p, '#s0')?.source?.entryId) as { startDate: string; endDate: string };
    expect(at(p, '#f0m')?.instruction?.value).toBe(row0.startDate.slice(5, 7));
    expect(at(p, '#t0y')?.instruction?.value).toBe(row0.endDate.slice(0, 4));
  });

  it('a numbered part repeated as a hint does not name the box ("3.4 Altri finanziamenti del responsabile scientifico")', () => {
    const p = planPage(`<fieldset><legend>3.4 Altri finanziamenti del responsabile scientifico</legend><p><b>a) Finanziamenti ottenuti</b></p>
      <table><tr><th>Ente finanziatore</th><th>Titolo</th><th>Estremi</th></tr>
      <tr><td><input id="e0"></td><td><input id="t0"></td><td><input id="c0"></td></tr></table></fieldset>`);
    expect(at(p, '#c0')?.key).not.toBe('support.pdPi');
  });

  it('reviewers to be excluded under conflicts of interest are a list of other people, not more interests', () => {
    const p = planPage(`<h2>8 · Conflicts of interest</h2><table><tr><th>Company</th><th>Nature of interest</th></tr><tr><td><input id="c0"></td><td><input id="n0"></td></tr></table>
      <div class="block-title">Reviewers to be excluded (optional)</div>
      <table><tr><th>Name</th><th>Institution</th></tr><tr><td><input id="rn"></td><td><input id="ri"></td></tr></table>`);
    expect(at(p, '#c0')?.source).toBeDefined();
    expect(at(p, '#ri')?.instruction).toBeUndefined();
  });

  it('a caption paragraph over a table is a note, not a title', () => {
    const sections = sectionsOf(`<h3>Project 1</h3><p class="pm-caption">*Person Months (Calendar) per budget period</p><table><tr><td><input id="y"></td></tr></table>`);
    expect(sections.y).toEqual(['Project 1']);
  });

  it('no row is added for an entry the row would leave empty', () => {
    const p = planPage(`<h3>共同研究者</h3><table><tr><th>氏名</th><th>役割分担</th></tr><tr><td><input id="n0"></td><td><input id="r0"></td></tr></table>
      <button type="button">＋ 共同研究者を追加する</button>`);
    expect(p.addRows).toEqual([]);
  });

  it('a "+ …" button adds rows in any language', () => {
    const p = planPage(`<h3>Ansættelser / Employment</h3><table><tr><th>Institution</th><th>Stilling / Position</th></tr>
      <tr><td><input id="i0"></td><td><input id="s0"></td></tr></table><button type="button">+ Tilføj ansættelse</button>`);
    expect(p.addRows[0]?.text).toBe('+ Tilføj ansættelse');
  });
});

describe('choices', () => {
  it('country selects valued or written by ISO alpha-3 or numeric code', () => {
    const alpha3 = planPage(`<h3>Current position</h3><label for="c">Country</label><select id="c"><option value="">-</option>
      <option value="DNK">Danmark</option><option value="USA">USA</option></select>`);
    expect(at(alpha3, '#c')?.instruction?.value).toBe('USA');
    const numeric = planPage(`<h3>Current position</h3><label for="c">Land</label><select id="c"><option value="">-</option>
      <option value="276">Deutschland</option><option value="250">Frankreich</option><option value="840">Vereinigte Staaten (USA)</option></select>`);
    expect(at(numeric, '#c')?.instruction?.value).toBe('840');
  });

  it('an option glossed in brackets, or a Japanese list of names, is found by either name', () => {
    const opts = (...texts: string[]) => texts.map((text, i) => ({ value: String(i), text }));
    expect(matchOption(opts('Projektleitung (PI)', 'Mitwirkung (Co-Investigator)'), 'co-I')?.value).toBe('1');
    expect(matchOption(opts('代表者', '共同研究者・分担者'), 'co-I')?.value).toBe('1');
  });

  it('a select whose options name kinds of funder is the funder type, and a funder abroad to the page is the foreign one', () => {
    document.body.innerHTML = `<h3>現在受けている研究費</h3><table><tr><th>区分</th><th>制度名</th></tr>
      <tr><td><select id="k"><option value="">選択</option><option value="01">科学研究費助成事業（科研費）</option><option value="05">民間財団</option>
      <option value="06">企業（共同研究・受託研究）</option><option value="08">海外の機関</option></select></td><td><input id="s"></td></tr></table>`;
    const scans = scanHere();
    scans[0].lang = 'ja';
    const p = plan({ url: 'http://127.0.0.1/page.html', scans, map: null, profile, entries, now: NOW });
    expect(at(p, '#k')?.key).toBe('support.sponsorType');
    expect(at(p, '#k')?.instruction?.value).toBe('08');
    scans[0].lang = undefined;
    const unknown = plan({ url: 'http://127.0.0.1/page.html', scans, map: null, profile, entries, now: NOW });
    expect(at(unknown, '#k')?.instruction).toBeUndefined();
  });

  it('a name asked family name first in capitals, as the example shows', () => {
    const p = planPage(`<h3>申請者</h3><label for="r">氏名（ローマ字） 例：NAITO Taro（姓は大文字）</label><input id="r">`);
    expect(at(p, '#r')?.value).toBe('OKAFOR Ada');
  });
});

describe('lists, periods and choices met on unseen portals', () => {
  const years = `<option value=""></option>${[2023, 2024, 2025, 2026, 2027, 2028].map((y) => `<option>${y}</option>`).join('')}`;
  const months = `<option value=""></option>${Array.from({ length: 12 }, (_, i) => `<option value="${String(i + 1).padStart(2, '0')}">${i + 1}</option>`).join('')}`;

  it('a period split into year and month selects, the later ones labelled by the unit word before them, is its start and end', () => {
    const p = planPage(`<h3>（4）実施中の研究費</h3><table><tr><th>研究課題名</th><td><input id="t"></td></tr>
      <tr><th>研究期間</th><td><select id="fy">${years}</select> 年 <select id="fm">${months}</select> 月 ～ <select id="ty">${years}</select> 年 <select id="tm">${months}</select> 月</td></tr></table>`);
    expect(['#fy', '#fm', '#ty', '#tm'].map((s) => at(p, s)?.key)).toEqual(['support.startDate', 'support.startDate', 'support.endDate', 'support.endDate']);
    // One row: the four selects hold one entry's dates, not four entries.
    expect(new Set(['#t', '#fy', '#fm', '#ty', '#tm'].map((s) => at(p, s)?.source?.entryId)).size).toBe(1);
  });

  it('a percent sign printed after the box asks effort as a share of working time, not person-months', () => {
    const p = planPage(`<h3>実施中の研究費</h3><table><tr><th>研究課題名</th><td><input id="t"></td></tr><tr><th>エフォート</th><td><input id="e" maxlength="3"> ％</td></tr></table>`);
    expect(at(p, '#e')?.key).toBe('support.percentOfTime');
  });

  it('"Projects and Proposals" lists what is held and what is asked for, and "+ Add Project" after a card\'s sub-heading adds cards', () => {
    expect(sectionContext(['B. Projects and Proposals']).status).toBeUndefined();
    const p = planPage(`<h2>Current and Pending (Other) Support</h2><h3>B. Projects and Proposals</h3>
      <div class="card"><h4>Project/Proposal 1</h4><label for="t">Project/Proposal Title</label><input id="t">
        <label for="s">Source of Support</label><input id="s">
        <h5>Person-months per year</h5><label for="y">Year</label><input id="y"><label for="m">Person-months</label><input id="m">
        <button type="button">+ Add Year</button></div>
      <button type="button">+ Add Project</button>`);
    const held = entries.filter((e): e is Extract<Entry, { kind: 'support' }> => e.kind === 'support' && e.status !== 'completed');
    expect(p.addRows.map((a) => [a.text, a.times])).toEqual([['+ Add Year', held[0].effort.length - 1], ['+ Add Project', held.length - 1]]);
    // The card's one year row is its entry's first year, not the current one: the rest are added.
    expect(at(p, '#y')?.value).toBe(String(held[0].effort[0].year));
    expect(p.proposals.filter((x) => x.fieldId < 0 && x.key === 'support.effort.year' && x.row === 0).map((x) => x.value)).toEqual(held[0].effort.slice(1).map((e) => String(e.year)));
  });

  it('a hidden copy of a box (an e-mail confirmation trap) does not make the researcher\'s own box a list of other people', () => {
    const p = planPage(`<h3>Principal Investigator</h3><table><tr><th>Indirizzo e-mail</th><td><input id="m"><input id="m2" style="opacity:0"></td></tr></table>`);
    expect(at(p, '#m')?.status).toBe('proposed');
    expect(at(p, '#m2')?.status).toBe('skipped');
  });

  it('a yes/no question over a list tells the list\'s status ("Pending applications elsewhere? If yes:")', () => {
    const ctx = sectionContext(['\u21b3 Pending applications elsewhere', 'Other funding applications']);
    expect(ctx.status).toBe('pending');
  });

  it('instructions asking for what the researcher "currently holds" leave out what has ended', () => {
    const p = planPage(`<h3>Ancillary activities</h3><p class="help">List all ancillary activities you currently hold, paid or unpaid.</p>
      <h4>Consultancy work</h4><label for="o">Client / organisation</label><input id="o"><button type="button">+ Add consultancy activity</button>`);
    const ongoing = entries.filter((e) => e.kind === 'consulting' && (!('endDate' in e) || !e.endDate || e.endDate >= NOW.toISOString().slice(0, 7)));
    expect(p.addRows.reduce((n, a) => n + a.times, 0)).toBe(ongoing.length - 1);
  });

  it('a position held besides the main employment is asked about in NWO\'s and MUR\'s words', () => {
    for (const question of ['1. In addition to your main employment, do you hold a position, appointment or affiliation (paid or unpaid) at a company?', 'Il/La PI ricopre incarichi, anche non retribuiti, presso altre università?']) {
      const p = planPage(`<fieldset><legend>${question}</legend><label><input type="radio" name="q" value="J">Yes</label><label><input type="radio" name="q" value="N">No</label></fieldset>`);
      expect(p.proposals.find((x) => x.key === 'disclosure.outsideAppointment')?.value).toBe('Yes');
    }
  });

  it('a box\'s title drawn as <div class="h"> heads it; a currency select with no words of its own after an amount is the currency', () => {
    expect(sectionsOf(`<div class="box"><div class="h">Gesuchsteller/in – Angaben zur Person</div><div class="c"><input id="a"></div></div>`).a).toEqual(['Gesuchsteller/in – Angaben zur Person']);
    const p = planPage(`<h3>Beantragte Projekte</h3><div><span>Projekttitel</span><input id="t"></div>
      <div><span>Beantragter Betrag</span><input id="b"> <select id="c"><option>CHF</option><option>EUR</option><option>USD</option></select></div>`);
    expect(at(p, '#c')?.key).toBe('support.totalAmount.currency');
  });

  it('"受入予定" beside a list of running grants takes none already running; alone (KAKENHI), every grant still running', () => {
    expect(sectionContext(['（3）受入予定の研究費']).status).toBe('upcoming');
    const running = `<h3>（2）実施中の研究費</h3><table><tr><th>研究課題名</th><td><input id="r"></td></tr></table>`;
    const p = planPage(`${running}<h3>（3）受入予定の研究費</h3><table><tr><th>研究課題名</th><td><input id="t"></td></tr></table><button type="button">＋ 行を追加</button>`);
    const upcoming = entries.filter((e) => e.kind === 'support' && e.status === 'current' && (e.startDate ?? '') > NOW.toISOString().slice(0, 7));
    expect(at(p, '#t')?.status).toBe(upcoming.length ? 'proposed' : 'skipped');
    expect(p.addRows.filter((a) => a.text.includes('追加'))).toEqual([]);
    const alone = planPage(`<h3>(2) 受入予定の研究費</h3><table><tr><th>研究課題名</th><td><input id="t"></td></tr></table><button type="button">＋ 行を追加</button>`);
    const current = entries.filter((e) => e.kind === 'support' && e.status === 'current');
    expect(at(alone, '#t')?.value).toBe((current[0] as { title: string }).title);
    expect(alone.addRows[0]?.times).toBe(current.length - 1);
  });

  it('a German option written for both genders ("Ausserordentliche/r Professor/in") is found by either form', () => {
    const options = ['Ordentliche/r Professor/in', 'Ausserordentliche/r Professor/in', 'Assistenzprofessor/in'].map((text, i) => ({ value: String(i), text }));
    expect(matchOption(options, 'Associate Professor')?.text).toBe('Ausserordentliche/r Professor/in');
    const p = planPage(`<h3>Gesuchsteller/in – Angaben zur Person</h3><label for="s">Akademische Stellung</label><select id="s"><option value=""></option>${options.map((o) => `<option value="${o.value}">${o.text}</option>`).join('')}</select>`);
    expect(at(p, '#s')?.value).toBe('Ausserordentliche/r Professor/in');
  });
});
