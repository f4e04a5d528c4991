/**
 * Page layouts met on held-out portal pages: section titles drawn as styled text, per-year columns
 * labelled by a row header, one box for a whole period, preset selects in empty rows, lists that
 * start empty beside a closing question, and controls that only look like the researcher's own.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { plan, type FillPlan, type Proposal } from '@/lib/fill/plan';
import type { Entry } from '@/lib/model';
import { demo, keyOf, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();
type Support = Extract<Entry, { kind: 'support' }>;
const nih = entries.find((e): e is Support => e.kind === 'support' && e.id === 'demo-support-nih-current')!;

function planPage(html: string, withEntries: Entry[] = entries): FillPlan {
  document.body.innerHTML = html;
  return plan({ url: 'http://127.0.0.1/page.html', scans: scanHere(), map: null, profile, entries: withEntries, now: NOW });
}
const at = (p: FillPlan, selector: string): Proposal | undefined => p.proposals.find((x) => x.selector === selector);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('sections drawn as styled text', () => {
  it('a div styled as a block title is a section: the applicant block is personal, the table below is the funding list', () => {
    const p = planPage(`<h1>Laufende und beantragte Förderungen</h1>
      <div class="blocktitle">Antragsteller:in</div>
      <dl><dt>Akad. Grad / Titel</dt><dd><input id="titel"></dd><dt>Forschungsstätte</dt><dd><input id="fst"></dd></dl>
      <div class="blocktitle">Laufende Förderungen</div>
      <table><thead><tr><th>Fördergeber</th><th>Projekttitel</th></tr></thead>
        <tbody><tr><td><input id="geber"></td><td><input id="ptitel"></td></tr></tbody></table>`, [nih]);
    expect(at(p, '#titel')?.instruction).toBeUndefined();
    expect(at(p, '#fst')?.instruction?.value).toBe('University of Michigan');
    expect(at(p, '#geber')?.instruction?.value).toBe('National Institutes of Health');
    expect(at(p, '#ptitel')?.instruction?.value).toBe(nih.title);
  });
});

describe('sections inside tables and paragraphs', () => {
  it('a row spanning the table names the rows below it: pending rows get applications, current rows held awards', () => {
    const row = (id: string) => `<tr><td><input id="${id}-funder"></td><td><input id="${id}-title"></td></tr>`;
    const p = planPage(`<h2>研究費の応募・受入等の状況</h2><table><thead><tr><th>資金制度名</th><th>研究課題名</th></tr></thead>
      <tbody><tr><th colspan="2">【応募中の研究費】</th></tr>${row('p0')}</tbody>
      <tbody><tr><th colspan="2">【受入中の研究費】</th></tr>${row('c0')}${row('c1')}${row('c2')}</tbody></table>`);
    const source = (sel: string) => entries.find((e) => e.id === at(p, sel)?.source?.entryId);
    expect((source('#p0-title') as Support).status).toBe('pending');
    for (const r of ['c0', 'c1', 'c2']) expect((source(`#${r}-title`) as Support).status).toBe('current');
  });

  it('a paragraph opening with a sub-section number titles the table after it', () => {
    const table = (id: string) => `<table><thead><tr><th>Organisme</th><th>Fonction occupée</th></tr></thead><tbody><tr><td><input id="${id}-org"></td><td><input id="${id}-fn"></td></tr></tbody></table>`;
    const p = planPage(`<h2>Déclaration publique d'intérêts</h2>
      <p class="intro"><b>2.1</b> Participation à un conseil scientifique ou consultatif d'un organisme public ou privé.</p>${table('a')}
      <p class="intro"><b>2.2</b> Activité de consultant, de conseil ou d'expertise auprès d'un organisme.</p>${table('b')}`);
    expect(entries.find((e) => e.id === at(p, '#a-org')?.source?.entryId)?.kind).toBe('appointment');
    expect(entries.find((e) => e.id === at(p, '#b-org')?.source?.entryId)?.kind).toBe('consulting');
  });

  it('a list about relatives or elected office gets none of the researcher\'s entries', () => {
    const p = planPage(`<h2>Déclaration publique d'intérêts</h2>
      <div role="heading" aria-level="3">Activités exercées par vos proches parents salariés</div>
      <table><thead><tr><th>Organisme</th><th>Fonction</th></tr></thead><tbody><tr><td><input id="org"></td><td><input id="fn"></td></tr></tbody></table>`);
    expect(at(p, '#org')?.instruction).toBeUndefined();
    expect(at(p, '#fn')?.instruction).toBeUndefined();
  });

  it('a list of current appointments leaves out one that has ended', () => {
    const p = planPage(`<h2>Other current appointments</h2><table><thead><tr><th>Organisation</th><th>Position</th></tr></thead>
      <tbody>${[0, 1, 2, 3].map((i) => `<tr><td><input id="o${i}"></td><td><input id="r${i}"></td></tr>`).join('')}</tbody></table>`);
    const listed = p.proposals.filter((x) => x.source?.entryId).map((x) => x.source!.entryId!);
    expect(listed).not.toContain('demo-appointment-visiting');
    expect(listed).toContain('demo-appointment-adjunct');
  });
});

describe('per-year columns and whole periods', () => {
  it('a row header labels every year column; each column gets that year\'s person-months, other years stay empty', () => {
    const years = [2022, 2023, 2024];
    const p = planPage(`<h2>Current support</h2><label for="t">Project title</label><input id="t">
      <table><thead><tr><th>Calendar year</th>${years.map((y) => `<th>${y}</th>`).join('')}</tr></thead>
      <tbody><tr><th scope="row">Person-months</th>${years.map((y) => `<td><input id="pm${y}"></td>`).join('')}</tr></tbody></table>`, [nih]);
    expect(at(p, '#pm2023')?.instruction?.value).toBe('0.6');
    expect(at(p, '#pm2024')?.instruction?.value).toBe('0.6');
    expect(at(p, '#pm2022')?.instruction).toBeUndefined();
  });

  it('one box for the performance period takes both ends in the layout it shows; an amount "for the period" is no period', () => {
    const p = planPage(`<h2>Current support</h2><label for="t">Project title</label><input id="t">
      <label for="per">Performance Period:</label><input id="per" placeholder="MM/YYYY - MM/YYYY">`, [nih]);
    expect(at(p, '#per')?.instruction?.value).toBe('04/2023 - 03/2028');
    expect(keyOf('研究経費（期間全体の額、千円）', ['研究費の応募・受入等の状況'])).not.toBe('support.period');
    expect(keyOf('Laufzeit (Monate)', ['Förderungen'])).not.toBe('support.period');
  });
});

describe('rows', () => {
  it('in a row whose boxes are empty, a preset currency select is the page\'s default and takes the record\'s currency', () => {
    const p = planPage(`<h2>Current support</h2><table><thead><tr><th>Funder</th><th>Amount</th><th>Currency</th></tr></thead><tbody><tr>
      <td><input id="f"></td><td><input id="a"></td><td><select id="c"><option value="EUR" selected>EUR</option><option value="USD">USD</option></select></td></tr></tbody></table>`, [nih]);
    expect(at(p, '#c')?.instruction?.value).toBe('USD');
    expect(at(p, '#a')?.instruction?.value).toBe('2150000');
  });

  it('a row the researcher typed in keeps its currency choice', () => {
    document.body.innerHTML = '';
    const p = planPage(`<h2>Current support</h2><table><thead><tr><th>Funder</th><th>Currency</th></tr></thead><tbody><tr>
      <td><input id="f" value="My own grant"></td><td><select id="c"><option value="EUR" selected>EUR</option><option value="USD">USD</option></select></td></tr></tbody></table>`, [nih]);
    expect(at(p, '#c')?.instruction).toBeUndefined();
  });

  it('a second amount column in another currency is its own column, not a second row', () => {
    const p = planPage(`<h2>Current and pending funding</h2><table><thead><tr><th>Funder</th><th>Total amount (original currency)</th><th>Currency</th><th>Sterling equivalent (£, optional)</th></tr></thead>
      <tbody><tr><td><input id="f0"></td><td><input id="a0"></td><td><input id="c0"></td><td><input id="gbp0"></td></tr>
      <tr><td><input id="f1"></td><td><input id="a1"></td><td><input id="c1"></td><td><input id="gbp1"></td></tr></tbody></table>`);
    const row0 = at(p, '#f0')?.source?.entryId;
    expect(at(p, '#a0')?.source?.entryId).toBe(row0);
    expect(at(p, '#f1')?.source?.entryId).toBe(at(p, '#a1')?.source?.entryId);
    expect(at(p, '#gbp0')?.instruction).toBeUndefined();
  });

  it('a list that starts empty gets its rows even with a yes/no question and a "describe" box after its add control', () => {
    const p = planPage(`<h1>My profile</h1><h2>Research Support</h2><div id="list"></div><button type="button">+ Add Research Support</button>
      <fieldset><legend>Do you have any other current grants with overlapping aims?</legend><label><input type="radio" name="o" value="Y"> Yes</label><label><input type="radio" name="o" value="N"> No</label></fieldset>
      <label for="d">If yes, describe the overlap</label><textarea id="d"></textarea>`);
    expect(p.addRows).toHaveLength(1);
    expect(p.proposals.filter((x) => x.via === 'add-control').length).toBe(p.addRows[0].times);
  });
});

describe('choices and other parties', () => {
  it('a radio only answers a choice: a question that mentions a funder is not the funder\'s name', () => {
    expect(keyOf('Is any of the research in this application currently being funded by another funder?', ['Other funding'], { type: 'radio', labelSource: 'legend' })).toBeNull();
    expect(keyOf('Status', ['Other funding'], { type: 'radio', labelSource: 'legend' })).toBe('support.status');
  });

  it('"Ongoing" is a checkbox ticked when the record names no end; a status select is never it', () => {
    expect(keyOf('unbefristet / laufend', ['Nebentätigkeiten'], { type: 'checkbox', labelSource: 'label-wrap' })).toBe('consulting.ongoing');
    expect(keyOf('laufend', ['Förderungen'], { type: 'select' })).not.toBe('support.ongoing');
    const p = planPage(`<h2>Consulting activities</h2><label for="o">Organization</label><input id="o"><label><input type="checkbox" id="on"> Ongoing</label>`,
      entries.filter((e) => e.id === 'demo-consulting-clearwater'));
    expect(at(p, '#on')?.instruction?.checked).toBe(true);
  });

  it('the name of a row\'s PI is the row\'s, not the researcher\'s; a title asked row after row is not the researcher\'s title', () => {
    expect(keyOf('研究代表者氏名', ['研究費の応募・受入等の状況'])).toBe('support.pdPi');
    const p = planPage(`<h1>Statement of Economic Interests</h1><table><tbody>
      <tr><td><input id="t1" aria-label="Position / title, row 1"></td></tr><tr><td><input id="t2" aria-label="Position / title, row 2"></td></tr></tbody></table>`);
    expect(at(p, '#t1')?.instruction).toBeUndefined();
    expect(at(p, '#t2')?.instruction).toBeUndefined();
  });

  it('"other funding to report?" is answered from support other than this proposal; "the amount refers to" is the total', () => {
    const q = planPage(`<h2>Other funding</h2><fieldset><legend>Does the applicant have applied or granted funding to report?</legend>
      <label><input type="radio" name="h" id="hy" value="Y"> Yes</label><label><input type="radio" name="h" id="hn" value="N"> No</label></fieldset>`);
    expect(at(q, '#hy')?.status).toBe('proposed');
    const none = planPage(document.body.innerHTML, entries.filter((e) => e.kind !== 'support'));
    expect(at(none, '#hn')?.status).toBe('proposed');
    expect(keyOf('The amount refers to', ['Other funding'], { type: 'radio', labelSource: 'legend' })).toBe('support.amountBasis');
  });
});

describe('Japanese forms', () => {
  it('fiscal-year selects (年度) count January–March in the year before; "＋ 研究費を追加" adds a row', () => {
    const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((y) => `<option value="${y}">${y}</option>`).join('');
    const p = planPage(`<div class="midashi">応募中・受入中の研究費</div><table><caption>研究費 1</caption>
      <tr><th><label for="k">研究課題名</label></th><td><input id="k"></td></tr>
      <tr><th>研究期間（年度）</th><td><label>開始 <select id="s"><option value="">--</option>${years}</select></label><label>終了 <select id="e"><option value="">--</option>${years}</select></label></td></tr></table>
      <button type="button">＋ 研究費を追加</button>`, [nih]);
    expect(at(p, '#s')?.instruction?.value).toBe('2023');
    expect(at(p, '#e')?.instruction?.value).toBe('2027');
    document.body.innerHTML = '<h2>研究費</h2><button type="button">＋ 研究費を追加</button>';
    expect(scanHere()[0].addControls.map((a) => a.text)).toEqual(['＋ 研究費を追加']);
  });

  it('名 inside a word (研究費名, 機関名) is no given name; 姓（ローマ字） is the family name', () => {
    expect(keyOf('資金制度・研究費名', ['応募者'])).toBeNull();
    expect(keyOf('姓（ローマ字）', ['応募者（研究代表者）'])).toBe('person.familyName');
    expect(keyOf('名', ['応募者（研究代表者）'])).toBe('person.givenName');
  });
});

describe('instructions that narrow a list', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `<tr><td><input id="t${i}" aria-label="Project title"></td><td><input id="f${i}" aria-label="Funding body"></td></tr>`).join('');
  const listed = (p: FillPlan) =>
    p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.source?.entryId).sort();
  const supportIds = (keep: (e: Support) => boolean) =>
    entries.filter((e): e is Support => e.kind === 'support' && keep(e)).map((e) => e.id).sort();

  it('"do not include applications" over a history of the last 10 years lists held grants, completed ones included, and no pending one', () => {
    const p = planPage(`<h2>Research Support</h2>
      <p>Record the funding you have held in the last 10 years, including current grants. Do not include applications that have not been awarded.</p>
      <table><thead><tr><th>Project title</th><th>Funding body</th></tr></thead><tbody>${rows(7)}</tbody></table>`);
    expect(listed(p)).toEqual(supportIds((e) => e.status !== 'pending'));
  });

  it('a window of years leaves out what ended before it; the text may sit in a plain div and in French', () => {
    const p = planPage(`<div class="titre-section">Financement de la recherche</div>
      <div class="sous-titre">Indiquez le financement obtenu, en attente de décision ou terminé au cours des cinq dernières années, quelle que soit la source.</div>
      <table><thead><tr><th>Titre du projet</th><th>Organisme</th></tr></thead><tbody>${rows(7)}</tbody></table>`);
    // Five years before November 2026: the seed grant (ended 2021-08) is out, the 2022 foundation grant is in.
    expect(listed(p)).toEqual(supportIds((e) => e.id !== 'demo-support-internal-completed'));
  });

  it('"do not include this proposal" in the instructions leaves out the entry marked as this proposal', () => {
    const p = planPage(`<h2>Current and pending support</h2><p class="help">List all current and pending support. Do not include this proposal.</p>
      <table><thead><tr><th>Project title</th><th>Funding body</th></tr></thead><tbody>${rows(6)}</tbody></table>`);
    expect(listed(p)).toEqual(supportIds((e) => e.status !== 'completed' && !e.thisProposal));
  });

  it('a list that starts empty adds rows for the entries its instructions ask for', () => {
    const p = planPage(`<h2>Research Support</h2><p>List grants held in the past five years. Do not include pending applications.</p>
      <div id="list"></div><button type="button">+ Add Research Support</button>`);
    expect(p.proposals.filter((x) => x.via === 'add-control').map((x) => x.source?.entryId).sort()).toEqual(
      supportIds((e) => e.status === 'current' || (e.status === 'completed' && e.endDate! >= '2021-11')),
    );
  });

  it('instructions never tell what a section is: a paragraph about grants under personal details leaves them personal', () => {
    const p = planPage(`<h2>Personal details</h2><p>These details are copied into every grant application and funding report you submit.</p>
      <label for="fam">Family name</label><input id="fam">`);
    expect(at(p, '#fam')?.key).toBe('person.familyName');
    expect(at(p, '#fam')?.instruction?.value).toBe('Okafor');
  });

  it('text after a list\'s controls does not narrow the rows above it', () => {
    const p = planPage(`<h2>Current and pending support</h2>
      <table><thead><tr><th>Project title</th><th>Funding body</th></tr></thead><tbody>${rows(6)}</tbody></table>
      <p>Do not include applications that have not been awarded in the overlap statement below.</p>`);
    expect(listed(p)).toEqual(supportIds((e) => e.status !== 'completed'));
  });
});

describe('cards, qualified names and durations', () => {
  it('"+ Add Year" inside a numbered card adds to that card: the list\'s own add control outside the cards adds the cards', () => {
    const card = (n: number) => `<fieldset><legend>Proposal/Active Project ${n}</legend><label for="t${n}">Title</label><input id="t${n}">
      <table><thead><tr><th>Year (YYYY)</th><th>Person Months</th></tr></thead><tbody><tr><td><input id="y${n}"></td><td><input id="pm${n}"></td></tr></tbody></table>
      <button type="button">+ Add Year</button></fieldset>`;
    const p = planPage(`<div class="secHead">Proposals and Active Projects</div>${card(1)}${card(2)}<button type="button">+ Add Proposal/Active Project</button>`);
    const held = entries.filter((e): e is Extract<Entry, { kind: 'support' }> => e.kind === 'support' && e.status !== 'completed');
    const cards = p.addRows.filter((a) => a.text === '+ Add Proposal/Active Project');
    expect(cards).toHaveLength(1);
    // "Proposals and active projects" asks for pending proposals as well as current awards.
    expect(cards[0].times).toBe(held.length - 2);
    // Each card's own "+ Add Year" adds the years its entry has beyond the row there.
    expect(p.addRows.filter((a) => a.text === '+ Add Year').map((a) => a.times)).toEqual(held.slice(0, 2).map((e) => e.effort.length - 1));
  });

  it('a name qualified by its form and table ("frmFin:tblFin:0:programme") is read by its last part', () => {
    const p = planPage(`<h2>Autres financements</h2><input id="x" name="frmFin:tblFin:0:programme"><input id="y" name="otherSupport[0].endDate">`, [nih]);
    // "programme" is the funding scheme, which the record does not hold: nothing to write.
    expect(at(p, '#x')?.key).toBe('support.scheme');
    expect(at(p, '#x')?.status).toBe('skipped');
    expect(at(p, '#y')?.key).toBe('support.endDate');
  });

  it('"Laufzeit von / bis" are the ends of a period and "Laufzeit in Monaten" counts both ends', () => {
    const p = planPage(`<h2>Weitere Förderung</h2><label for="b">Laufzeit von</label><input id="b" placeholder="TT.MM.JJJJ">
      <label for="e">Laufzeit bis</label><input id="e" placeholder="TT.MM.JJJJ"><label for="m">Laufzeit in Monaten</label><input id="m" type="number">`, [nih]);
    expect(at(p, '#b')?.instruction?.value).toBe('01.04.2023');
    expect(at(p, '#e')?.instruction?.value).toBe('31.03.2028');
    expect(at(p, '#m')?.instruction?.value).toBe('60');
  });

  it('"completed grants must not appear here" leaves completed grants out; a page intro under a styled title holds for the blocks after it', () => {
    const rows = `<table><thead><tr><th>Titre du projet</th><th>Organisme</th></tr></thead><tbody>${Array.from({ length: 7 }, (_, i) => `<tr><td><input id="t${i}"></td><td><input id="o${i}"></td></tr>`).join('')}</tbody></table>`;
    const listed = (p: FillPlan) => p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.source?.entryId);
    const negated = planPage(`<h2>Financements</h2><p>Les financements terminés ne doivent pas figurer dans ce tableau ; ils peuvent être repris dans la rubrique « Financements terminés ».</p>${rows}`);
    expect(listed(negated).some((id) => id?.includes('completed'))).toBe(false);
    const intro = planPage(`<div class="section-title">Financement de la recherche</div><div class="intro">Indiquez les financements des cinq dernières années, y compris les financements terminés.</div>
      <div class="bloc-titre">Financements</div>${rows}`);
    expect(listed(intro)).toContain('demo-support-foundation-completed');
  });
});

describe('what a heading names', () => {
  it('experts "not to consult" are no consulting list; outside appointments leave out the primary appointment', () => {
    const experts = planPage(`<h3>Experts dont la consultation n'est pas souhaitée</h3><table><thead><tr><th>Nom</th><th>Institution</th></tr></thead>
      <tbody><tr><td><input id="n0"></td><td><input id="i0"></td></tr></tbody></table>`);
    expect(at(experts, '#i0')?.instruction).toBeUndefined();
    const outside = planPage(`<h2>Incarichi extraistituzionali</h2><table><thead><tr><th>Ente conferente</th><th>Ruolo</th></tr></thead>
      <tbody>${Array.from({ length: 4 }, (_, i) => `<tr><td><input id="e${i}"></td><td><input id="r${i}"></td></tr>`).join('')}</tbody></table>`);
    const listed = outside.proposals.filter((x) => x.key === 'appointment.organization.name' && x.status === 'proposed').map((x) => x.source!.entryId!);
    // The outside posts first, then consultancies, which are outside activities too.
    const posts = entries.filter((e) => e.kind === 'appointment' && e.id !== 'demo-appointment-primary').map((e) => e.id);
    expect(listed.slice(0, posts.length).sort()).toEqual([...posts].sort());
    expect(listed).toHaveLength(4);
    expect(entries.find((e) => e.id === listed[3])?.kind).toBe('consulting');
    expect(listed).not.toContain('demo-appointment-primary');
  });

  it('a list of main posts holds the primary appointment only; a list of board seats holds advisory and board posts only', () => {
    const rows = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `<tr><td><input id="${prefix}${i}"></td><td><input id="${prefix}f${i}"></td></tr>`).join('');
    const head = '<thead><tr><th>Employeur / organisme</th><th>Fonction occupée</th></tr></thead>';
    const p = planPage(`<h1>Déclaration publique d'intérêts</h1><h2>1.1 Activité principale exercée actuellement</h2><table>${head}<tbody>${rows(2, 'm')}</tbody></table>
      <h2>2.1 Participation à une instance décisionnelle d'un organisme public ou privé</h2><table>${head}<tbody>${rows(3, 'b')}</tbody></table>`);
    const listed = (prefix: string) => p.proposals.filter((x) => x.selector.startsWith(`#${prefix}`) && x.key === 'appointment.organization.name' && x.status === 'proposed').map((x) => x.source!.entryId);
    expect(listed('m')).toEqual(['demo-appointment-primary']);
    expect(listed('b')).toEqual(['demo-appointment-advisory']);
  });

  it('a list of funding from for-profit bodies holds what companies fund, and a partnership\'s project is its title there', () => {
    const p = planPage(`<h2>3 Activités que vous dirigez et qui ont bénéficié d'un financement par un organisme à but lucratif</h2><table>
      <thead><tr><th>Activité ou projet financé</th><th>Organisme(s) à but lucratif financeur(s)</th></tr></thead>
      <tbody>${Array.from({ length: 3 }, (_, i) => `<tr><td><input id="a${i}"></td><td><input id="f${i}"></td></tr>`).join('')}</tbody></table>`);
    const filled = p.proposals.filter((x) => x.status === 'proposed');
    expect(filled.map((x) => x.source!.entryId)).toEqual(['demo-partnership-clearwater', 'demo-partnership-clearwater']);
    expect(at(p, '#a0')?.value).toBe('Sponsored research agreement on sensor drift correction');
    expect(at(p, '#f0')?.value).toBe('Clearwater Analytical Instruments, Inc.');
  });

  it('"Antragstellende Person" is the applicant; "laufende oder beantragte Drittmittel?" asks for other support; a spin-off stake is equity', () => {
    expect(keyOf('Vorname', ['Antragstellende Person (Hauptantragsteller:in)'])).toBe('person.givenName');
    const p = planPage(`<h2>Weitere Förderung</h2><fieldset><legend>Verfügen Sie derzeit über laufende oder beantragte Drittmittelförderungen?</legend>
      <label><input type="radio" name="q1" id="ja" value="J"> Ja</label><label><input type="radio" name="q1" id="nein" value="N"> Nein</label></fieldset>
      <fieldset><legend>Partecipa a società spin-off o start-up, ovvero detiene partecipazioni in società?</legend>
      <label><input type="radio" name="q2" id="si" value="S"> Sì</label><label><input type="radio" name="q2" id="no" value="N"> No</label></fieldset>`);
    expect(at(p, '#ja')?.instruction?.checked).toBe(true);
    expect(at(p, '#si')?.instruction?.checked).toBe(true);
  });
});

describe('Japanese vertical forms', () => {
  it('controls sharing a cell beside one row header are told apart by their titles; era dates (令和) fill era, year within it and month', () => {
    const era = (id: string, t: string) => `<select id="${id}" title="${t}"><option value="">--</option><option value="5">令和</option><option value="4">平成</option></select>`;
    const months = (id: string, t: string) => `<select id="${id}" title="${t}"><option value="">--</option>${Array.from({ length: 12 }, (_, i) => `<option value="${i + 1}">${i + 1}</option>`).join('')}</select>`;
    const p = planPage(`<h2>実施中の研究費</h2><table>
      <tr><th>研究課題名</th><td><input id="kadai"></td></tr>
      <tr><th>研究期間<span>必須</span></th><td>${era('sg', '研究期間（開始）元号')}<input id="sn" maxlength="2" title="研究期間（開始）年">年${months('sm', '研究期間（開始）月')}月 ～
        ${era('eg', '研究期間（終了）元号')}<input id="en" maxlength="2" title="研究期間（終了）年">年${months('em', '研究期間（終了）月')}月</td></tr>
      <tr><th>本人受給研究費（千円）</th><td>(2) 令和8年度 <input id="kin" title="本人受給研究費 (2) 令和8年度（千円）"> 千円</td></tr></table>`, [nih]);
    // 2023-04 is 令和5年4月; 2028-03 is 令和10年3月.
    expect(['sg', 'sn', 'sm', 'eg', 'en', 'em'].map((id) => at(p, `#${id}`)?.instruction?.value)).toEqual(['5', '5', '4', '5', '10', '3']);
    expect(at(p, '#kadai')?.instruction?.value).toBe(nih.title);
    // A fiscal year over an amount in thousands of yen is no year to fill.
    expect(at(p, '#kin')?.instruction).toBeUndefined();
  });

  it('姓 and 名 after a qualified name label (氏名（漢字等） 姓, 氏名（ローマ字） 姓) are family and given names; フリガナ is no name Candor knows', () => {
    expect(keyOf('氏名（漢字等） 姓', ['研究代表者情報'])).toBe('person.familyName');
    expect(keyOf('氏名（漢字等） 名', ['研究代表者情報'])).toBe('person.givenName');
    expect(keyOf('氏名（ローマ字） 姓', ['研究代表者情報'])).toBe('person.familyName');
    expect(keyOf('氏名（フリガナ）', ['研究代表者情報'])).toBeNull();
  });
});

describe('radios with no name', () => {
  it('a nameless Yes/No pair is asked by the long question before it', () => {
    const p = planPage(`<h2>Questionnaire</h2><div class="q"><label for="qn1" class="qtext">From any for-profit organization, did you receive during the disclosure period, or do you expect to receive in the next 12 months, salary, director's fees, consulting payments, honoraria, royalties; or other payments for patents, copyrights or other intellectual property; or other direct payments exceeding $5,000?</label>
      <div class="controls"><div class="opt"><label for="y1"><input id="y1" value="Yes" type="radio"> Yes</label></div><div class="opt"><label for="n1"><input id="n1" value="No" type="radio"> No</label></div></div></div>`);
    expect(at(p, '#y1')?.key).toBe('disclosure.consulting');
    expect(at(p, '#y1')?.instruction?.checked).toBe(true);
    expect(at(p, '#n1')?.instruction).toBeUndefined();
  });
});
