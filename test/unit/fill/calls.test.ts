/**
 * Portals met for the first time (DFG, ANR, SNSF, KAKENHI, CDMRP, ARC, Cariplo, the CCV): a funding
 * call is not a project's title, day-first dates in French, cards whose inner headings stay inside
 * them, toolbars that are no titles, lists of other people, and the boxes the researcher writes;
 * then Wellcome, ACS, DOE PAMS, FWF, INCa, NEDO, PRIN, the Royal Society, Simons, NWO, Prisma, Leverhulme, FRM,
 * VolkswagenStiftung, Telethon, Takeda, AHA, CFI, MRFF, Deutsche Krebshilfe, the Ligue contre le cancer, ANRS, AIFA,
 * Sumitomo, USDA NIFA, HHMI, MSCA, Humboldt, Fondation de France, Fondazione CRT, Uehara and SSHRC: own blocks,
 * yes/no questions, roles, boxes opened by "if yes".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { scopedContext, sectionContext } from '@/lib/fill/classify';
import { expectedCurrency, matchOption } from '@/lib/fill/format';
import { normalize } from '@/lib/fill/normalize';
import { disclosureAnswer, entryValue } from '@/lib/fill/values';
import { demo, descriptor, keyOf, labelled as labelledBox, planHere as planPage, proposalAt as at, sectionsOf, TEST_NOW as NOW } from './helpers';
import { safetyVerdict } from '@/lib/fill/plan';
import type { Entry } from '@/lib/model';

const { profile, entries } = demo();
const byId = (id: string) => entries.find((e) => e.id === id)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('what a list asks', () => {
  it('the call or scheme a grant came from is not its title, and the record holds none', () => {
    const support = ['Autres projets en cours'];
    expect(keyOf("Intitulé de l'appel à projets / programme", support)).toBe('support.scheme');
    expect(keyOf('資金制度・研究費名', ['(1) 応募中の研究費'])).toBe('support.scheme');
    expect(keyOf('Titre du projet *', support)).toBe('support.title');
    const p = planPage(`<h2>Autres projets en cours</h2><table><thead><tr><th>Intitulé de l'appel à projets</th><th>Titre du projet</th></tr></thead>
      <tbody><tr><td><input id="a0"></td><td><input id="t0"></td></tr><tr><td><input id="a1"></td><td><input id="t1"></td></tr></tbody></table>`);
    expect(at(p, '#a0')?.status).toBe('skipped');
    expect(at(p, '#t0')?.value).toBe((byId('demo-support-nsf-current') as { title: string }).title);
    expect(at(p, '#t1')?.value).toBe((byId('demo-support-nih-current') as { title: string }).title);
  });

  it('a French day-first hint ("jj/mm/aaaa") asks for the day: a month-precision start is its first day, an end its last', () => {
    const p = planPage(`<h2>Projets en cours</h2><label for="d">Date de début (jj/mm/aaaa)</label><input id="d"><label for="f">Date de fin (jj/mm/aaaa)</label><input id="f"><label for="t">Titre du projet</label><input id="t">`);
    expect(at(p, '#d')?.instruction?.value).toBe('01/08/2024');
    expect(at(p, '#f')?.instruction?.value).toBe('31/07/2027');
  });

  it('a list of reviewers not wanted, titled by a bold line of its own, names none of the researcher\'s details', () => {
    const p = planPage(`<h3>3. Conflits d'intérêts</h3><p><b>Personnes non souhaitées pour l'évaluation du projet</b><br><span>Vous pouvez indiquer au maximum trois personnes…</span></p>
      <table><thead><tr><th>Nom et prénom</th><th>Organisme / établissement</th></tr></thead><tbody><tr><td><input id="n"></td><td><input id="o"></td></tr></tbody></table>`);
    expect(at(p, '#n')?.status).toBe('skipped');
    expect(at(p, '#o')?.status ?? 'skipped').toBe('skipped');
  });

  it('a yes/no "other current or pending projects?" question is answered from the record', () => {
    const p = planPage(`<fieldset><legend>Avez-vous des projets en cours ou des requêtes pendantes auprès du FNS ou d'autres institutions d'encouragement ?</legend>
      <input type="radio" id="y" name="q" value="1"><label for="y">Oui</label><input type="radio" id="n" name="q" value="0"><label for="n">Non</label></fieldset>`);
    expect(at(p, '#y')?.status).toBe('proposed');
  });

  it('the researcher\'s own block headed "Principal Investigator (PI)" or "Coordinateur scientifique" takes their organisation', () => {
    expect(keyOf('* Organization Name:', ['Principal Investigator (PI)'])).toBe('person.organization');
    expect(keyOf("Pays de l'établissement *", ['1. Coordinateur / Coordinatrice scientifique'])).toBe('person.primaryOrganization.country');
  });
});

describe('cards and titles', () => {
  it('a heading inside one card titles nothing in the next', () => {
    const card = (n: number) => `<fieldset><legend>Financement ${n}</legend><label for="t${n}">Titre</label><input id="t${n}">
      <div><h4>Sources de financement</h4><label for="o${n}">Organisme</label><input id="o${n}"></div></fieldset>`;
    const sections = sectionsOf(`<h2>Historique du financement</h2>${card(1)}${card(2)}`);
    expect(sections.t2).toEqual(['Financement 2', 'Historique du financement']);
    expect(sections.o2).toEqual(['Financement 2', 'Sources de financement', 'Historique du financement']);
  });

  it('a bar holding only a "Delete entry" button is a toolbar, not the next card\'s title', () => {
    const card = (n: number) => `<fieldset><legend>Support Entry #${n}</legend><label for="t${n}">Title of Project</label><input id="t${n}">
      <div class="entrybar"><button type="button">Delete Entry</button></div></fieldset>`;
    const sections = sectionsOf(`<h2>Previous/Current/Pending Support</h2>${card(1)}${card(2)}`);
    expect(sections.t2).toEqual(['Support Entry #2', 'Previous/Current/Pending Support']);
  });
});

describe('values', () => {
  it('"En cours d\'évaluation" is pending, not the current choice that "en cours" begins; "Obtenu" is current', () => {
    const statuses = ["En cours d'évaluation", 'Obtenu', 'Refusé', 'Terminé'].map((text, i) => ({ value: `v${i}`, text }));
    expect(matchOption(statuses, 'current')?.text).toBe('Obtenu');
    expect(matchOption(statuses, 'pending')?.text).toBe("En cours d'évaluation");
    // A role glossed with a second name is found by it before a weaker synonym opens another option.
    const roles = ['Co-requérant-e', 'Collaborateur-trice / co-investigateur-trice', 'Partenaire de projet'].map((text, i) => ({ value: `r${i}`, text }));
    expect(matchOption(roles, 'co-I')?.text).toBe('Collaborateur-trice / co-investigateur-trice');
  });

  it('a select of currencies written out ("Dollar américain") under "Devise du montant total" takes the record\'s currency', () => {
    const currencies = ['Dollar canadien', 'Dollar américain', 'Euro', 'Livre sterling'].map((t, i) => `<option value="h${i}">${t}</option>`).join('');
    const p = planPage(`<h2>Historique du financement</h2><label for="t">Titre du financement</label><input id="t"><label for="m">Montant total</label><input id="m">
      <label for="c">Devise du montant total</label><select id="c"><option value="">--- Sélectionner ---</option>${currencies}</select>`);
    expect(at(p, '#c')?.value).toBe('Dollar américain');
  });

  it('"Paid?" asks an appointment in a list of outside activities too; a coordinator "if different" is blank when the researcher leads', () => {
    expect(entryValue('consulting.compensated', byId('demo-appointment-adjunct'), 'Vergütet?', NOW)).toEqual({ type: 'choice', value: 'no' });
    expect(entryValue('support.pdPi', byId('demo-support-nsf-current'), 'Coordinatore del progetto (se diverso dal Responsabile scientifico)', NOW)).toBeUndefined();
    expect(entryValue('support.pdPi', byId('demo-support-nih-current'), 'Coordinatore del progetto (se diverso dal Responsabile scientifico)', NOW)).toEqual({ type: 'text', text: 'Jordan Whitfield' });
    expect(keyOf('Ruolo del Responsabile scientifico nel progetto', ['Altri finanziamenti in corso e richiesti'])).toBe('support.role');
    expect(keyOf('Impegno del Responsabile scientifico (mesi/persona per anno)', ['Altri finanziamenti in corso e richiesti'])).toBe('support.effort.personMonths');
  });

  it('"If yes, please provide details" is a box the researcher writes; effort on other duties is not a grant\'s', () => {
    const p = planPage(`<fieldset><legend>Do you receive support from a foreign government?</legend><input type="radio" id="y" name="q"><label for="y">Yes</label><input type="radio" id="n" name="q"><label for="n">No</label></fieldset>
      <label for="d">If Yes, please provide details, including the name of the organisation(s)</label><textarea id="d"></textarea>`);
    expect(at(p, '#d')?.status ?? 'skipped').toBe('skipped');
    const otherDuties = '上記の応募中及び受入予定の研究費による研究活動以外の職務（教育活動、管理業務等）に係るエフォート';
    expect(keyOf(otherDuties, ['研究費の応募・受入等の状況'])).toBeNull();
    expect(keyOf(otherDuties, ['研究費の応募・受入等の状況'], { hints: ['％', 'sonota effort'] })).toBeNull();
  });

  it('a US federal funder on an Australian page ("en-AU") is an overseas government', () => {
    document.documentElement.lang = 'en-AU';
    const options = ['Australian Research Council', 'Other Australian Government', 'Australian – non-government', 'Overseas – government', 'Overseas – non-government (e.g. foundation, industry, university)'];
    const p = planPage(`<h2>Research Funding and Commitments</h2><p>Australian Research Council – list all other Australian and overseas grants.</p><table><thead><tr><th>Project title</th><th>Funding source</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><select id="s"><option value=""></option>${options.map((o, i) => `<option value="${i}">${o}</option>`).join('')}</select></td></tr></tbody></table>`);
    expect(at(p, '#s')?.value).toBe('Overseas – government');
    document.documentElement.lang = '';
  });

  it('"support from a foreign country of concern?" is answered from the organisations\' countries, not read as in-kind support', () => {
    const question = 'Does the PI receive, or has the PI applied for, funding or in-kind support from a foreign country of concern or from an entity based in one of those countries?';
    expect(keyOf(question, [], { type: 'radio' })).toBe('disclosure.countryOfConcern');
    expect(disclosureAnswer('disclosure.countryOfConcern', profile, entries, NOW)).toBe('no');
    const abroad = { ...byId('demo-appointment-adjunct'), organization: { name: 'Institute', country: 'RU' } } as (typeof entries)[number];
    expect(disclosureAnswer('disclosure.countryOfConcern', profile, [...entries, abroad], NOW)).toBe('yes');
  });

  it('a form\'s example with a decimal comma ("z. B. 1,5") writes person-months that way; a "Ja / Nein" radio is never a country', () => {
    const p = planPage(`<h2>Weitere Förderanträge / laufende Zuwendungen</h2><table><thead><tr><th>Thema des Vorhabens</th><th>Arbeitsanteil Personenmonate p. a., z. B. 1,5</th></tr></thead>
      <tbody><tr><td><input id="t0"></td><td><input id="p0"></td></tr><tr><td><input id="t1"></td><td><input id="p1"></td></tr></tbody></table>
      <fieldset><legend>Wurde für dieses Vorhaben bei einer anderen Stelle (Bund, Land, EU o. a.) eine Förderung beantragt?</legend>
      <input type="radio" id="j" name="a" value="j"><label for="j">Ja</label><input type="radio" id="n" name="a" value="n"><label for="n">Nein</label></fieldset>`);
    expect(at(p, '#p1')?.instruction?.value).toBe('0,6');
    expect(at(p, '#j')?.key ?? null).not.toBe('support.organization.country');
    expect(at(p, '#j')?.status ?? 'skipped').toBe('skipped');
  });

  it('the project lead\'s own block ("2. Projektleiter/in") takes the researcher\'s institution; a statement on all the projects above is the researcher\'s', () => {
    expect(keyOf('Einrichtung', ['2. Projektleiter/in'])).toBe('person.organization');
    expect(keyOf('Inhaltliche und finanzielle Abgrenzung der oben genannten Vorhaben zum vorliegenden Antrag', ['Weitere Förderanträge'], { type: 'textarea' })).toBeNull();
  });

  it('headings: "Competing interests" lists interests and consultancies; "Altre affiliazioni" posts besides the main one; "obtenu et demandé" both held and asked; "Identification" the researcher\'s block', () => {
    expect(sectionContext(['Competing interests'])).toMatchObject({ kind: 'financialInterest', ties: true });
    expect(sectionContext(['B.3 Altre affiliazioni', 'Sezione B – Principal Investigator'])).toMatchObject({ kind: 'appointment' });
    expect(sectionContext(['3. Financement obtenu et demandé']).status).toBeUndefined();
    expect(keyOf("Établissement ou organisme d'attache *", ['1. Identification'])).toBe('person.organization');
  });

  it('"$ CA" is Canadian dollars, "A$" Australian; a start-up is an "entreprise en démarrage"', () => {
    expect(expectedCurrency(labelledBox('Valeur approximative ($ CA)'))).toBe('CAD');
    expect(expectedCurrency(labelledBox('Amount (A$)'))).toBe('AUD');
    expect(expectedCurrency(labelledBox('Amount ($)'))).toBe('USD');
    expect(matchOption(['Actions ou parts', 'Entreprise en démarrage (cofondateur)', 'Redevances'].map((text, i) => ({ value: `i${i}`, text })), 'startup')?.text).toBe('Entreprise en démarrage (cofondateur)');
  });

  it('"Date commenced in current position" is when the primary appointment began; "Time commitment (FTE)" a fraction of one post', () => {
    const p = planPage(`<h2>Personal details</h2><label for="s">Date commenced in current position</label><input id="s" placeholder="DD/MM/YYYY">
      <h2>Research support</h2><table><thead><tr><th>Title</th><th>Time commitment (FTE)</th></tr></thead><tbody><tr><td><input id="t"></td><td><input id="f"></td></tr></tbody></table>`);
    expect(at(p, '#s')?.instruction?.value).toBe('01/09/2019');
    expect(at(p, '#f')?.key).toBe('support.fteFraction');
    expect(at(p, '#f')?.instruction?.value).toBe('0.08');
  });

  it('a column for "scheme (funding body)" takes the funder when the record has no scheme; a scheme column alone stays empty', () => {
    const table = (header: string) => planPage(`<h3>研究費の応募・受入等の状況</h3><table><thead><tr><th>${header}</th><th>研究課題名</th></tr></thead><tbody><tr><td><input id="s"></td><td><input id="t"></td></tr></tbody></table>`);
    expect(at(table('資金制度・研究費名（配分機関等名）'), '#s')?.value).toBe('U.S. National Science Foundation');
    expect(at(table('資金制度・研究費名'), '#s')?.status).toBe('skipped');
  });

  it('in a list of posts, "所属機関名" is each post\'s organisation; a foundation abroad is "Overseas non-government"', () => {
    expect(keyOf('所属機関名', ['現在の全ての所属機関・役職'])).toBe('appointment.organization.name');
    expect(keyOf('Current organisation', ['Part G – Research Support'])).toBe('person.organization');
    document.documentElement.lang = 'en-AU';
    const options = ['NHMRC', 'Other Australian Government', 'Australian non-government (e.g. philanthropic, industry)', 'Overseas government', 'Overseas non-government (e.g. philanthropic, industry)'];
    const p = planPage(`<h2>Research support</h2><table><thead><tr><th>Project title</th><th>Funding source</th></tr></thead><tbody>${[0, 1, 2].map((i) => `<tr><td><input id="t${i}"></td><td><select id="s${i}"><option value=""></option>${options.map((o, j) => `<option value="${j}">${o}</option>`).join('')}</select></td></tr>`).join('')}</tbody></table>`);
    document.documentElement.lang = '';
    expect(at(p, '#s0')?.value).toBe('Overseas government');
    expect(at(p, '#s2')?.value).toBe('Overseas non-government (e.g. philanthropic, industry)');
  });

  it('Belgian and NASA wordings: an ongoing box, a file reference, the date of taking up a post, the PI\'s team-member block', () => {
    expect(keyOf('En cours (pas de date de fin)', ['Mandats et fonctions'], { type: 'checkbox' })).toBe('appointment.ongoing');
    expect(keyOf('Référence du dossier', ['Autres financements obtenus ou demandés'])).toBe('support.awardNumber');
    expect(keyOf("Date d'entrée en fonction", ['Coordonnées du candidat'])).toBe('person.positionStart');
    expect(keyOf("Date d'entrée en fonction", ['Situation professionnelle actuelle'])).toBe('appointment.startDate');
    expect(keyOf('* Organization:', ['Proposal Team — Team Member Information: PI'])).toBe('person.organization');
  });

  it('Finnish and Italian forms: an "Instructions" toggle titles nothing; employment "and other affiliations" includes the main post; d.m.yyyy; "ricevuti o richiesti" both', () => {
    const p = planPage(`<h2>Employment and affiliations</h2><details><summary>Instructions</summary><p>Enter your employment relationships and other affiliations that are current or have ended during the past three years.</p></details>
      <table><thead><tr><th>Organisation</th><th>Start date d.m.yyyy</th></tr></thead><tbody><tr><td><input id="o"></td><td><input id="s"></td></tr></tbody></table>`);
    expect(at(p, '#o')?.value).toBe('University of Michigan');
    expect(at(p, '#s')?.instruction?.value).toBe('1.9.2019');
    expect(keyOf('Funding period begins d.m.yyyy', ['Other funding'])).toBe('support.startDate');
    expect(keyOf('Funding period ends d.m.yyyy', ['Other funding'])).toBe('support.endDate');
    expect(sectionContext(['Elenco dei finanziamenti', 'Altri finanziamenti ricevuti o richiesti']).status).toBeUndefined();
  });

  it('"Amount (DKK)" takes no US dollars; "Applications under assessment" are pending; a "grant holder" is the PI', () => {
    expect(expectedCurrency(labelledBox('Amount (DKK)'))).toBe('DKK');
    expect(expectedCurrency(labelledBox('List ALL grants'))).toBeUndefined();
    const p = planPage(`<h2>Granted funding</h2><table><thead><tr><th>Project title</th><th>Amount (DKK)</th></tr></thead><tbody><tr><td><input id="t"></td><td><input id="a"></td></tr></tbody></table>`);
    expect(at(p, '#a')?.reason).toBe('currency-mismatch');
    expect(sectionContext(['Applications under assessment', 'Other grants and applications']).status).toBe('pending');
    expect(keyOf('Principal investigator / grant holder *', ['Other funding: current and pending'])).toBe('support.pdPi');
  });
});

describe('Wellcome, ACS, DOE PAMS, FWF, INCa, NEDO, PRIN and the Royal Society', () => {
  it('an organisation block inside the senior/key person\'s page or under "Coordonnateur du projet" is the researcher\'s own', () => {
    const senior = ['Organization and Location', 'Senior/Key Person Information', 'Current and Pending Support (Other Support)'];
    expect(keyOf('Organization Name *', senior)).toBe('person.organization');
    expect(keyOf('City *', senior)).toBe('person.primaryOrganization.city');
    expect(keyOf('State/Province', senior)).toBe('person.primaryOrganization.region');
    expect(keyOf("Organisme d'appartenance (employeur) *", ['Coordonnateur du projet'])).toBe('person.organization');
    expect(keyOf('Unité / laboratoire / service', ['Coordonnateur du projet'])).toBe('person.department');
    expect(keyOf('Pays *', ['Coordonnateur du projet'], { type: 'select' })).toBe('person.primaryOrganization.country');
  });

  it('a block for the main post alone asks the researcher\'s position title; a history "alongside your current position" leaves the main post out', () => {
    expect(keyOf('Position title', ['Current position', 'Lead applicant'])).toBe('person.positionTitle');
    expect(keyOf('Funktion / Position', ['Derzeitige Anstellung', 'Antragsteller/in'])).toBe('person.positionTitle');
    expect(keyOf('Position', ['Career history'])).toBe('appointment.role');
    const p = planPage(`<h3>Career history</h3><p class="hint">List your previous positions, and any other positions you hold alongside your current position. You do not need to include your current position again.</p>
      <label for="o">Organisation</label><input id="o">`);
    expect(at(p, '#o')?.value).toBe('University of Oxford');
  });

  it('yes/no questions: applications under consideration, posts in another country, a country of risk, foreign research money, other funders, the tobacco industry', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    expect(keyOf('Do you have any other applications for research funding that are currently under consideration?', [], radio)).toBe('disclosure.pendingSupport');
    expect(keyOf('Do you currently hold any paid or unpaid appointment, affiliation or position with an organisation based outside the country of your employing organisation?', [], radio)).toBe('disclosure.foreignAppointment');
    expect(keyOf('7. Does the Applicant/PI currently hold an appointment at, or receive research support from, an institution, funding organization or government outside the United States?', [], radio)).toBe('disclosure.foreignAppointment');
    expect(keyOf('5. Does the senior/key person receive any support, appointment, or in-kind resource from an entity of a foreign country of risk?', [], radio)).toBe('disclosure.countryOfConcern');
    expect(keyOf('(3) 外国の政府・機関・企業・財団等からの研究資金の受入れ（応募中のものを含む）', [], radio)).toBe('disclosure.foreignSupport');
    expect(keyOf('Il PI è titolare o partecipa a progetti di ricerca in corso, oppure ha presentato richieste di finanziamento ancora in valutazione, presso altri enti finanziatori?', [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf('6. Does the Applicant/PI currently receive research funding, consulting fees or other payment from the tobacco industry or from an entity owned or controlled by a tobacco company?', [], radio)).toBe('disclosure.tobaccoIndustry');
  });

  it('the tobacco-industry question is answered from the organisations the entries name', () => {
    expect(disclosureAnswer('disclosure.tobaccoIndustry', profile, entries, NOW)).toBe('no');
    const consulting = entries.find((e) => e.kind === 'consulting')!;
    const tied = [...entries, { ...consulting, id: 'tobacco', organization: { ...consulting.organization, name: 'Philip Morris International' } } as typeof consulting];
    expect(disclosureAnswer('disclosure.tobaccoIndustry', profile, tied, NOW)).toBe('yes');
  });

  it('boxes about everything declared above, or after "if you answered yes", are the researcher\'s; a list of reviewers to exclude takes no entry', () => {
    const box = { type: 'textarea' as const };
    expect(keyOf('5. Describe each interest disclosed above (entity, nature of the interest, and how it relates to the proposed research).', ['Conflict of Interest'], { ...box, hints: ['coi description'] })).toBeNull();
    expect(keyOf('Falls Sie eine der Fragen 1–3 mit „ja“ beantwortet haben: Erläuterung', ['Interessenkonflikte'], box)).toBeNull();
    expect(keyOf('申告内容の詳細（企業等の名称、関係の内容、管理の状況等）', ['利益相反'], box)).toBeNull();
    expect(keyOf('Descrivere eventuali sovrapposizioni (scientifiche, di budget o di impegno) tra i progetti sopra elencati e il progetto proposto', ['Altri finanziamenti'], box)).toBeNull();
    expect(keyOf('Personen, die nicht als Gutachter/innen herangezogen werden sollen (jeweils mit Institution)', ['Nebentätigkeiten'], box)).toBeNull();
  });

  it('checkboxes naming types of interest are ticked from the record unless they sit beside an entity\'s name', () => {
    const p = planPage(`<h2>Conflict of Interest</h2><p>2. Has the PI received fees from a for-profit entity related to the proposed research?</p>
      <label><input type="radio" name="inc" id="iy" value="Y"> Yes</label><label><input type="radio" name="inc" value="N"> No</label>
      <fieldset><legend>3. Check all types of interest that apply</legend><label><input type="checkbox" id="eq"> Equity or ownership interest</label>
      <label><input type="checkbox" id="ro"> Royalties or licensing income</label></fieldset>`);
    expect(at(p, '#eq')).toMatchObject({ key: 'disclosure.equity', status: 'proposed' });
    expect(at(p, '#ro')).toMatchObject({ key: 'disclosure.royalty', status: 'proposed' });
  });

  it('roles: "Ko-Projektleiter/in" and "Co-coordonnateur" are co-PIs, "Coordonnateur" the PI', () => {
    const fwf = ['Projektleiter/in', 'Ko-Projektleiter/in', 'Mitantragsteller/in', 'Mitarbeiter/in'].map((text, i) => ({ value: `r${i}`, text }));
    expect(matchOption(fwf, 'co-PI')?.text).toBe('Ko-Projektleiter/in');
    const inca = ['Coordonnateur', 'Co-coordonnateur', 'Partenaire (responsable de tâche / co-investigateur)'].map((text, i) => ({ value: `r${i}`, text }));
    expect(matchOption(inca, 'PI')?.text).toBe('Coordonnateur');
    expect(matchOption(inca, 'co-PI')?.text).toBe('Co-coordonnateur');
  });
});

describe('Simons, NWO, Prisma, Leverhulme, FRM, VolkswagenStiftung, Telethon and Takeda', () => {
  it('"1．申請者" is a numbered part of the form: its address boxes are the researcher\'s institution\'s, its phone and recommender are not', () => {
    expect(keyOf('市区町村', ['1．申請者'])).toBe('person.primaryOrganization.city');
    expect(keyOf('国名（海外の場合）', ['1．申請者'])).toBe('person.primaryOrganization.country');
    expect(keyOf('番地・建物名', ['1．申請者'], { hints: ['所属機関所在地'] })).toBeNull();
    expect(keyOf('電話番号（所属機関）', ['1．申請者'])).toBeNull();
    expect(keyOf('推薦者氏名', ['推薦者（所属機関長）', '1．申請者'])).toBeNull();
    expect(keyOf('所属機関名', ['1．申請者'])).toBe('person.organization');
  });

  it('"受給・申請状況" lists what is held and what is applied for', () => {
    expect(sectionContext(['2．他の研究助成の受給・申請状況']).status).toBeUndefined();
  });

  it('a question naming one organisation asks about ties to it alone', () => {
    const p = planPage(`<p>Do you have any other application currently under consideration by the Leverhulme Trust?</p>
      <fieldset><legend>Do you have any other application currently under consideration by the Leverhulme Trust?</legend>
      <label><input type="radio" name="lt" id="lt-y" value="Y"> Yes</label><label><input type="radio" name="lt" id="lt-n" value="N"> No</label></fieldset>
      <fieldset><legend>Do you currently hold any grants from the Wellcome Trust?</legend>
      <label><input type="radio" name="wt" id="wt-y" value="Y"> Yes</label><label><input type="radio" name="wt" id="wt-n" value="N"> No</label></fieldset>`);
    expect(at(p, '#lt-n')).toMatchObject({ key: 'disclosure.pendingSupport', status: 'proposed' });
    expect(at(p, '#wt-y')).toMatchObject({ key: 'disclosure.currentSupport', status: 'proposed' });
  });

  it('"If yes, name the funding body" after a yes/no question is the researcher\'s to write; after a row\'s own choice it stays the row\'s', () => {
    const p = planPage(`<h2>Other funding</h2><fieldset><legend>Has this proposal been submitted to another funder?</legend>
      <label><input type="radio" name="q" value="Y"> Yes</label><label><input type="radio" name="q" value="N"> No</label></fieldset>
      <label for="fb">If yes, please name the funding body and the date of submission</label><input id="fb">`);
    expect(at(p, '#fb')?.status ?? 'skipped').toBe('skipped');
    const rows = planPage(`<h2>Consulting</h2><table><thead><tr><th>Company</th><th>Paid?</th><th>If yes, amount per year ($)</th></tr></thead><tbody>
      <tr><td><input id="c"></td><td><label><input type="radio" name="p0" value="Y"> Yes</label><label><input type="radio" name="p0" value="N"> No</label></td><td><input id="a"></td></tr></tbody></table>`);
    expect(at(rows, '#a')).toMatchObject({ key: 'consulting.compensation.amount', status: 'proposed' });
  });

  it('yes/no questions met this round: posts abroad (en, it), other posts besides the current one, other funding, fees from a company; relatives are not the researcher', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    expect(keyOf('4. Do you currently hold an appointment or affiliation (paid or unpaid, including adjunct, visiting or honorary) at an institution or organization outside the United States?', [], radio)).toBe('disclosure.foreignAppointment');
    expect(keyOf('Ricopre attualmente incarichi, affiliazioni o posizioni, anche non retribuiti, presso enti con sede in un Paese diverso da quello del suo ente di appartenenza?', [], radio)).toBe('disclosure.foreignAppointment');
    expect(keyOf('In addition to your current post, do you hold any other appointments (paid or unpaid)?', [], radio)).toBe('disclosure.outsideAppointment');
    expect(keyOf('Do you currently have research funding from other sources, or have applications pending with other funding organisations?', [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf('5. Au cours des trois dernières années, une entreprise vous a-t-elle versé des honoraires ?', [], radio)).toBe('disclosure.consulting');
    expect(keyOf("6. À votre connaissance, un membre de votre famille proche a-t-il des liens d'intérêts ?", [], radio)).toBeNull();
  });

  it('columns and boxes: a registration number, an activity level in percent, a post title, a date a degree was awarded, a fee per year', () => {
    expect(keyOf('Reg no or equiv.', ['Other funding'])).toBe('support.awardNumber');
    expect(keyOf('Activity level (%)', ['Other funding'])).toBe('support.percentOfTime');
    expect(keyOf('Post title *', ['Current post', 'Principal Applicant details'])).toBe('person.positionTitle');
    expect(keyOf('Date awarded', ['Principal Applicant details'], { hints: ['qualification date'] })).toBeNull();
    expect(keyOf('Entgelt pro Jahr (EUR)', ['Nebentätigkeiten'])).toBe('consulting.compensation.amount');
    expect(sectionContext(['Appointment 1', 'Other appointments and affiliations', '2. Main applicant']).appointmentTypes).not.toContain('primary');
    expect(matchOption(['Beratungs-/Konsulententätigkeit', 'Gutachtertätigkeit'].map((text, i) => ({ value: `t${i}`, text })), 'consulting')?.text).toBe('Beratungs-/Konsulententätigkeit');
  });
});

describe('AHA, CFI, MRFF, Deutsche Krebshilfe, Ligue contre le cancer, ANRS, AIFA and Sumitomo', () => {
  it('a question over a list that asks what is held "or requested" takes both', () => {
    expect(sectionContext(['\u21b3 Does this chief investigator hold, or have they requested, any other research funding', 'Other research funding (current and requested)']).status).toBeUndefined();
  });

  it('a text area is written out: an overlap "(scientific, budgetary, time/effort)" is no person-months', () => {
    expect(keyOf('Overlap with other funding or with this CFI proposal (scientific, budgetary, time/effort)', ['Research funding'], { type: 'textarea' })).toBe('support.overlap');
  });

  it('a soft hyphen does not split a word ("Arbeits\u00adanteil in %"); funders, companies, ongoing boxes, fees, travel paid for', () => {
    expect(keyOf('Eigener Arbeits\u00adanteil in %', ['Anderweitige Förderungen'])).toBe('support.percentOfTime');
    expect(keyOf('Förderinstitution', ['Anderweitige Förderungen'])).toBe('support.organization.name');
    expect(keyOf("Denominazione dell'impresa", ['Consulenze'])).toBe('consulting.organization.name');
    expect(keyOf('andauernd', ['Nebentätigkeiten'], { type: 'checkbox' })).toBe('consulting.ongoing');
    const radio = { type: 'radio' as const, options: [{ value: 'O', text: 'Oui' }] };
    expect(keyOf('4. Une entreprise a-t-elle pris en charge, au cours des cinq dernières années, vos frais de déplacement ?', [], radio)).toBe('disclosure.industryTravel');
  });

  it('the researcher\'s own block: "Requérant·e principal·e", "Dati del Principal Investigator"; a phone or a certified e-mail (PEC) takes nothing', () => {
    expect(keyOf('Localité', ['2. Requérant·e principal·e'])).toBe('person.primaryOrganization.city');
    expect(keyOf('Fonction actuelle', ['2. Requérant·e principal·e'])).toBe('person.positionTitle');
    expect(keyOf('Città (sede di lavoro)', ['Sezione A – Dati del Principal Investigator (PI)'])).toBe('person.primaryOrganization.city');
    expect(keyOf('PEC (Posta Elettronica Certificata)', ['Sezione A – Dati del Principal Investigator (PI)'])).toBeNull();
    expect(keyOf('Phone number *', ['Chief investigator details'], { hints: ['Include the country and area code, for example +61 2 6289 1555.'] })).toBeNull();
    expect(keyOf('Requérant·e principal·e du subside', ['7. Autres soutiens financiers (obtenus ou demandés)'])).toBe('support.pdPi');
  });

  it('"has no active or pending research support" is unticked when the record has some; the proposed research\'s foreign component is no question of the record', () => {
    const p = planPage(`<h2>Other Support</h2><label><input type="checkbox" id="none"> The Applicant/PI has no active or pending research support</label>
      <table><thead><tr><th>Project title</th></tr></thead><tbody><tr><td><input id="t"></td></tr></tbody></table>`);
    expect(at(p, '#none')).toMatchObject({ key: 'disclosure.noneInSection' });
    expect(at(p, '#none')?.instruction?.checked ?? false).toBe(false);
    expect(keyOf('7. Will any portion of the proposed AHA-funded research be performed outside the United States (foreign component)?', [], { type: 'radio', options: [{ value: 'Y', text: 'Yes' }] })).toBeNull();
  });

  it('roles: "Mitwirkende/r Wissenschaftler/in" is a co-investigator, "Requérant·e principal·e" the PI', () => {
    expect(matchOption(['Projektleiter/in', 'Mitwirkende/r Wissenschaftler/in', 'sonstige Funktion'].map((text, i) => ({ value: `r${i}`, text })), 'co-I')?.text).toBe('Mitwirkende/r Wissenschaftler/in');
    expect(matchOption(['Requérant·e principal·e', 'Co-requérant·e', 'Partenaire'].map((text, i) => ({ value: `r${i}`, text })), 'PI')?.text).toBe('Requérant·e principal·e');
  });
});

describe('USDA NIFA, HHMI, MSCA, Humboldt, Fondation de France, Fondazione CRT, Uehara and SSHRC', () => {
  it('"Altri contributi ricevuti o richiesti" is a list of support held and asked for; "Codice / n. progetto" its award number', () => {
    const context = sectionContext(['B. Altri contributi ricevuti o richiesti', 'Bando Ricerca 2027 – Richiesta di contributo']);
    expect(context.kind).toBe('support');
    expect(context.status).toBeUndefined();
    expect(keyOf('Codice / n. progetto', ['B. Altri contributi ricevuti o richiesti'])).toBe('support.awardNumber');
  });

  it('questions met this round: other funding held or applied for (en, fr), other posts besides the primary or host institution (en, ja)', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    expect(keyOf('Do you currently hold, or have you applied for, research funding from any other source?', [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf("Le projet ou des projets proches ont-ils fait l'objet d'autres demandes de financement, obtenues ou en cours ?", [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf('Do you currently hold any appointment or affiliation (paid or unpaid) with an organization other than your primary affiliation?', [], radio)).toBe('disclosure.outsideAppointment');
    expect(keyOf('Does the supervisor currently hold any other appointment (e.g. adjunct, visiting, honorary or advisory position) at an organisation other than this participant?', [], radio)).toBe('disclosure.outsideAppointment');
    expect(keyOf('現在、所属機関以外の大学・研究機関・企業・団体等において兼業（兼職、客員・非常勤、顧問・コンサルタント、委員等）を行っていますか。', [], radio)).toBe('disclosure.outsideAppointment');
  });

  it('an "Edit researcher" block is the researcher\'s own; a lab or team is the department; "Mitverantwortliche/r Wissenschaftler/in" a co-investigator', () => {
    expect(keyOf('Organisation (legal name)', ['Researchers involved in this proposal — Edit researcher (supervisor)', '2 - Participants'])).toBe('person.organization');
    expect(keyOf('Laboratoire / équipe / service', ['Responsable scientifique'])).toBe('person.department');
    expect(matchOption(['Projektleiter/in', 'Mitverantwortliche/r Wissenschaftler/in', 'Mitarbeiter/in'].map((text, i) => ({ value: `r${i}`, text })), 'co-I')?.text).toBe('Mitverantwortliche/r Wissenschaftler/in');
  });
});

describe('paid seats and boxes describing each interest', () => {
  it('a checkbox for "paid membership on an advisory board" stays unticked for an unpaid seat; "paid or unpaid" asks about both', () => {
    const box = (label: string) => planPage(`<h2>Conflict of Interest</h2><fieldset><legend>Check all types of interest that apply</legend>
      <label><input type="checkbox" id="b"> ${label}</label><label><input type="checkbox" id="c"> Consulting fees</label></fieldset>`);
    const paid = at(box('Paid membership on a scientific advisory board or board of directors'), '#b');
    expect(paid?.key).toBe('disclosure.board');
    expect(paid?.instruction?.checked ?? false).toBe(false);
    expect(at(box('Membership (paid or unpaid) on a scientific advisory board'), '#b')?.instruction?.checked).toBe(true);
  });

  it('"Describe each interest and how the conflict is managed" is the researcher\'s to write', () => {
    expect(keyOf('Describe each interest and how the conflict is, or will be, managed', ['Conflict of interest'], { type: 'textarea', hints: ['coi details'] })).toBeNull();
  });
});


describe('Gates, SFI, MJFF, Carl-Zeiss-Stiftung, ATIP-Avenir, Ricerca Finalizzata, Naito and FNR', () => {
  const radio = (text: string) => ({ type: 'radio' as const, options: [{ value: 'Y', text }] });
  const yesNo = (legend: string) => `<fieldset><legend>${legend}</legend><label><input type="radio" name="q" id="y" value="Y">Yes</label><label><input type="radio" name="q" id="n" value="N">No</label></fieldset>`;

  it('a sub-heading naming one kind of interest keeps it first under a conflict-of-interest heading; one naming patents takes royalties alone', () => {
    const row = `<table><thead><tr><th>Company / Organisation</th></tr></thead><tbody><tr><td><input id="o0"></td></tr></tbody></table>`;
    expect(at(planPage(`<h2>Declaration of Interests</h2><h3>Details of Financial / Commercial Interests</h3>${row}`), '#o0')?.value).toBe('AquaVolt Sensors LLC');
    const patents = planPage(`<h2>Déclaration de liens d'intérêts</h2><h3>3. Inventions, brevets et redevances</h3><label for="b">Organisme versant les redevances / titulaire du brevet</label><input id="b">`);
    expect(at(patents, '#b')).toMatchObject({ key: 'financialInterest.organization.name', value: 'University of Michigan' });
    expect(sectionContext(['2. Participations financières directes dans le capital d\'une société']).interestTypes).toEqual(['equity', 'startup']);
    // Type choices offering nothing for a consultancy: the list keeps to financial interests.
    const typed = planPage(`<h2>利益相反</h2><table><thead><tr><th>企業・団体名</th><th>区分</th></tr></thead><tbody><tr><td><input id="k0"></td>
      <td><select id="t0"><option value="">選択</option><option value="1">株式・出資</option><option value="2">特許権・実用新案権等の保有</option><option value="3">特許権使用料（ロイヤリティ）</option></select></td></tr></tbody></table>`);
    expect(at(typed, '#k0')?.value).toBe('AquaVolt Sensors LLC');
    expect(sectionContext(["Détail des liens d'intérêts déclarés (activités de conseil, participations financières, brevets et redevances)"]).interestTypes).toBeUndefined();
  });

  it('questions on funding from the funder named in them, on employment by a company, and on posts beside the organisation named earlier', () => {
    expect(keyOf('Has the Project Lead previously received a grant from the Bill & Melinda Gates Foundation?', [], radio('Yes'))).toBe('disclosure.supportReceived');
    expect(keyOf('過去に内藤記念科学振興財団の助成金を受領したことがありますか。', [], radio('はい'))).toBe('disclosure.supportReceived');
    expect(keyOf('Erhalten Sie derzeit eine Förderung durch die Carl-Zeiss-Stiftung?', [], radio('Ja'))).toBe('disclosure.currentSupport');
    expect(keyOf("Il PI è lavoratore dipendente di un'impresa privata?", [], radio('Sì'))).toBe('disclosure.companyEmployment');
    expect(keyOf('Does the PI currently hold ongoing grants or have pending grant applications (FNR or other funders)?', [], radio('Yes'))).toBe('disclosure.otherSupport');
    expect(disclosureAnswer('disclosure.supportReceived', profile, entries, NOW)).toBe('yes');
    expect(disclosureAnswer('disclosure.companyEmployment', profile, entries, NOW)).toBe('no');
    const atCompany = [{ ...byId('demo-appointment-adjunct'), organization: { name: 'Rheinland Membrane Technologies GmbH', country: 'DE' } }] as typeof entries;
    expect(disclosureAnswer('disclosure.companyEmployment', profile, atCompany, NOW)).toBe('yes');
    // No grant in the record comes from the foundation the question names.
    expect(at(planPage(`<h2>Other funding</h2>${yesNo('Has the Project Lead previously received a grant from the Bill &amp; Melinda Gates Foundation?')}`), '#n')?.instruction?.checked).toBe(true);
    expect(at(planPage(`<h2>Weitere Förderungen</h2>${yesNo('Erhalten Sie derzeit eine Förderung durch die Carl-Zeiss-Stiftung?')}`), '#n')?.instruction?.checked).toBe(true);
    const affiliations = planPage(`<h2>Conflicts of Interest and Affiliations</h2>${yesNo('In addition to the organization named in Section 1, does the Project Lead currently hold, or has the Project Lead held within the past three years, any appointment or affiliation with another organization?')}
      <p>If yes, list each appointment or affiliation below. Do not repeat the organization named in Section 1.</p>
      <table><thead><tr><th>Organization</th></tr></thead><tbody><tr><td><input id="a0"></td></tr></tbody></table>`);
    expect(at(affiliations, '#y')?.key).toBe('disclosure.outsideAppointment');
    expect(at(affiliations, '#a0')?.value).toBe('University of Oxford');
  });

  it('"Applicant/PI" is the researcher\'s own block, where "〒" is a postal code; labels met this round', () => {
    const own = planPage(`<h2>Applicant/PI</h2><label for="o">Organization/Institution *</label><input id="o"><label for="c">City *</label><input id="c">`);
    expect(at(own, '#o')?.value).toBe('University of Michigan');
    expect(at(own, '#c')?.value).toBe('Ann Arbor');
    expect(keyOf('〒', ['1. 申請者情報'])).toBeNull();
    expect(keyOf('% Time Committed', ['Other Funding'])).toBe('support.percentOfTime');
    expect(keyOf('PI time (% FTE)', ['Other funding'])).toBe('support.percentOfTime');
    expect(keyOf('Drittmittelgeber', ['Laufende Drittmittel'])).toBe('support.organization.name');
    expect(keyOf('資金制度・助成機関名', ['2. 他の研究助成の受給・申請状況'])).toBe('support.organization.name');
    expect(keyOf('An der Einrichtung tätig seit', ['Antragsteller/in'])).toBe('person.positionStart');
    expect(keyOf('Year Ended (YYYY)', ['Conflict of Interest'])).toBe('financialInterest.endDate');
    expect(keyOf('Codice / n. del progetto', ['Altri finanziamenti'])).toBe('support.awardNumber');
    expect(matchOption([{ value: '1', text: '役員・顧問職（コンサルタント契約を含む）' }, { value: '2', text: '株式の保有・出資（起業を含む）' }], 'consulting')?.value).toBe('1');
    expect(entryValue('support.description', byId('demo-partnership-clearwater'), "Objet de l'activité", NOW)).toEqual({ type: 'text', text: 'Sponsored research agreement on sensor drift correction' });
  });
});

describe('Alzheimer\'s Association, BHF, Breakthrough T1D, Fritz Thyssen, ANSES, Compagnia di San Paolo, Mitsubishi and Wenner-Gren', () => {
  it('French inclusive endings read as the role: "Coordinateur·rice scientifique" is the researcher\'s own block, "Nom du coordinateur·rice" a grant\'s holder', () => {
    expect(normalize('Coordinateur·rice scientifique du projet')).toBe('coordinateur scientifique du projet');
    expect(normalize('candidat·e·s')).toBe('candidat');
    expect(normalize('• Item')).toBe('item');
    expect(keyOf('Ville *', ['1. Coordinateur·rice scientifique du projet'])).toBe('person.primaryOrganization.city');
    expect(keyOf('Nom du coordinateur·rice du projet', ['2. Autres financements obtenus ou demandés'])).toBe('support.pdPi');
  });

  it('a checkbox under a certification\'s own heading is never ticked, and "I have read … and confirm" certifies', () => {
    const p = planPage(`<h2>Applicant Certification</h2><p>Tick each box that applies.</p><p><label><input type="checkbox" id="c1"> Equity or stock options in a company</label></p>
      <label><input type="checkbox" id="c2"> I have read the Foundation's Conflict of Interest Policy and confirm that all interests have been disclosed.</label>`);
    expect(at(p, '#c1')).toMatchObject({ status: 'skipped', reason: 'certification' });
    expect(at(p, '#c2')).toMatchObject({ status: 'skipped', reason: 'certification' });
  });

  it('a question asking about funding applied for or received takes both into its list, whatever the heading above says', () => {
    const context = sectionContext(['↳ Have you applied for or received other funding for this project, or do you currently hold grant support from any other source', '5 Other Funding & Current Support']);
    expect(context.kind).toBe('support');
    expect(context.status).toBeUndefined();
    expect(keyOf('Have you applied for or received other funding for this project, or do you currently hold grant support from any other source?', [], { type: 'radio', options: [{ value: 'Y', text: 'Yes' }] })).toBe('disclosure.otherSupport');
  });

  it('time committed to this application is not a list\'s effort; a relationship with the funder\'s staff is not a board seat; labels met this round', () => {
    expect(keyOf('Time commitment to this application (% of full-time) *', ['Other funding: current and pending'])).toBeNull();
    expect(keyOf("Are you related to, or do you have a close personal or professional relationship with, a member of the Foundation's staff or Board?", [], { type: 'radio', options: [{ value: 'Y', text: 'Yes' }] })).toBeNull();
    expect(keyOf('Date appointed to current post *', ['Lead applicant'])).toBe('person.positionStart');
    expect(keyOf('In servizio nella qualifica attuale dal', ['Responsabile scientifico'])).toBe('person.positionStart');
    expect(keyOf("Sujet de l'activité", ["2.2 Activité de consultant, de conseil ou d'expertise"])).toBe('consulting.description');
    expect(matchOption([{ value: 'shareholding', text: 'Shareholding or share options' }, { value: 'ip', text: 'Patent or other intellectual property' }], 'startup')?.value).toBe('shareholding');
  });
});

describe('Damon Runyon, ZonMw, CRI, Boehringer Ingelheim Stiftung, Bettencourt Schueller, Cariparo, Inamori and Genome Canada', () => {
  it('labels and questions met this round', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    expect(keyOf('Date of Current Faculty Appointment *', ['Principal Investigator'])).toBe('person.positionStart');
    expect(keyOf('Project PI', ['Other Support'])).toBe('support.pdPi');
    expect(keyOf('Project title (or description of in-kind contribution) *', ['Other sources of funding'])).toBe('support.title');
    expect(keyOf('4.1 Does the Project Leader hold any other current appointments or affiliations?', [], radio)).toBe('disclosure.outsideAppointment');
    expect(keyOf('4.4 In the past 12 months, has the Project Leader received consulting fees, honoraria or other payments?', [], radio)).toBe('disclosure.consulting');
    expect(keyOf('3. Do you have ancillary activities (nevenwerkzaamheden), paid or unpaid, now or in the past three years?', [], radio)).toBe('disclosure.outsideActivity');
    expect(matchOption([{ value: 'B', text: 'Bezoldigd' }, { value: 'O', text: 'Onbezoldigd' }], 'no')?.value).toBe('O');
  });
});

describe('a sponsor or mentor named beside the applicant', () => {
  it('"Sponsor Last Name", "Mentor" boxes take nothing of the researcher; the institution where the research is conducted is the own one', () => {
    expect(keyOf('Sponsor Last Name', ['Sponsor Information'])).toBeNull();
    expect(keyOf('Sponsor E-mail', ['Sponsor Information'])).toBeNull();
    expect(keyOf('Mentor e-mail', ['Mentor'])).toBeNull();
    expect(keyOf('Institution where the research will be conducted *', ['Applicant'])).toBe('person.organization');
    expect(keyOf('Üben Sie derzeit Tätigkeiten für Unternehmen der gewerblichen Wirtschaft aus?', [], { type: 'radio', options: [{ value: 'J', text: 'Ja' }] })).toBe('disclosure.consulting');
  });
});

describe('a long question over radios', () => {
  it('keeps its end, where what it asks about is; a family member\'s financial interest "relating to the proposed project" is the disclosure question, not a row\'s', () => {
    const p = planPage(`<h2>D. Foreign Affiliations and Support</h2><fieldset><legend>D1. Do you currently hold, or have you held within the past three years, any appointment or affiliation (paid or unpaid, including adjunct, visiting and honorary positions) at an institution or organization outside the United States?</legend>
      <input type="radio" id="fy" name="f" value="Yes"><label for="fy">Yes</label><input type="radio" id="fn" name="f" value="No"><label for="fn">No</label></fieldset>`);
    expect(at(p, '#fy')?.status).toBe('proposed');
    expect(keyOf("Does the Project Lead, or any member of the Project Lead's immediate family, have a financial interest (for example equity, stock options, royalties, licensed intellectual property, or consulting fees) in an entity whose business relates to the proposed project or could be affected by its results?", ['Conflicts of Interest'], { type: 'radio', options: [{ value: 'Yes', text: 'Yes' }] })).toBe('disclosure.financialInterest');
  });
});

describe('Burroughs Wellcome, HRB, Lundbeck, AFM-Téléthon, Gerda Henkel, FISM, Daiichi Sankyo and Michael Smith Health Research BC', () => {
  it('"Existing" funding is current; a question naming the funder\'s own board or company asks about that organisation alone', () => {
    expect(sectionContext(['4.1 Existing Research Funding', '4. Existing and Pending Research Funding']).status).toBe('current');
    expect(sectionContext(['4. Existing and Pending Research Funding']).status).toBeUndefined();
    for (const question of ['3. Are you currently a member of the Health Research BC Board of Directors, a Health Research BC review committee, or an employee of Health Research BC?', 'Q1. 申請者は、第一三共株式会社またはそのグループ会社の役員・従業員・顧問等に該当しますか。']) {
      const p = planPage(`<fieldset><legend>${question}</legend><label><input type="radio" name="q" value="Y">Yes</label><label><input type="radio" name="q" value="N">No</label></fieldset>`);
      const answer = p.proposals.find((x) => x.key?.startsWith('disclosure.') && x.status === 'proposed');
      expect(answer?.value).toBe('No');
    }
  });

  it('labels and choices met this round', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    expect(keyOf('Do you currently hold funding from other sources, or have you applied for funding from other sources which has not yet been decided?', [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf('Q2. 過去3年間に、第一三共グループから共同研究費・受託研究費・寄附金・講演料等を受けたことがありますか。', [], radio)).toBe('disclosure.supportReceived');
    expect(keyOf('% of Research Time', ['Other Research Funding'])).toBe('support.percentOfTime');
    expect(keyOf('Year Acquired (YYYY)', ['Significant Financial Interests'])).toBe('financialInterest.startDate');
    expect(keyOf("Type d'investissement", ["4. Participations financières directes dans le capital d'une société"], { type: 'select', options: [{ value: 'actions', text: 'Actions ou parts sociales' }] })).toBe('financialInterest.interestType');
    expect(sectionContext(["2.5 Invention et détention d'un brevet ou d'un produit, procédé ou toute autre forme de propriété intellectuelle"]).interestTypes).toContain('royalty');
    expect(matchOption([{ value: 'obligations', text: 'Obligations' }, { value: 'actions', text: 'Actions ou parts sociales' }], 'startup')?.value).toBe('actions');
    // A stake in a start-up is the start-up choice where there is one, and equity only where there is none.
    expect(matchOption([{ value: 'EQ', text: 'Equity / stock or stock options (publicly traded)' }, { value: 'PRIV', text: 'Ownership or equity in a privately held or start-up company' }], 'startup')?.value).toBe('PRIV');
    expect(matchOption([{ value: 'AZIONI', text: 'Partecipazione azionaria / Equity' }, { value: 'SPINOFF', text: 'Socio fondatore di spin-off o start-up / Spin-off founder' }], 'startup')?.value).toBe('SPINOFF');
    expect(matchOption([{ value: 'EQ', text: 'Equity' }, { value: 'ROY', text: 'Royalties' }], 'startup')?.value).toBe('EQ');
    const nature = planPage(`<h2>Déclaration publique d'intérêts</h2><h3>2.5 Invention et détention d'un brevet</h3><table><tr><th>Structure</th><th>Nature</th></tr><tr><td><input id="s"></td>
      <td><select id="n"><option value="">-- Sélectionner --</option><option value="brevet">Brevet</option><option value="licence">Licence d'exploitation</option><option value="redevances">Redevances (royalties)</option></select></td></tr></table>`);
    expect(at(nature, '#n')?.key).toBe('financialInterest.interestType');
    expect(at(nature, '#n')?.instruction?.value).toBe('redevances');
    // "過去に終了したものは記入不要" under a list of grants held and applied for leaves out what has ended, not the applications.
    expect(scopedContext(sectionContext(['2．他の研究助成金の受給状況・申請中の助成金']), '現在受給中の研究助成金、および申請中（採否未定）の研究助成金について記入してください。過去に終了したものは記入不要です。').status).toBeUndefined();
    const initials = planPage(`<h2>Main applicant</h2><label for="v">Initials *</label><input id="v"><label for="m">Middle initial</label><input id="m">`);
    expect(at(initials, '#v')?.value).toBe(`${profile.person.givenName![0]}.`);
    expect(at(initials, '#m')?.status).not.toBe('proposed');
    // A paragraph classed "titre" titles the table after it, as INCa's DPI draws its rubrics.
    expect(sectionsOf(`<h2>Déclaration publique d'intérêts</h2><p class="titre">1. Activité principale exercée actuellement</p><table><tr><th>Employeur</th></tr><tr><td><input id="e"></td></tr></table>`).e[0]).toBe('1. Activité principale exercée actuellement');
    expect(keyOf('Haben Sie derzeit oder in den letzten fünf Jahren Zuwendungen von der Tabakindustrie erhalten, oder bestehen Verbindungen zur Tabakindustrie (z. B. Beratertätigkeit, Beteiligungen)?', [], radio)).toBe('disclosure.tobaccoIndustry');
    const occupations = [{ value: 'position', text: 'Position at another university or institution' }, { value: 'board', text: 'Board membership' }, { value: 'consultancy', text: 'Consultancy' }];
    expect(matchOption(occupations, 'adjunct')?.value).toBe('position');
    expect(matchOption([{ value: 'beratung', text: 'Beratungstätigkeit' }, { value: 'lehre', text: 'Lehr- oder Nebenamt an anderer Einrichtung' }], 'visiting')?.value).toBe('lehre');
  });
});

describe('Cystic Fibrosis Foundation, Kidney Research UK, ARSEP, Wilhelm Sander-Stiftung, Cariverona, Mochida, Canadian Cancer Society and FWO', () => {
  it('a fieldset holding several yes/no questions: each radio group answers its own question, not the legend', () => {
    const p = planPage(`<fieldset><legend>Liens d'intérêts du responsable du projet (5 dernières années)</legend>
      <div><div>1. Exercez-vous une activité de conseil auprès d'une entreprise ?</div><input type="radio" id="c1" name="c" value="oui"><label for="c1">Oui</label><input type="radio" id="c0" name="c" value="non"><label for="c0">Non</label></div>
      <div><div>2. Détenez-vous des participations financières dans le capital d'une société (actions, parts sociales) ?</div><input type="radio" id="p1" name="p" value="oui"><label for="p1">Oui</label><input type="radio" id="p0" name="p" value="non"><label for="p0">Non</label></div></fieldset>`);
    expect(at(p, '#c1')?.key).toBe('disclosure.consulting');
    expect(at(p, '#p1')?.key).toBe('disclosure.equity');
  });

  it('funders named first ("Fondation ARSEP"), the project\'s "porteur" block, German "Firma", and words met this round', () => {
    const radio = { type: 'radio' as const, options: [{ value: 'Y', text: 'Yes' }] };
    const asked = planPage(`<fieldset><legend>Avez-vous déjà bénéficié d'un financement de la Fondation ARSEP ?</legend><label><input type="radio" name="q" value="oui">Oui</label><label><input type="radio" name="q" value="non">Non</label></fieldset>
      <fieldset><legend>Wurden Sie bereits von der Wilhelm Sander-Stiftung gefördert?</legend><label><input type="radio" name="w" value="ja">ja</label><label><input type="radio" name="w" value="nein">nein</label></fieldset>`);
    expect(asked.proposals.filter((x) => x.key === 'disclosure.supportReceived' && x.status === 'proposed').map((x) => x.value)).toEqual(['Non', 'nein']);
    const own = planPage(`<h2>Responsable du projet (porteur)</h2><label for="o">Organisme de rattachement (employeur) *</label><input id="o"><label for="v">Ville *</label><input id="v">`);
    expect(at(own, '#o')?.value).toBe(profile.person.primaryOrganization!.name);
    expect(safetyVerdict(descriptor({ label: 'falls ja: Name des Unternehmens', hints: ['coi beteiligung firma'] }))).toBeNull();
    expect(safetyVerdict(descriptor({ label: 'Firma del dichiarante' }))).toBe('certification');
    expect(keyOf('in dieser Stellung seit (MM.JJJJ)', ['Dienststellung'])).toBe('person.positionStart');
    expect(keyOf('1. Üben Sie eine Berater- oder Gutachtertätigkeit für Unternehmen der Industrie aus?', [], radio)).toBe('disclosure.consulting');
    expect(keyOf('% Time / % du temps *', ['Other funding / Autres fonds'])).toBe('support.percentOfTime');
    expect(keyOf('Year Interest Began', ['Financial interests'])).toBe('financialInterest.startDate');
    expect(keyOf('Référence du contrat', ['Financements en cours et demandés'])).toBe('support.awardNumber');
    expect(keyOf('Il referente scientifico è titolare o partecipa ad altri progetti di ricerca finanziati, in corso o in fase di valutazione?', [], radio)).toBe('disclosure.otherSupport');
  });

  it('yes/no questions on other funding in e-Rad\'s and the Inamori Foundation\'s words', () => {
    const radio = { type: 'radio' as const, options: [{ value: '1', text: '有' }] };
    expect(keyOf('他制度での助成等の有無 必須', [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf('現在受けている研究助成・申請中の研究助成の有無 必須', [], radio)).toBe('disclosure.otherSupport');
    expect(scopedContext(sectionContext(['4. 利益相反・兼業']), '「有」の場合は、現在従事している兼業をすべて記入してください（終了したものは不要）。').status).toBe('current');
  });

  it('"the proposed research" names the application, not a status; "Current and Proposed Support" lists both', () => {
    expect(sectionContext(['Other support for the proposed research']).status).toBeUndefined();
    expect(sectionContext(['Current and Proposed Support']).status).toBeUndefined();
    expect(sectionContext(['Proposed Support']).status).toBe('pending');
  });

  it('"applied for or obtained" lists both; "Activities that have ended need not be listed" leaves them out', () => {
    expect(sectionContext(['2. Other funding applied for or obtained']).status).toBeUndefined();
    expect(scopedContext(sectionContext(['3.2 Ancillary activities']), 'List all ancillary activities (paid or unpaid) that you currently exercise besides your main appointment. Activities that have ended need not be listed.').status).toBe('current');
  });
});

describe('Prostate Cancer Foundation, CSO Scotland, Fondation pour l\'Audition, Dietmar Hopp Stiftung, Fondazione Roche, Ono, Leenaards and HRC New Zealand', () => {
  it('a header spanning two columns ("研究期間（開始 YYYY/MM ～ 終了 YYYY/MM）") names each its part; a date format\'s slash parts nothing', () => {
    const p = planPage(`<h3>（1）現在受け入れている研究費</h3><table><thead><tr><th>研究課題名</th><th colspan="2">研究期間<br>（開始 YYYY/MM ～ 終了 YYYY/MM）</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><input id="s" placeholder="YYYY/MM"></td><td><input id="e" placeholder="YYYY/MM"></td></tr></tbody></table>`);
    expect(at(p, '#s')?.key).toBe('support.startDate');
    expect(at(p, '#e')?.key).toBe('support.endDate');
    expect(at(p, '#s')?.value).toMatch(/^\d{4}\/\d{2}$/);
  });

  it('an inner "Activité accessoire" card is a list of outside activities; its type choices leave out posts they offer nothing for; words met this round', () => {
    const p = planPage(`<h2>Déclaration d'intérêts et activités accessoires</h2><h3>Activités accessoires</h3><fieldset><legend>Activité accessoire 1</legend>
      <label for="o">Entreprise / organisation</label><input id="o"><label for="n">Nature de l'activité</label><select id="n"><option value="">— Choisir —</option>
      <option value="mandat">Mandat de conseil / d'expertise</option><option value="cs">Conseil scientifique / comité consultatif</option><option value="ca">Conseil d'administration</option><option value="autre">Autre</option></select></fieldset>
      <button type="button">+ Ajouter une activité</button>`);
    const listed = [...new Set(p.proposals.filter((x) => x.source?.entryId).map((x) => byId(x.source!.entryId!).kind))];
    expect(at(p, '#n')?.key).toBe('consulting.activityType');
    expect(at(p, '#o')?.value).toBe('Great Lakes Water Quality Consortium');
    expect(listed.sort()).toEqual(['appointment', 'consulting']);
    expect(p.proposals.some((x) => x.source?.entryId && (byId(x.source.entryId) as { appointmentType?: string }).appointmentType === 'adjunct')).toBe(false);
    const radio = { type: 'radio' as const, options: [{ value: 'oui', text: 'Oui' }] };
    expect(keyOf("Bénéficiez-vous d'autres soutiens financiers, obtenus ou demandés, pour vos activités de recherche ?", [], radio)).toBe('disclosure.otherSupport');
    expect(keyOf("Taux d'engagement (%)", ['Autres soutiens financiers obtenus ou demandés'])).toBe('support.percentOfTime');
  });

  it('a bare "FTE" is a fraction of one post, "% FTE" a percentage; NZ$ is its own currency; a Named Investigator is a co-investigator; naming reviewers to exclude declares no interest', () => {
    expect(keyOf('FTE', ['Other research funding'])).toBe('support.fteFraction');
    expect(keyOf('% FTE', ['Other research funding'])).toBe('support.percentOfTime');
    expect(expectedCurrency(descriptor({ label: 'Total amount (NZ$ excl. GST)' }))).toBe('NZD');
    expect(matchOption([{ value: 'PI', text: 'Principal Investigator' }, { value: 'NI', text: 'Named Investigator' }, { value: 'AI', text: 'Associate Investigator' }], 'co-I')?.value).toBe('NI');
    expect(keyOf('Are there any persons who you believe should not assess this application because of a conflict of interest?', [], { type: 'radio', options: [{ value: 'Yes', text: 'Yes' }] })).toBeNull();
  });

  it('"本財団の助成金受領歴" and "this Foundation" ask about the funder whose page it is, named by its title', () => {
    document.title = '小野医学研究財団 研究助成 Web申請システム';
    const p = planPage(`<table><tr><th>本財団の助成金受領歴</th><td><input type="radio" name="p" id="p1" value="1"><label for="p1">有</label><input type="radio" name="p" id="p0" value="0"><label for="p0">無</label></td></tr></table>`);
    expect(p.proposals.find((x) => x.key === 'disclosure.supportReceived' && x.status === 'proposed')?.value).toBe('無');
    document.title = '';
  });

  it('"Zeitanteil (PM/Jahr)" asks for person-months, "Zeitanteil (%)" a percentage', () => {
    expect(keyOf('Zeitanteil (PM/Jahr)', ['Laufende und beantragte Drittmittel'])).toBe('support.effort.personMonths');
    expect(keyOf('Zeitanteil (%)', ['Laufende und beantragte Drittmittel'])).toBe('support.percentOfTime');
  });

  it('"in essere" funding is current; a question naming a company by its legal form ("Roche S.p.A.") asks about that company alone', () => {
    expect(sectionContext(['Altri finanziamenti in essere o richiesti']).status).toBeUndefined();
    expect(sectionContext(['Finanziamenti in essere']).status).toBe('current');
    const p = planPage(`<fieldset><legend>Il ricercatore proponente ha, o ha avuto negli ultimi tre anni, rapporti di consulenza o di collaborazione retribuita con Roche S.p.A. o altre società del Gruppo Roche?</legend>
      <label><input type="radio" name="r" value="si">Sì</label><label><input type="radio" name="r" value="no">No</label></fieldset>`);
    expect(p.proposals.find((x) => x.key?.startsWith('disclosure.') && x.status === 'proposed')?.value).toBe('No');
  });
});

describe('Worldwide Cancer Research, Vaincre Alzheimer, José Carreras, AriSLA, SENSHIN, BBRF, Research Council of Norway and Cancerfonden', () => {
  it('a currency beside a scale ("Amount (NOK 1000)") is the one the box asks for; "secondary positions" cards are a list of outside activities', () => {
    expect(expectedCurrency(descriptor({ label: 'Amount (NOK 1000)' }))).toBe('NOK');
    expect(expectedCurrency(descriptor({ label: 'Total (PhD)' }))).toBeUndefined();
    expect(keyOf('Codice / Grant n.', ['Altri finanziamenti in corso o richiesti'])).toBe('support.awardNumber');
    expect(matchOption([{ value: 'employment', text: 'Employment or appointment with another employer' }, { value: 'advisory', text: 'Advisory board or committee' }], 'adjunct')?.value).toBe('employment');
    expect(sectionContext(['Secondary position / interest 1', 'Secondary positions and ownership interests'])).toMatchObject({ kind: 'consulting', kindFromOutside: true });
  });
});

describe('Parkinson\'s UK, Hertie-Stiftung, Fondation Maladies Rares, Fondazione CR Firenze, Astellas, Heart & Stroke, PCORI and NBCF', () => {
  const yesNo = (name: string, question: string) => `<fieldset><legend>${question}</legend>
    <label><input type="radio" name="${name}" value="oui">Oui</label><label><input type="radio" name="${name}" value="non">Non</label></fieldset>`;
  const answer = (p: ReturnType<typeof planPage>, name: string) => p.proposals.find((x) => x.selector.includes(name) && x.status === 'proposed');

  it('a yes/no question pointing back at its heading ("une telle fonction") asks whether the record holds ties of the heading\'s kind; one about a relative is not the researcher\'s', () => {
    const p = planPage(`<h2>4. Déclaration des liens d'intérêts</h2>
      <h3>4.1 Fonctions exercées dans des organismes</h3>${yesNo('fonctions', 'Exercez-vous ou avez-vous exercé une telle fonction ?')}
      <h3>4.5 Participations financières dans le capital d'une société</h3>${yesNo('capital', 'Détenez-vous une participation financière dans une telle société ?')}
      <h3>4.6 Activités exercées par des proches</h3>${yesNo('proches', 'Un de vos proches exerce-t-il une telle activité ?')}
      <h3>4.7 Autres informations</h3>${yesNo('autres', 'Avez-vous de tels éléments à signaler ?')}`);
    expect(answer(p, 'fonctions')).toMatchObject({ key: 'disclosure.outsideAppointment', value: 'Oui' });
    expect(answer(p, 'capital')).toMatchObject({ key: 'disclosure.equity', value: 'Oui' });
    expect(answer(p, 'proches')).toBeUndefined();
    // A heading naming no kind of tie: nothing to point back at.
    expect(answer(p, 'autres')).toBeUndefined();
  });

  it('a numbered part written as classed text titles its block; honoraria, travel and board lists take their own kind; "outside the applicant organization" leaves out the main post', () => {
    const sections = sectionsOf(`<h2>Conflict of Interest Disclosure</h2><div class="q"><div class="qt">3. Intellectual property, patents and royalties</div><input id="a"></div>
      <div class="q"><div class="qt">1. Please list every grant you hold.</div><input id="b"></div>`);
    expect(sections.a).toEqual(['3. Intellectual property, patents and royalties', 'Conflict of Interest Disclosure']);
    expect(sections.b).toEqual(['3. Intellectual property, patents and royalties', 'Conflict of Interest Disclosure']);
    const numbered = sectionsOf(`<h2>3. Other research funding</h2><div class="qt"><span class="qn">3.1</span>Current and pending research funding</div><input id="a">
      <div class="qt"><span class="qn">3.2</span>Completed research funding</div><input id="b">`);
    expect(numbered.b[0]).toMatch(/^3\.2\s*Completed research funding$/);
    expect(sectionContext(['7. Honoraria and speaking fees', 'Conflict of Interest Disclosure'])).toMatchObject({ kind: 'travel', travelTypes: ['honorarium'] });
    expect(sectionContext(['Sponsored travel, gifts and honoraria']).travelTypes).toBeUndefined();
    expect(sectionContext(['4. Board memberships and advisory committees', 'Conflict of Interest Disclosure'])).toMatchObject({ kind: 'appointment', appointmentTypes: ['advisory', 'board'] });
    expect(sectionContext(['5. Appointments and positions outside the applicant organization']).appointmentTypes).not.toContain('primary');
    const p = planPage(`<h2>6. Travel paid or reimbursed by others</h2><table><tr><th>Sponsor of travel</th><th>Destination</th></tr>
      <tr><td><input id="t1"></td><td><input id="d1"></td></tr><tr><td><input id="t2"></td><td><input id="d2"></td></tr><tr><td><input id="t3"></td><td><input id="d3"></td></tr></table>
      <h2>7. Honoraria and speaking fees</h2><label for="h">Paying organization</label><input id="h">`);
    const trips = entries.filter((e) => e.kind === 'travel' && e.travelType === 'travel').map((e) => e.organization.name);
    expect([at(p, '#t1')?.value, at(p, '#t2')?.value]).toEqual(trips);
    expect(at(p, '#t3')?.status).toBe('skipped');
    expect(at(p, '#h')?.value).toBe(entries.find((e) => e.kind === 'travel' && e.travelType === 'honorarium')!.organization.name);
  });

  it('a paragraph numbered "D.2" titles the list after it with its first sentence only: "se conclusa" instructs, it does not ask for what has ended', () => {
    const sections = sectionsOf(`<h2>D. Incarichi esterni e consulenze</h2><p class="nota">D.1 – Incarichi in corso o conclusi negli ultimi 36 mesi, anche non retribuiti.</p><input id="a">
      <p class="nota">D.2 – Consulenze. Indicare l'anno di inizio e, se conclusa, l'anno di fine.</p><input id="b">
      <p>2.2. Consulting activities for companies</p><input id="c">`);
    expect(sections.a[0]).toBe('D.1 – Incarichi in corso o conclusi negli ultimi 36 mesi, anche non retribuiti');
    expect(sections.b[0]).toBe('D.2 – Consulenze');
    expect(sections.c[0]).toBe('2.2. Consulting activities for companies');
    const p = planPage(`<h2>D. Incarichi esterni e consulenze</h2><p class="nota">D.2 – Consulenze. Indicare l'anno di inizio e, se conclusa, l'anno di fine.</p>
      <table><tr><th>Committente</th><th>Anno inizio</th></tr><tr><td><input id="c1"></td><td><input id="y1"></td></tr><tr><td><input id="c2"></td><td><input id="y2"></td></tr></table>`);
    expect([at(p, '#c1')?.value, at(p, '#c2')?.value]).toEqual(entries.filter((e) => e.kind === 'consulting').map((e) => e.organization.name));
  });

  it('currencies are named by whole words: "Neurowissenschaften" holds no euro, "compounds" no pound; "Gesamtsumme" is an amount', () => {
    expect(expectedCurrency(descriptor({ label: 'Gesamtsumme', section: ['3. Weitere Förderungen', 'Antrag auf Projektförderung – Neurowissenschaften'] }))).toBeUndefined();
    expect(expectedCurrency(descriptor({ label: 'Total', section: ['Fluorinated compounds study'] }))).toBeUndefined();
    expect(expectedCurrency(descriptor({ label: 'Betrag in Euro' }))).toBe('EUR');
    expect(expectedCurrency(descriptor({ label: 'Amount (pounds)' }))).toBe('GBP');
    expect(keyOf('Gesamtsumme', ['3. Weitere laufende und beantragte Förderungen'])).toBe('support.totalAmount.amount');
  });

  it('an amount box asking for one year\'s worth takes the award\'s total spread over its years; an award with no end gives none', () => {
    const nsf = entries.find((e) => e.kind === 'support' && e.awardNumber === 'CHE-2404417')!;
    expect(entryValue('support.totalAmount.amount', nsf, 'Amount per year $', NOW)).toEqual({ type: 'money', amount: 166000, currency: 'USD' });
    expect(entryValue('support.totalAmount.amount', nsf, 'Montant annuel', NOW)).toMatchObject({ amount: 166000 });
    expect(entryValue('support.totalAmount.amount', nsf, 'Total amount', NOW)).toMatchObject({ amount: 498000 });
    const open = { ...nsf, endDate: null } as Entry;
    expect(entryValue('support.totalAmount.amount', open, 'Amount per year', NOW)).toBeUndefined();
  });

  it('questions about honoraria, travel or research money from companies are answered from ties to companies only', () => {
    const radios = (n: string) => `<label><input type="radio" name="${n}" value="yes">有</label><label><input type="radio" name="${n}" value="no">無</label>`;
    const p = planPage(`<h2>5. 利益相反（COI）自己申告</h2>
      <div><span>④ 企業・営利団体からの講演料・原稿料等の受領</span>${radios('q4')}</div>
      <div><span>⑦ 企業・営利団体が負担した旅費・宿泊費、贈答品等の受領</span>${radios('q7')}</div>
      <div><span>Have you received honoraria or speaking fees?</span>${radios('h')}</div>`);
    const chosen = (n: string) => p.proposals.find((x) => x.selector.includes(`name="${n}"`) && x.status === 'proposed');
    // The one honorarium is a university's (Boston University); the company paid for travel (Rheinland Membrane Technologies GmbH).
    expect(chosen('q4')).toMatchObject({ key: 'disclosure.industryHonoraria', value: '無' });
    expect(chosen('q7')).toMatchObject({ key: 'disclosure.industryTravel', value: '有' });
    expect(chosen('h')).toMatchObject({ key: 'disclosure.honoraria', value: '有' });
    expect(disclosureAnswer('disclosure.industryFunding', profile, entries, NOW)).toBe(entries.some((e) => e.kind === 'partnership' && e.partnerType === 'industry' && e.fundingFlow === 'in' && (!e.endDate || e.endDate >= '2026-11')) ? 'yes' : 'no');
  });

  it('a question whether the researcher held the page\'s funder\'s grants before, named by its initials or its name, asks about that funder alone; "Paid" and "Unpaid" answer yes and no', () => {
    const question = (label: string, title: string) => {
      document.title = title;
      const p = planPage(`<fieldset><legend>${label}</legend><label><input type="radio" name="q" value="Yes">Yes</label><label><input type="radio" name="q" value="No">No</label></fieldset>`);
      return p.proposals.find((x) => x.key === 'disclosure.supportReceived' && x.status === 'proposed')?.value;
    };
    expect(question('Have you previously held NBCF research funding as a Chief Investigator?', 'Full Application - National Breast Cancer Foundation')).toBe('No');
    expect(question("Has the lead applicant previously held a Parkinson's UK research grant?", "Project Grant – Parkinson's UK Research Grants")).toBe('No');
    expect(question('Have you previously held research funding as a Chief Investigator?', 'Full Application - National Breast Cancer Foundation')).toBe('Yes');
    expect(question('Has the PI previously received funding from OICR (as PI or Co-PI)?', 'OICR Grants Portal – Application 2027-CTP-PC-0142')).toBe('No');
    expect(question('Has the PI previously held research funding?', 'PI Information – Grants Portal')).toBe('Yes');
    // A name of one capital and lowercase words, after an elided article.
    expect(question("Avez-vous déjà bénéficié d'un financement de l'Agence de la biomédecine ?", "Dépôt de projet – Appel d'offres recherche 2027 – Agence de la biomédecine")).toBe('No');
    expect(question("Avez-vous déjà bénéficié d'un financement de recherche ?", "Dépôt de projet – Appel d'offres recherche 2027 – Agence de la biomédecine")).toBe('Yes');
    // One rare word the title shares names the funder; one word any funder's page may hold does not.
    expect(question('Have you previously received funding from the Ramaciotti Foundations?', 'Ramaciotti Health Investment Grants 2027 – Application Form – Perpetual')).toBe('No');
    expect(question('Have you previously held Research funding as a Chief Investigator?', 'Ramaciotti Health Research Grants 2027')).toBe('Yes');
    document.title = '';
    expect(matchOption([{ value: 'paid', text: 'Paid' }, { value: 'unpaid', text: 'Unpaid' }], 'no')?.value).toBe('unpaid');
    expect(matchOption([{ value: 'paid', text: 'Paid' }, { value: 'unpaid', text: 'Unpaid' }], 'yes')?.value).toBe('paid');
  });

  it('"Nominated Principal Investigator" is the grant\'s holder; a patent holder\'s question is about royalties and licences', () => {
    expect(keyOf('Nominated Principal Investigator', ['Current research support'])).toBe('support.pdPi');
    expect(keyOf('Êtes-vous inventeur ou titulaire d\'un brevet ?', ['4.4 Propriété intellectuelle'], { type: 'radio', options: [{ value: 'oui', text: 'Oui' }] })).toBe('disclosure.royalty');
  });
});

describe('Gebert Rüf, Fondation contre le Cancer, FRRB, Terumo, Doris Duke, Academy of Medical Sciences, Brain Canada and Cancer Institute NSW', () => {
  it('"Other Professional Activities" is a list of outside activities; a tax id, a licence\'s state and a certifying official\'s email are not the researcher\'s', () => {
    expect(sectionContext(['4. Other Professional Activities'])).toMatchObject({ kind: 'consulting', kindFromOutside: true });
    expect(keyOf('Institution Tax ID (EIN)', ['2. Institution & Faculty Appointment'])).toBeNull();
    expect(keyOf('State of licensure', ['Researcher identifiers', '1. Applicant Information'])).toBeNull();
    expect(safetyVerdict(labelledBox('Email', ['Institutional certification', '6. Certifications'], { type: 'email' }))).toBe('certification');
    expect(safetyVerdict(labelledBox('Email', ['1. Applicant Information'], { type: 'email' }))).toBeNull();
  });

  it('a bare "Référence" in a funding table is the award\'s number (its box named "fin_reference" had read as an end date); "Institution d\'accueil et fonction" is the researcher\'s own block', () => {
    expect(keyOf('Référence', ['a) Financements en cours', '3.3 Autres financements'], { hints: ['fin reference'] })).toBe('support.awardNumber');
    expect(sectionContext(["3.2 Institution d'accueil et fonction"])).toMatchObject({ kind: 'person', ownBlock: true });
  });

  it('"Total amount" and "Amount per year" side by side are two columns of one grant\'s row', () => {
    const row = (i: number) => `<tr><td><input id="s${i}"></td><td><input id="t${i}"></td><td><input id="y${i}"></td></tr>`;
    const p = planPage(`<h2>4A. Current funding (awarded)</h2><table><tr><th>Funding source</th><th>Total amount</th><th>Amount per year</th></tr>${row(1)}${row(2)}</table>`);
    const [first, second] = entries.filter((e) => e.kind === 'support' && e.status === 'current') as Extract<Entry, { kind: 'support' }>[];
    expect([at(p, '#s1')?.value, at(p, '#t1')?.value, at(p, '#y1')?.value]).toEqual([first.organization.name, String(first.totalAmount!.amount), '166000']);
    expect(at(p, '#s2')?.value).toBe(second.organization.name);
    expect(at(p, '#t2')?.value).toBe(String(second.totalAmount!.amount));
  });
});

describe('Herzstiftung, Fondation de l\'Avenir, FFC, Kowa, Pew, Diabetes UK, OICR and the Neurological Foundation of New Zealand', () => {
  it('reference numbers, service start dates, "Entschädigt?", a postal code, a legal representative and a "no other funding" box read as they mean', () => {
    expect(keyOf('Referenz-Nr.', ['Weitere Drittmittel'])).toBe('support.awardNumber');
    expect(keyOf("In servizio presso l'ente dal", ['Ente di appartenenza e ruolo'])).toBe('person.positionStart');
    expect(keyOf('Entschädigt?', ['4. Nebentätigkeiten und Mandate'], { type: 'select', options: [{ value: 'ja', text: 'ja' }, { value: 'nein', text: 'nein' }] })).toBe('appointment.paid');
    expect(keyOf('PLZ', ['Institution und Funktion'])).toBeNull();
    expect(keyOf("Legale rappresentante dell'ente (nome e cognome)", ['Ente di appartenenza e ruolo'])).toBeNull();
    expect(sectionContext(['Institution und Funktion'])).toMatchObject({ kind: 'person', ownBlock: true });
    const none = 'Il responsabile non ha altri finanziamenti in corso né richieste in attesa di esito';
    expect(keyOf(none, ['Altri finanziamenti'], { type: 'checkbox', options: [{ value: 'on', text: none }] })).toBe('disclosure.noneInSection');
  });

  it('"Other Positions", "other than your principal position", "Altri incarichi" and 兼職 lists leave out the main post', () => {
    expect(sectionContext(['Section 5A: Other Positions']).appointmentTypes).not.toContain('primary');
    expect(scopedContext(sectionContext(['Section 5A']), 'List any current appointments other than your principal position, e.g. honorary or adjunct appointments.').appointmentTypes).not.toContain('primary');
    expect(sectionContext(['Modulo 10 – Altri incarichi']).appointmentTypes).not.toContain('primary');
    expect(scopedContext(sectionContext(['Modulo 10']), "Indicare gli incarichi accademici diversi dal rapporto con l'ente di appartenenza.").appointmentTypes).not.toContain('primary');
    expect(sectionContext(['兼職・兼業の状況']).appointmentTypes).not.toContain('primary');
    expect(sectionContext(['Positions and Employment']).appointmentTypes?.includes('primary') ?? true).toBe(true);
  });

  it('"Nebentätigkeiten und Mandate" lists every post beside the main one, board seats among them, not the seats alone', () => {
    expect(sectionContext(['4. Nebentätigkeiten und Mandate']).appointmentTypes).toEqual(expect.arrayContaining(['visiting', 'adjunct', 'board']));
    expect(sectionContext(['Activités annexes et mandats']).appointmentTypes).toEqual(expect.arrayContaining(['secondary', 'advisory']));
    expect(sectionContext(['4.1 Mandats']).appointmentTypes).toEqual(['advisory', 'board']);
  });
});

describe('Klaus Tschira, Jérôme Lejeune, Fondazione con il Sud, Toray, Versus Arthritis, Komen, Alberta Innovates and Wallenberg', () => {
  it('a programme "recruiting from abroad" is about where researchers come from, not a list of foreign ties; "Commissions of trust" are board and advisory seats', () => {
    const page = 'Wallenberg Academy Fellows 2027 – recruitment from abroad';
    expect(sectionContext(['3.1 Grants held', '3 Other grants', page]).foreignOnly).toBeFalsy();
    expect(sectionContext(['Current employment', '2 Employment and university', page]).foreignOnly).toBeFalsy();
    expect(sectionContext(['Grants held abroad', page]).foreignOnly).toBe(true);
    expect(sectionContext(['4.1 Commissions of trust', '4 Commissions of trust and conflicts of interest'])).toMatchObject({ kind: 'appointment', appointmentTypes: ['advisory', 'board'] });
  });

  it('"concluded in the last 24 months" keeps what ended within two years, not before', () => {
    const scoped = scopedContext(sectionContext(['E.1 Incarichi presso altre università']), "Indicare gli incarichi in corso o conclusi negli ultimi 24 mesi, diversi dal rapporto con l'ente di appartenenza.");
    expect(scoped).toMatchObject({ withinYears: 2, status: 'any' });
    expect(scopedContext(sectionContext(['Consultancies']), 'List consultancies held in the past twelve months.').withinYears).toBe(1);
    const row = (i: number) => `<tr><td><input id="o${i}"></td><td><input id="e${i}"></td></tr>`;
    const html = (window: string) => planPage(`<h2>Other appointments</h2><p>List appointments other than your main post, current or ended in the last ${window}.</p>
      <table><tr><th>Organisation</th><th>End (MM/YYYY)</th></tr>${row(1)}${row(2)}${row(3)}${row(4)}</table>`);
    const names = (p: ReturnType<typeof planPage>) => [1, 2, 3, 4].map((i) => at(p, `#o${i}`)?.value ?? '');
    const oxford = entries.find((e) => e.kind === 'appointment' && e.appointmentType === 'visiting')!;
    expect(names(html('24 months'))).toContain(oxford.organization.name);
    expect(names(html('12 months'))).not.toContain(oxford.organization.name);
  });

  it('other posts in any wording ("Other current and recent appointments", "in addition to your present position", "Autres activités et fonctions", "à titre secondaire") leave out the main post', () => {
    expect(sectionContext(['Other current and recent appointments']).appointmentTypes).not.toContain('primary');
    expect(scopedContext(sectionContext(['Appointments']), 'List any honorary, visiting or adjunct appointments held now or within the last five years, in addition to your present position.').appointmentTypes).not.toContain('primary');
    expect(sectionContext(['5.2 Autres activités et fonctions exercées (universitaires, hospitalières, conseils scientifiques)']).appointmentTypes).not.toContain('primary');
    expect(scopedContext(sectionContext(['5.2 Activités']), 'Fonctions exercées à titre secondaire, rémunérées ou non.').appointmentTypes).not.toContain('primary');
    expect(sectionContext(['Employment and other appointments']).appointmentTypes?.includes('primary') ?? true).toBe(true);
  });

  it('a host laboratory is the researcher\'s own block; "Date de nomination sur le poste actuel" is when the main post began; travel "une entreprise" paid for lists companies only', () => {
    const host = ["3 Laboratoire d'accueil et organisme gestionnaire", 'Dossier de candidature'];
    expect(sectionContext(host)).toMatchObject({ kind: 'person', ownBlock: true });
    expect(keyOf('Institution de rattachement * Université, hôpital, EPST (INSERM, CNRS, CEA…) ou centre de recherche.', host)).toBe('person.organization');
    expect(keyOf('Ville *', host)).toBe('person.primaryOrganization.city');
    expect(keyOf('Date de nomination sur le poste actuel', ['2 Porteur de projet (investigateur principal)'])).toBe('person.positionStart');
    const p = planPage(`<fieldset><legend>Une entreprise a-t-elle pris en charge vos frais de déplacement au cours des trois dernières années ?</legend>
      <label><input type="radio" name="q" value="oui"> Oui</label><label><input type="radio" name="q" value="non"> Non</label></fieldset>
      <table><tr><th>Entreprise</th><th>Lieu</th></tr><tr><td><input id="e1"></td><td><input id="l1"></td></tr><tr><td><input id="e2"></td><td><input id="l2"></td></tr></table>`);
    const paidByCompanies = entries.filter((e) => e.kind === 'travel' && /GmbH|Inc|LLC|Ltd/.test(e.organization.name)).map((e) => (e as Extract<Entry, { kind: 'travel' }>).organization.name);
    expect(paidByCompanies.length).toBeGreaterThan(0);
    expect([at(p, '#e1')?.value, at(p, '#e2')?.value ?? '']).toEqual([...paidByCompanies, ''].slice(0, 2));
  });

  it('"Grants concluded during the last five years" lists ended grants only; the university awarding a degree is not the researcher\'s organisation', () => {
    expect(sectionContext(['3.3 Grants concluded during the last five years', '3 Other grants']).status).toBe('completed');
    expect(sectionContext(['Abgeschlossene Drittmittelprojekte']).status).toBe('completed');
    expect(keyOf('University awarding the degree *', ['Doctoral degree', '1 Principal applicant'])).toBeNull();
    expect(keyOf('University / employer *', ['Current employment', '2 Employment and university'])).not.toBeNull();
  });

  it('a list under a numbered question ("1. In the past 36 months, have you …?") gets its own "Add" button, not the next list\'s', () => {
    const row = (p: string) => `<tr><td><input id="${p}o"></td><td><input id="${p}s"></td></tr>`;
    const p = planPage(`<h2>D. Conflict of Interest Declaration</h2>
      <fieldset><legend>1. In the past 36 months, have you received fees for consulting or advisory services from a company?</legend>
      <label><input type="radio" name="q1" value="Y"> Yes</label><label><input type="radio" name="q1" value="N"> No</label></fieldset>
      <table><tr><th>Company / organization</th><th>Start date (MM/YYYY)</th></tr>${row('c')}</table><button type="button">Add another engagement</button>
      <fieldset><legend>2. Do you hold shares or other financial interests in a company?</legend>
      <label><input type="radio" name="q2" value="Y"> Yes</label><label><input type="radio" name="q2" value="N"> No</label></fieldset>
      <fieldset><legend>3. Do you receive royalties from intellectual property?</legend>
      <label><input type="radio" name="q3" value="Y"> Yes</label><label><input type="radio" name="q3" value="N"> No</label></fieldset>
      <p>If you answered Yes to question 2 or 3, describe each interest below.</p><div></div>
      <button type="button">Add another financial interest</button>`);
    const consulting = entries.filter((e) => e.kind === 'consulting');
    expect(consulting.length).toBeGreaterThan(1);
    expect(p.addRows.find((a) => a.text === 'Add another engagement')?.times).toBe(consulting.length - 1);
  });
});


describe('Joachim Herz, Agence de la biomédecine, Cariparma, Kato Memorial, LLS, Prostate Cancer UK, Research Manitoba and Cancer Council Victoria', () => {
  it('a bilingual heading "Funding applied for / Financement demandé" is one list of applications, not funding held and applied for', () => {
    expect(sectionContext(['4B. Funding applied for (decision pending) / Financement demandé', '4. Other Funding Autres sources de financement']).status).toBe('pending');
  });

  it('the "Sponsoring Institution" is the researcher\'s own; a list of posts "outside the Sponsoring Institution" leaves out the main post; "List every current appointment" only what is held now', () => {
    const own = ['2. Sponsoring Institution', 'Translational Research Program (TRP) — Full Application'];
    expect(sectionContext(own)).toMatchObject({ kind: 'person', ownBlock: true });
    expect(keyOf('Sponsoring Institution Name *', own)).toBe('person.organization');
    expect(keyOf('Sponsor', ['Current support'])).toBe('support.organization.name');
    const outside = scopedContext(sectionContext(['4. Appointments and Affiliations Outside the Sponsoring Institution']), 'List every current appointment or affiliation held outside the Sponsoring Institution, paid or unpaid.');
    expect(outside.appointmentTypes).not.toContain('primary');
    expect(outside.status).toBe('current');
  });

  it('"Weitere Beschäftigungsverhältnisse und Affiliationen" leaves out the main post, which "Derzeitiges Beschäftigungsverhältnis" is; "Sitz der Einrichtung (Ort)" is its city', () => {
    expect(sectionContext(['Weitere Beschäftigungsverhältnisse und Affiliationen', '2. Derzeitiges Beschäftigungsverhältnis und Einrichtung']).appointmentTypes).not.toContain('primary');
    expect(sectionContext(['2. Derzeitiges Beschäftigungsverhältnis und Einrichtung']).appointmentTypes).toEqual(['primary']);
    expect(keyOf('Sitz der Einrichtung (Ort) *', ['2. Derzeitiges Beschäftigungsverhältnis und Einrichtung'])).toBe('appointment.organization.city');
  });

  it('"links with the pharmaceutical industry or any other commercial organisation" lists every tie to a company and what companies fund; a second column of the same kind ("Type of interest") stays in its row', () => {
    const select = (id: string, options: string[]) => `<select id="${id}"><option value=""></option>${options.map((o) => `<option>${o}</option>`).join('')}</select>`;
    const p = planPage(`<h2>7. Declaration of interests</h2>
      <fieldset><legend>Do you have, or have you had in the last three years, any links with the pharmaceutical industry or any other commercial organisation (for example consultancy, shareholdings or research funding)?</legend>
      <label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></fieldset>
      <table><tr><th>Company / organisation</th><th>Nature of interest</th><th>Type of interest</th></tr>
      <tr><td><input id="o"></td><td>${select('n', ['Consultancy', 'Shareholding / equity', 'Research funding or support in kind', 'Advisory board'])}</td><td>${select('t', ['Personal financial', 'Non-personal financial'])}</td></tr></table>
      <button type="button">+ Add another interest</button>`);
    const ties = entries.filter((e) =>
      (e.kind === 'partnership' && e.partnerType === 'industry' && e.fundingFlow === 'in') ||
      (['financialInterest', 'consulting', 'appointment'].includes(e.kind) && /\b(Inc|LLC|GmbH|Ltd)\b/.test((e as { organization: { name: string } }).organization.name) && (!('endDate' in e) || !e.endDate || e.endDate >= '2023-11')));
    expect(ties.some((e) => e.kind === 'partnership')).toBe(true);
    expect(p.addRows.find((a) => a.text === '+ Add another interest')?.times).toBe(ties.length - 1);
    const natures = p.proposals.filter((x) => x.label === 'Nature of interest' && x.status === 'proposed').map((x) => x.value);
    expect(natures).toContain('Research funding or support in kind');
    expect(natures).not.toContain('Advisory board');
    expect(at(p, '#t')?.row).toBe(at(p, '#o')?.row);
  });

  it('the coordinator\'s team and the body managing the funds are the researcher\'s own blocks, other team members someone else\'s; a SIRET number or an organisation\'s category is no organisation name', () => {
    const team = ['3.1 Équipe / structure de recherche du coordinateur', '3. Équipe du coordinateur et organisme gestionnaire'];
    expect(sectionContext(team)).toMatchObject({ kind: 'person', ownBlock: true });
    expect(keyOf('Ville *', team)).toBe('person.primaryOrganization.city');
    expect(sectionContext(['3.3 Organisme gestionnaire des fonds', team[1]])).toMatchObject({ kind: 'person', ownBlock: true });
    expect(sectionContext(["3.2 Autres membres de l'équipe impliqués dans le projet", team[1]]).others).toBe(true);
    expect(keyOf('N° SIRET', ['3.3 Organisme gestionnaire des fonds'])).toBeNull();
    expect(keyOf("Catégorie d'organisme *", ['3.3 Organisme gestionnaire des fonds'], { type: 'select', options: [{ value: 'universite', text: 'Université' }, { value: 'autre', text: 'Autre' }] })).toBeNull();
  });

  it('time for the project applied for, asked beside the main post ("Time to be spent on this project (% FTE)"), is not the post\'s time; in a list of grants it is each grant\'s effort', () => {
    expect(keyOf('Time to be spent on this project (% FTE) *', ['Current appointment', '2. Lead applicant'])).toBeNull();
    expect(keyOf('Time commitment to this project *', ['Employment details'])).toBeNull();
    expect(keyOf("Temps consacré au projet par le coordinateur (%) *", ['3.1 Équipe / structure de recherche du coordinateur'])).toBeNull();
    expect(keyOf('Percentage of time on this project', ['Current and pending support'])).toMatch(/^support\./);
  });

  it('the "Ente richiedente" and its "Sede legale" are the researcher\'s own institution; its legal form or certified e-mail (PEC) is no name; "In servizio nel ruolo attuale dal" is when the main post began', () => {
    const body = ['Sede legale', '4.2 Ente richiedente', 'Bando Ricerca Scientifica 2027'];
    expect(sectionContext(body.slice(1))).toMatchObject({ kind: 'person', ownBlock: true });
    expect(keyOf('Comune / Città *', body)).toBe('person.primaryOrganization.city');
    expect(keyOf('Natura giuridica *', body.slice(1), { hints: ['ente natura'] })).toBeNull();
    expect(keyOf('PEC', body.slice(1), { hints: ['ente pec'] })).toBeNull();
    expect(keyOf('In servizio nel ruolo attuale dal', ['4.1 Responsabile scientifico del progetto'])).toBe('person.positionStart');
  });

  it('an "If other, specify" box stays empty once the select before it takes a real choice, and takes the value when the select names no such choice', () => {
    const page = (options: string) => planPage(`<h2>1. 申請者</h2><dl><dt>職名</dt><dd><select id="s"><option value=""></option>${options}</select></dd>
      <dt>「その他」の場合</dt><dd><input id="o" name="org_position_other"></dd></dl>`);
    const named = page('<option>教授</option><option>准教授</option><option>その他</option>');
    expect(at(named, '#s')).toMatchObject({ status: 'proposed', value: '准教授' });
    expect(at(named, '#o')?.status).not.toBe('proposed');
    const unnamed = page('<option>教授</option><option>その他</option>');
    expect(at(unnamed, '#s')?.status).toBe('skipped');
    expect(at(unnamed, '#o')).toMatchObject({ status: 'proposed' });
  });
});

describe('Robert Bosch, Roi Baudouin, Pezcoller, Novartis Japan, Marie Curie, Arthritis Society Canada, Sloan and Ramaciotti', () => {
  it('a question naming a window ("In the last three years, have you received …?") counts ties that ended within it; one asking about now does not', () => {
    const answer = (question: string) => {
      const p = planPage(`<fieldset><legend>${question}</legend><label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></fieldset>`);
      return p.proposals.find((x) => x.status === 'proposed' && x.key?.startsWith('disclosure.'))?.value;
    };
    const partnership = entries.find((e) => e.kind === 'partnership' && e.partnerType === 'industry' && e.fundingFlow === 'in') as Extract<Entry, { kind: 'partnership' }>;
    expect(partnership.endDate! < NOW.toISOString().slice(0, 7)).toBe(true);
    expect(answer('In the last three years, have you received research funding from a commercial organisation (for example under a sponsored research agreement)?')).toBe('Yes');
    expect(answer('Do you currently receive research funding from a commercial organisation (for example under a sponsored research agreement)?')).toBe('No');
  });

  it('a question on mandates (board, scientific or advisory council) lists those seats, not the main post; "obtenus … et aujourd\'hui terminés" are ended grants only; a faculty is no department', () => {
    const mandates = sectionContext(["\u21b3 Exercez-vous ou avez-vous exercé un mandat (conseil d'administration, comité de direction, conseil scientifique ou consultatif) dans une entreprise, une association ou une fondation", '4.1 Mandats']);
    expect(mandates).toMatchObject({ kind: 'appointment', appointmentTypes: ['advisory', 'board'] });
    expect(keyOf('Nature du mandat', ['4.1 Mandats'])).toBe('appointment.role');
    expect(sectionContext(["3.3 Financements obtenus au cours des cinq dernières années et aujourd'hui terminés"]).status).toBe('completed');
    expect(keyOf('Faculté', ["Institution d'accueil du projet", '2. Institution et fonction actuelle'])).toBeNull();
    expect(keyOf('Département', ["Institution d'accueil du projet", '2. Institution et fonction actuelle'])).toBe('person.department');
  });

  it('"Consulting and Financial Interests in Commercial Entities" is one list of interests, consultancies among them', () => {
    expect(sectionContext(['8.3 Consulting and Financial Interests in Commercial Entities'])).toMatchObject({ kind: 'financialInterest', kindFromTies: true });
    expect(sectionContext(['Nebentätigkeiten und mögliche Interessenkonflikte']).kind).toBe('consulting');
  });
});


describe('Hector, Maladies Rares, CARITRO, Suzuken, Blood Cancer UK, ADA, Terry Fox and Sigrid Jusélius', () => {
  const yesNo = (name: string, question: string) =>
    `<fieldset><legend>${question}</legend><label><input type="radio" name="${name}" id="${name}_si" value="si"> Sì</label><label><input type="radio" name="${name}" id="${name}_no" value="no"> No</label></fieldset>`;

  it('a question on assignments for companies (consulting, employment in a company, a seat on its board) lists outside work, and a "Company" column keeps it to consultancies', () => {
    const lead = "\u21b3 Since 1/2024, have you had paid or unpaid assignments for companies, e.g. consulting, expert or advisory work, lectures or training for a company, employment in a company or membership of a company's board";
    expect(sectionContext([lead, '6 Commercial ties'])).toMatchObject({ kind: 'consulting', kindFromOutside: true, outsideOnly: true });
    const p = planPage(`<h2>6 Commercial ties</h2><fieldset><legend>${lead.slice(2)}?</legend><label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></fieldset>
      <table><thead><tr><th>Company</th><th>Start (mm/yyyy)</th></tr></thead><tbody><tr><td><input id="c1"></td><td><input id="s1"></td></tr><tr><td><input id="c2"></td><td><input id="s2"></td></tr><tr><td><input id="c3"></td><td><input id="s3"></td></tr></tbody></table>`);
    expect([at(p, '#c1')?.value, at(p, '#c2')?.value]).toEqual(['Clearwater Analytical Instruments, Inc.', 'Rheinland Membrane Technologies GmbH']);
    expect(at(p, '#c3')?.value ?? '').toBe('');
    // Roles "with a commercial organisation": work for companies, though the column also says "organisation".
    const roles = planPage(`<h2>9. Declaration of competing interests</h2><fieldset><legend>1. In the last three years, have you held any paid employment, consultancy or advisory role with a commercial organisation?</legend><label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></fieldset>
      <table><thead><tr><th>Company / organisation</th></tr></thead><tbody><tr><td><input id="o1"></td></tr><tr><td><input id="o2"></td></tr><tr><td><input id="o3"></td></tr></tbody></table>`);
    expect([at(roles, '#o1')?.value, at(roles, '#o2')?.value, at(roles, '#o3')?.value ?? '']).toEqual(['Clearwater Analytical Instruments, Inc.', 'Rheinland Membrane Technologies GmbH', '']);
  });

  it('the block of the grant applied for on this form takes none of the record\'s grants, not even one applied for elsewhere', () => {
    expect(sectionContext(['3 Grant applied for', '4 Other funding']).thisApplication).toBe(true);
    expect(sectionContext(['Other funding applied for']).thisApplication).toBeFalsy();
    const p = planPage(`<h2>3 Grant applied for</h2><label for="t">Title of the research project *</label><input id="t">`);
    expect(at(p, '#t')?.value ?? '').toBe('');
  });

  it('"Project / purpose" in a list of grants is the title; an end box saying to stay blank while ongoing is still the end', () => {
    expect(keyOf('Project / purpose', ['4 Other funding received and applied for'])).toBe('support.title');
    expect(keyOf('Al (mm/aaaa, vuoto se in corso)', ['Incarico n. 1', '3.4 Incarichi e attività esterne'])).toBe('appointment.endDate');
    expect(keyOf('End (mm/yyyy, blank if ongoing)', ['Other appointments'])).toBe('appointment.endDate');
  });

  it('one box for an amount and its currency takes both: "50000 USD"', () => {
    expect(keyOf('Valore stimato (importo e valuta), interesse 1', ['3.6 Interessi finanziari'])).toBe('financialInterest.value.amount');
    const p = planPage(`<h2>3.6 Interessi finanziari</h2><table><thead><tr><th>Società</th><th>Valore stimato (importo e valuta)</th></tr></thead><tbody><tr><td><input id="o"></td><td><input id="v"></td></tr></tbody></table>`);
    expect(at(p, '#o')?.value).toBe('AquaVolt Sensors LLC');
    expect(at(p, '#v')?.instruction?.value).toBe('50000 USD');
  });

  it('"Forschungseinrichtung und Stelle" is the researcher\'s own block, its street and postcode no organisation; "vergütet / unvergütet" is paid or not; consulting fees, overnight costs and earlier funding from the page\'s funder are asked as such', () => {
    expect(sectionContext(['3.2 Forschungseinrichtung und Stelle', '3 Antragsteller/in & Interessenkonflikte'])).toMatchObject({ kind: 'person', ownBlock: true });
    expect(keyOf('PLZ', ['Anschrift der Einrichtung', '3.2 Forschungseinrichtung und Stelle'])).toBeNull();
    expect(keyOf('Straße, Hausnummer', ['3.2 Forschungseinrichtung und Stelle'], { hints: ['Anschrift der Forschungseinrichtung'] })).toBeNull();
    const paid = { type: 'select' as const, options: [{ value: '', text: '–' }, { value: 'verguetet', text: 'vergütet' }, { value: 'unverguetet', text: 'unvergütet' }] };
    expect(keyOf('Vergütung', ['3.4 Nebentätigkeiten und weitere Ämter'], paid)).toBe('appointment.paid');
    const radio = { type: 'radio' as const, options: [{ value: 'ja', text: 'Ja' }, { value: 'nein', text: 'Nein' }] };
    expect(keyOf('2. Haben Sie in den letzten 36 Monaten Beratungs-, Gutachter- oder Schulungshonorare von Unternehmen erhalten?', ['4'], radio)).toBe('disclosure.consulting');
    expect(keyOf('4. Wurden Ihnen in den letzten 36 Monaten Reise- oder Übernachtungskosten von einem Unternehmen bezahlt oder erstattet?', ['4'], radio)).toBe('disclosure.industryTravel');
    expect(keyOf('Haben Sie bereits früher eine Förderung der Hector Stiftung II erhalten oder beantragt?', ['4'], radio)).toBe('disclosure.supportReceived');
  });

  it('"Fonctions et affiliations secondaires (hors établissement employeur)" leaves the main post out; a question on current funding from the page\'s funder asks about that funder alone', () => {
    expect(sectionContext(['D.1 Fonctions et affiliations secondaires (hors établissement employeur)', 'D. Activités annexes et fonctions']).appointmentTypes).not.toContain('primary');
    const yn = (name: string, q: string) => `<fieldset><legend>${q}</legend><label><input type="radio" name="${name}" id="${name}_oui" value="oui"> Oui</label><label><input type="radio" name="${name}" id="${name}_non" value="non"> Non</label></fieldset>`;
    document.title = 'Dépôt de candidature | Fondation Maladies Rares';
    const p = planPage(yn('fmr', "Êtes-vous actuellement bénéficiaire d'un financement de la Fondation Maladies Rares ?") + yn('ind', "4. Dirigez-vous, ou avez-vous dirigé au cours des cinq dernières années, des travaux ayant bénéficié d'un financement par une entreprise (contrat de recherche, collaboration industrielle) ?"));
    expect(at(p, '#fmr_non')?.status).toBe('proposed');
    expect(at(p, '#ind_oui')?.status).toBe('proposed');
    const others = planPage(yn('any', "Êtes-vous actuellement bénéficiaire d'un financement de la Fondation Maladies Rares ou d'autres organismes ?"));
    expect(at(others, '#any_oui')?.status).toBe('proposed');
    document.title = '';
  });

  it('"Grantee Institution (legal name)" is the researcher\'s organisation; "Date Appointed to Current Rank" is when the main post began', () => {
    expect(keyOf('Grantee Institution (legal name) *', ['Principal Investigator'])).toBe('person.organization');
    expect(keyOf('Date Appointed to Current Rank *', ['Principal Investigator'])).toBe('person.positionStart');
  });

  it('a question on funding held, applied for or ended within a window lists all three', () => {
    const lead = "\u21b3 Il responsabile scientifico è titolare o partecipa ad altri progetti finanziati (in corso), ha presentato richieste di finanziamento in attesa di esito, o ha concluso progetti finanziati negli ultimi cinque anni";
    expect(sectionContext([lead, '3.3 Altri finanziamenti'])).toMatchObject({ kind: 'support', status: 'any', withinYears: 5 });
  });

  it('"Secondary occupation" and "Position of trust" choices name adjunct posts and advisory seats; posts "retribuiti o gratuiti" count unpaid ones', () => {
    const types = [{ value: 'secondary', text: 'Secondary occupation' }, { value: 'trust', text: 'Position of trust' }];
    expect(matchOption(types, 'adjunct')?.value).toBe('secondary');
    expect(matchOption(types, 'advisory')?.value).toBe('trust');
    const p = planPage(yesNo('inc', "4. Ricopre incarichi, retribuiti o gratuiti, presso enti diversi dall'ente di appartenenza?") + yesNo('dip', '5. Ha in essere un rapporto di lavoro dipendente con imprese private?'));
    expect(at(p, '#inc_si')?.status).toBe('proposed');
    expect(at(p, '#dip_no')?.status).toBe('proposed');
  });
});

describe('Japan Heart Foundation, CZI, MS Society, ÖAW, Fondazione CR Lucca, CPRIT, Ligue contre le cancer and BW Stiftung', () => {
  const yesNo = (name: string, question: string, yes = 'Yes', no = 'No') =>
    `<fieldset><legend>${question}</legend><label><input type="radio" name="${name}" id="${name}_y" value="y"> ${yes}</label><label><input type="radio" name="${name}" id="${name}_n" value="n"> ${no}</label></fieldset>`;

  it('a card numbered by a heading of the list\'s own rank ("Appointment 1" after "4a. Current outside appointments") stays under the list\'s heading', () => {
    const card = (n: number) => `<div class="card"><h3>Appointment ${n}</h3><label for="org${n}">Organization</label><input id="org${n}"></div>`;
    const p = planPage(`<h2>4. Outside Activities</h2><h3>4a. Current outside appointments and affiliations</h3><div id="list">${card(1)}${card(2)}</div>
      <button type="button">+ Add another appointment</button><h3>4b. Consulting</h3><label for="c">Company</label><input id="c">`);
    // The Oxford visit has ended: a list of current posts starts with the adjunct post.
    expect(at(p, '#org1')?.value).toBe('University of Toronto');
    expect(at(p, '#org2')?.value).toBe('Great Lakes Water Quality Consortium');
    expect(at(p, '#c')?.section).toContain('4b. Consulting');
  });

  it('a sentence sending secondary posts to another section ("兼務先は「4．兼業・兼職」に入力") leaves this one the main post\'s', () => {
    const p = planPage(`<h2>2．所属機関・職名</h2><p class="note">申請時点の本務先を入力してください。兼務先は「4．兼業・兼職」に入力してください。</p>
      <dl><dt><label for="inst">所属機関名</label></dt><dd><input id="inst"></dd></dl>`);
    expect(at(p, '#inst')?.value).toBe('University of Michigan');
  });

  it('the list\'s own instructions have the last word on time: "currently hold" after the page\'s "within the last three years"', () => {
    const note = 'This includes commercial and financial interests held currently or within the last three years. Membership of advisory boards and visiting or adjunct appointments that you currently hold, other than your main post.';
    const scoped = scopedContext(sectionContext(['5.2 Advisory boards, directorships and other appointments']), note);
    expect(scoped).toMatchObject({ status: 'current' });
    expect(scoped.withinYears).toBeUndefined();
    expect(scopedContext(sectionContext(['5.2 Consultancies']), 'List consultancies you currently hold. Include any held within the last three years.').withinYears).toBe(3);
  });

  it('a required mark between a question and its radios ("他の研究費の受入・申請 必須 ◯あり ◯なし") is not the question', () => {
    const p = planPage(`<h2>3．他の研究費</h2><div>他の研究費の受入・申請<span class="req">必須</span>
      <label><input type="radio" name="f" id="f_y" value="yes"> あり</label><label><input type="radio" name="f" id="f_n" value="no"> なし</label></div>`);
    expect(at(p, '#f_y')).toMatchObject({ key: 'disclosure.otherSupport', status: 'proposed' });
  });

  it('two boxes stacked in one cell under two stacked headers ("配分機関名" over "課題番号") take one header each', () => {
    const p = planPage(`<h2>他の研究費の受入状況（受給中・申請中）</h2><table><thead><tr><th rowspan="2">研究課題名</th><th>配分機関名</th></tr><tr><th>課題番号</th></tr></thead>
      <tbody><tr><td><input id="t"></td><td><input id="a"><input id="n"></td></tr></tbody></table>`);
    expect(at(p, '#a')?.label).toBe('配分機関名');
    expect(at(p, '#n')).toMatchObject({ key: 'support.awardNumber', value: 'CHE-2404417' });
  });

  it('a question followed by a required mark ("…royalties …? *") is still asked', () => {
    const p = planPage(yesNo('i', "Il responsabile scientifico detiene partecipazioni in società, brevetti, licenze o diritti a royalties connessi all'ambito di ricerca del progetto? *", 'Sì'));
    expect(at(p, '#i_y')?.status).toBe('proposed');
  });

  it('initials across a joiner name the page\'s funder ("ÖAW": Österreichische Akademie der Wissenschaften); "dalla Fondazione" is this foundation', () => {
    document.title = 'Online-Antrag – Österreichische Akademie der Wissenschaften';
    const p = planPage(yesNo('o', 'Wurden Sie bereits von der ÖAW gefördert (Stipendium, Preis, Projekt)?', 'ja', 'nein'));
    expect(at(p, '#o_n')?.status).toBe('proposed');
    document.title = 'ROL | Fondazione Cassa di Risparmio di Lucca';
    const q = planPage(yesNo('c', 'Il responsabile scientifico ha già ottenuto contributi dalla Fondazione per progetti di ricerca nei bandi precedenti?', 'Sì'));
    expect(at(q, '#c_n')?.status).toBe('proposed');
    document.title = '';
  });

  it('whether ties were reported to the institution: asked once for all of them, or per row; a consultancy\'s confidentiality agreement per row', () => {
    const p = planPage(yesNo('r', "6. Have all outside positions, consulting arrangements and financial interests listed above been disclosed to the applicant organization's conflict of interest office?") +
      yesNo('g', 'Wurden alle unter Punkt 5 und 6 angegebenen Tätigkeiten Ihrer Heimatinstitution gemeldet bzw. von dieser genehmigt?', 'ja', 'nein'));
    expect(at(p, '#r_y')).toMatchObject({ key: 'disclosure.reportedToInstitution', status: 'proposed' });
    expect(at(p, '#g_y')?.status).toBe('proposed');
    expect(disclosureAnswer('disclosure.reportedToInstitution', profile, entries.map((e) => (e.kind === 'consulting' ? { ...e, reportedToInstitution: false } : e)), NOW)).toBe('no');
    const rows = planPage(`<h2>B. Consulting and Other Paid Services</h2><table><thead><tr><th>Company</th><th>Reported to institution</th><th>Es besteht eine Vertraulichkeitsvereinbarung</th></tr></thead>
      <tbody><tr><td><input id="c0"></td><td><input type="checkbox" id="r0"></td><td><input type="checkbox" id="k0"></td></tr></tbody></table>`);
    expect(at(rows, '#r0')).toMatchObject({ key: 'consulting.reportedToInstitution', status: 'proposed' });
    const first = entries.find((e) => e.kind === 'consulting' && e.organization.name === at(rows, '#c0')?.value) as { confidentialityRequired?: boolean };
    expect(at(rows, '#k0')?.status).toBe(first.confidentialityRequired ? 'proposed' : 'skipped');
  });

  it('a host institution, a unit\'s director, the sponsored-programs contact, an EIN and a house district are not the researcher\'s', () => {
    expect(keyOf('Gastinstitution *', ['3. Gastinstitution in Österreich'])).toBeNull();
    expect(keyOf("Directeur(trice) de l'unité", ['2. Laboratoire'])).toBeNull();
    expect(keyOf('Sponsored programs contact email', ['2. Applicant Institution'])).toBeNull();
    expect(keyOf('Institution EIN', ['2. Applicant Institution'])).toBeNull();
    expect(keyOf('Texas State House District *', ['Organization'])).toBeNull();
    expect(keyOf('Geschäftszahl / Förder-Nr.', ['Laufende Förderungen'])).toBe('support.awardNumber');
    expect(keyOf('Förderstelle', ['Beantragte Förderungen'])).toBe('support.organization.name');
    expect(keyOf('Nature of the work', ['5.1 Consultancies'])).toBe('consulting.description');
    expect(keyOf('Gegenstand der Beratung', ['Beratungsmandat 1', '5.1 Beratertätigkeiten für Unternehmen'])).toBe('consulting.description');
  });
});
