import { describe, expect, it } from 'vitest';
import { sectionContext } from '@/lib/fill/classify';
import { matchOption } from '@/lib/fill/format';
import addVocab from '@/lib/fill/vocab/add-controls.json';
import { keyOf } from './helpers';

const opts = (...texts: string[]) => texts.map((t, i) => ({ value: `v${i}`, text: t }));

describe('row fields of other-support tables', () => {
  it.each([
    ['Référence / n° de convention', ['Autres financements'], 'support.awardNumber'],
    ['N° de dossier', ['Financements'], 'support.awardNumber'],
    ['Project / Application ID', ['Research support'], 'support.awardNumber'],
    ['Application ID', ['Grants'], 'support.awardNumber'],
    ['Projekt-Nr.', ['Drittmittel'], 'support.awardNumber'],
    ['Antragsnummer', ['Drittmittel'], 'support.awardNumber'],
    ['ID progetto', ['Finanziamenti'], 'support.awardNumber'],
    ['申請番号', ['研究費'], 'support.awardNumber'],
    ['Project / Application title', ['Research support'], 'support.title'],
    ['Titre de la demande', ['Financements'], 'support.title'],
    ['Titel des Antrags', ['Drittmittel'], 'support.title'],
    ['Titolo della proposta', ['Finanziamenti'], 'support.title'],
    ['Implication (personne·mois par an)', ['Autres financements'], 'support.effort.personMonths'],
    ['Personen-Monate', ['Drittmittel'], 'support.effort.personMonths'],
    ['Hommes-mois', ['Financements'], 'support.effort.personMonths'],
    ['Eigene Arbeitskapazität (PM/Jahr)', ['Förderungen'], 'support.effort.personMonths'],
    ['Engagement PI (pers.-mois/an) PI commitment (PM/year)', ['Autres financements'], 'support.effort.personMonths'],
    ['Référence / n° de contrat', ['Financements'], 'support.awardNumber'],
    ['Codice / protocollo', ['Finanziamenti'], 'support.awardNumber'],
    ['Funktion', ['Interessenkonflikte'], 'financialInterest.role'],
    ['Year Began', ['Outside activities'], 'consulting.startDate'],
    ['Förderer', ['Drittmittel'], 'support.organization.name'],
    ['Reference no.', ['Funding'], 'support.awardNumber'],
    ['Funktion', ['Bewilligte Förderungen'], 'support.role'],
    ['Geber der Sachleistung', ['Sachleistungen'], 'inKind.organization.name'],
    ['Art der Leistung', ['Sachleistungen'], 'inKind.summary'],
  ])('"%s" under %j → %s', (label, section, key) => {
    expect(keyOf(label, section)).toBe(key);
  });

  it.each([
    ['Lien / recouvrement avec le présent projet', ['Autres financements'], 'support.overlap'],
    ['Recoupement avec la présente demande', ['Financements'], 'support.overlap'],
    ['Abgrenzung zum vorliegenden Antrag', ['Drittmittel'], 'support.overlap'],
    ['Sovrapposizioni con il presente progetto', ['Finanziamenti'], 'support.overlap'],
  ])('overlap box "%s" → %s', (label, section, key) => {
    expect(keyOf(label, section, { type: 'textarea', tag: 'textarea' })).toBe(key);
  });

  it('a reference year or period is not an award number', () => {
    expect(keyOf('Année de référence', ['Financements'])).not.toBe('support.awardNumber');
    expect(keyOf('Période de référence', ['Financements'])).not.toBe('support.awardNumber');
  });
});

describe("the researcher's own details", () => {
  it.each([
    ['Research institution', ['Applicant'], 'person.organization'],
    ['Institution de recherche', ['Demandeur'], 'person.organization'],
    ['Forschungseinrichtung', ['Antragsteller'], 'person.organization'],
    ['Current organisation', ['Part G – Research Support'], 'person.organization'],
    ['Établissement actuel', ['Autres financements'], 'person.organization'],
    ['Derzeitige Einrichtung', ['Drittmittel'], 'person.organization'],
    ['Istituzione attuale', ['Finanziamenti'], 'person.organization'],
    ['現所属', ['研究費'], 'person.organization'],
    ['Institut / Fachbereich', ['Antragsteller'], 'person.department'],
    ['Fachbereich', [], 'person.department'],
    ['Fonction / grade', ['Coordonnées du coordinateur'], 'person.positionTitle'],
    ['Faculty rank', [], 'person.positionTitle'],
    ['Academic rank', [], 'person.positionTitle'],
    ['Dienststellung', [], 'person.positionTitle'],
    ['Credential, e.g., agency login:', ['PROFILE - Project Director/Principal Investigator'], 'person.eraCommonsId'],
    ['Country of your institution', ['Applicant'], 'person.primaryOrganization.country'],
    ['Pays de votre établissement', [], 'person.primaryOrganization.country'],
    ['Land Ihrer Einrichtung', [], 'person.primaryOrganization.country'],
    ['所属機関の国', [], 'person.primaryOrganization.country'],
  ])('"%s" under %j → %s', (label, section, key) => {
    expect(keyOf(label, section)).toBe(key);
  });

  it("a country or partner's institution is not the researcher's organisation", () => {
    expect(keyOf('Land der Einrichtung', ['Antragsteller'], { type: 'select' })).not.toBe('person.organization');
    expect(keyOf('Pays de l’établissement', [], { type: 'select' })).not.toBe('person.organization');
    expect(keyOf('Partner research institution', ['Collaborations'])).not.toBe('person.organization');
    expect(keyOf('Host research institution', [])).not.toBe('person.organization');
  });

  it('an ambiguous "Country of institution" (a row may mean the row\'s institution) is not the researcher\'s country', () => {
    expect(keyOf('Country of institution', ['Appointments'], { type: 'select' })).not.toMatch(/^person\./);
  });
});

describe('section status', () => {
  it.each([
    'Altri finanziamenti in corso o richiesti',
    'Laufende Förderungen und weitere Anträge',
    'Current or requested funding',
    'Financements en cours ou sollicités',
  ])('"%s" asks for current and pending entries alike (no status)', (heading) => {
    const ctx = sectionContext([heading]);
    expect(ctx.kind).toBe('support');
    expect(ctx.status).toBeUndefined();
  });
  it.each([
    ['Finanziamenti richiesti', 'pending'],
    ['Requested funding', 'pending'],
    ['Aides demandées', 'pending'],
    ['Offene Anträge (Drittmittel)', 'pending'],
  ])('"%s" → %s', (heading, status) => {
    expect(sectionContext([heading]).status).toBe(status);
  });
  it('a heading naming the application itself is not a status', () => {
    expect(sectionContext(['Demande de financement']).status).toBeUndefined();
    expect(sectionContext(['Richiesta di finanziamento']).status).toBeUndefined();
  });
});

describe('add-another controls', () => {
  const add = new RegExp(addVocab.add, 'i');
  const never = new RegExp(addVocab.never, 'i');
  const isAdd = (t: string) => add.test(t) && !never.test(t);
  it.each([
    '+ Weitere Zeile hinzufügen', 'Zeile hinzufügen', 'Neuen Eintrag hinzufügen', 'Weitere Förderung hinzufügen', '+ Weiteres Vorhaben hinzufügen', 'Weiteres bewilligtes Vorhaben hinzufügen', 'Ajouter une ligne', 'Nouvelle entrée',
    'Aggiungi riga', 'Nuova voce', '行を追加', '新規追加', 'Add row', 'New entry', '+ Add grant',
  ])('"%s" adds a row', (text) => {
    expect(isAdd(text)).toBe(true);
  });
  it.each(['Antrag einreichen', 'Speichern und hinzufügen', 'Salva e invia', 'Addendum', 'Zeilenumbruch', '新規登録'])('"%s" is not an add-row control', (text) => {
    expect(isAdd(text)).toBe(false);
  });
});

describe('options: statuses, roles and ranks', () => {
  it.each([
    ['current', ['Projet en cours', 'Demande en cours d’évaluation'], 'Projet en cours'],
    ['pending', ['Projet en cours', 'Demande en cours d’évaluation'], 'Demande en cours d’évaluation'],
    ['pending', ['Current', 'Requested'], 'Requested'],
    ['current', ['Current', 'Requested'], 'Current'],
    ['pending', ['In corso', 'Richiesto'], 'Richiesto'],
    ['PI', ['Coordinateur·rice', 'Responsable scientifique d’un partenaire', 'Participant·e'], 'Coordinateur·rice'],
    ['co-I', ['Coordinateur·rice', 'Responsable scientifique d’un partenaire', 'Participant·e'], 'Participant·e'],
    ['co-I', ['Responsabile scientifico', 'Responsabile di unità', 'Partecipante'], 'Partecipante'],
    ['PI', ['Lead Chief Investigator', 'Chief Investigator', 'Partner Investigator'], 'Lead Chief Investigator'],
    ['co-PI', ['Lead Chief Investigator', 'Chief Investigator', 'Partner Investigator'], 'Chief Investigator'],
    ['PI', ['Chief Investigator A (CIA)', 'Chief Investigator B (CIB)', 'Associate Investigator'], 'Chief Investigator A (CIA)'],
    ['co-PI', ['Chief Investigator A (CIA)', 'Chief Investigator B (CIB)', 'Associate Investigator'], 'Chief Investigator B (CIB)'],
    ['co-PI', ['Antragsteller/in (Projektleitung)', 'Mitantragsteller/in', 'Beteiligte/r Wissenschaftler/in'], 'Mitantragsteller/in'],
    ['PI', ['Main applicant', 'Co-applicant', 'Project partner'], 'Main applicant'],
    ['co-PI', ['Main applicant', 'Co-applicant', 'Project partner'], 'Co-applicant'],
    ['Associate Professor', ['Professore ordinario', 'Professore associato', 'Ricercatore'], 'Professore associato'],
    ['Associate Professor', ['教授', '准教授', '助教'], '准教授'],
    ['Professor', ['Professore ordinario', 'Professore associato'], 'Professore ordinario'],
  ])('%s among %j → %s', (value, texts, want) => {
    expect(matchOption(opts(...texts), value)?.text).toBe(want);
  });

  it('a co-investigator is not a co-applicant (Mitantragsteller shares the lead: co-PI) but a participating scientist', () => {
    expect(matchOption(opts('Antragsteller/in (Projektleitung)', 'Mitantragsteller/in', 'Beteiligte/r Wissenschaftler/in'), 'co-I')?.text).toBe('Beteiligte/r Wissenschaftler/in');
    expect(matchOption(opts('Antragsteller/in (Projektleitung)', 'Mitantragsteller/in'), 'co-I')).toBeUndefined();
  });

  it('a gloss listing several names finds its option by any of them; German interest types', () => {
    const roles = opts('Projektleitung / Principal Investigator', 'Co-Projektleitung / Co-Principal Investigator', 'Mitwirkende/r (Co-Investigator, Senior Personnel)');
    expect(matchOption(roles, 'co-I')?.value).toBe('v2');
    expect(matchOption(roles, 'co-PI')?.value).toBe('v1');
    const types = opts('Beteiligung / (Mit-)Gründung', 'Beratung / Gutachten', 'Lizenz- / Erfindervergütung', 'Gremien- / Aufsichtsratstätigkeit');
    expect(matchOption(types, 'royalty')?.value).toBe('v2');
    expect(matchOption(types, 'consulting')?.value).toBe('v1');
    expect(matchOption(types, 'startup')?.value).toBe('v0');
  });

  it('in a list of compound kinds, the one option naming a synonym; funder kinds and committed funding', () => {
    const natures = opts('Employment', 'Consultancy / advisory (paid)', 'Equity, stock or stock options', 'Patents, royalties or licensing');
    expect(matchOption(natures, 'royalty')?.value).toBe('v3');
    expect(matchOption(opts('Government (national or sub-national)', 'Foundation / Philanthropy'), 'federal')?.value).toBe('v0');
    expect(matchOption(opts('Committed', 'Pending decision', 'Declined'), 'current')?.value).toBe('v0');
    // Two options naming it: none is picked.
    expect(matchOption(opts('Past royalties', 'Expected royalties'), 'royalty')).toBeUndefined();
  });

  it('ranks without a standard equivalent stay unmatched', () => {
    expect(matchOption(opts('Professeur des universités', 'Maître de conférences'), 'Associate Professor')).toBeUndefined();
  });
});

describe('disclosure questions', () => {
  const q = (label: string) => keyOf(label, [], { type: 'radio', labelSource: 'legend' });
  it('an appointment outside the university is not a foreign appointment (no record key answers it yet)', () => {
    expect(q('Do you hold any appointments outside the University (paid or unpaid)?')).not.toBe('disclosure.foreignAppointment');
    expect(q('1. Do you currently hold any appointment, paid or unpaid, outside the University?')).not.toBe('disclosure.foreignAppointment');
  });
  it('appointments outside the United States are foreign appointments', () => {
    expect(q('Do you hold appointments outside the United States?')).toBe('disclosure.foreignAppointment');
    expect(q('Any appointment outside the U.S., paid or unpaid?')).toBe('disclosure.foreignAppointment');
  });
  it('sponsored travel questions are read as the travel disclosure, never another', () => {
    expect(q('In the past 12 months, has an outside entity paid for or reimbursed your travel?')).toBeNull();
    expect(q('Have you received sponsored travel?')).toBe('disclosure.travel');
    expect(q('During the reporting period, did you receive sponsored or reimbursed travel that must be disclosed?')).toBe('disclosure.travel');
  });
  it('a yes/no select in an interests row asks whether the tie relates to the research', () => {
    const yesNo = { type: 'select', options: [{ value: 'Y', text: 'Yes' }, { value: 'N', text: 'No' }] } as const;
    expect(keyOf('Related to proposed research?', ['Financial interests'], { ...yesNo, options: [...yesNo.options] })).toBe('financialInterest.relatedToResearch');
  });
  it('outside professional activities are asked as consulting', () => {
    expect(q('During the reporting period, did you engage in any outside professional activities?')).toBe('disclosure.consulting');
  });
  it('German questions naming the project lead ask about their topic, not the lead\'s name', () => {
    expect(q('Erhält die Projektleitung derzeit Fördermittel Dritter oder hat sie Fördermittel bei Dritten beantragt?')).toBe('disclosure.otherSupport');
    expect(q('Ist die Projektleitung an Unternehmen beteiligt (Gesellschaftsanteile, Gründung)?')).toBe('disclosure.equity');
    expect(q('Bestehen entgeltliche Beratungs- oder Gutachterverträge zwischen der Projektleitung und Unternehmen?')).toBe('disclosure.consulting');
    expect(q('Ist die Projektleitung Inhaber/in oder Erfinder/in von Schutzrechten?')).toBe('disclosure.royalty');
  });
  it('held and applied-for funding are asked apart (BMBF\'s 7.1 and 7.2), and side activities as one question', () => {
    expect(q('7.1 Ist die Projektleitung derzeit an weiteren bewilligten, laufenden Vorhaben beteiligt?')).toBe('disclosure.currentSupport');
    expect(q('7.2 Hat die Projektleitung weitere Vorhaben beantragt, über die noch nicht entschieden ist?')).toBe('disclosure.pendingSupport');
    expect(q('Do you have pending applications with other funders?')).toBe('disclosure.pendingSupport');
    expect(q('8.1 Übt die Projektleitung Nebentätigkeiten aus (entgeltlich oder unentgeltlich)?')).toBe('disclosure.outsideActivity');
    expect(q('Nimmt die Projektleitung an einem staatlich getragenen Talent- bzw. Rekrutierungsprogramm teil?')).toBe('disclosure.talentProgram');
  });
  it('a select listing kinds of activity is no yes/no answer, though its label names the question\'s topic', () => {
    const kinds = { type: 'select', options: opts('Gastprofessur', 'Honorarprofessur', 'Lehrauftrag', 'Beratung', 'Beirat', 'Sonstige') } as const;
    expect(keyOf('Art der Nebentätigkeit', ['Nebentätigkeiten'], { ...kinds, options: [...kinds.options] })).not.toBe('disclosure.outsideActivity');
    const yesNo = { type: 'select', options: opts('ja', 'nein') } as const;
    expect(keyOf('Übt die Projektleitung Nebentätigkeiten aus?', [], { ...yesNo, options: [...yesNo.options] })).toBe('disclosure.outsideActivity');
  });
});
