import { describe, expect, it } from 'vitest';
import { classify, sectionContext } from '@/lib/fill/classify';
import { keyOf, labelled } from './helpers';


describe('section headings a research administrator would use', () => {
  it.each([
    ['Research Funding History', 'support'],
    ['Grants', 'support'],
    ['Ongoing and submitted grants', 'support'],
    ['Active awards', 'support'],
    ['Research funding', 'support'],
    ['Aides à la recherche obtenues', 'support'],
    ['Eingeworbene Fördermittel', 'support'],
    ['Progetti finanziati', 'support'],
    ['外部資金の受入状況', 'support'],
    ['Fonctions et mandats exercés (y compris à titre gratuit)', 'appointment'],
    ['Funktionen und Mandate', 'appointment'],
    ['Cariche ricoperte', 'appointment'],
    ["Activités de conseil, d'expertise ou de formation", 'consulting'],
    ['Missions d’expertise', 'consulting'],
    ['Gutachtertätigkeit', 'consulting'],
    ['Consulenze', 'consulting'],
    ['顧問契約', 'consulting'],
    ['Participations financières et propriété intellectuelle', 'financialInterest'],
    ['Equity interests and royalties', 'financialInterest'],
    ['Intellectual property', 'financialInterest'],
    ['Geistiges Eigentum', 'financialInterest'],
    ['Partecipazioni societarie', 'financialInterest'],
    ['株式等の保有', 'financialInterest'],
    ['Programme de recrutement soutenu par un État étranger', 'talentProgram'],
  ])('"%s" → %s', (heading, kind) => {
    expect(sectionContext([heading]).kind).toBe(kind);
  });

  it('prize and EDI headings are not funding or financial interests', () => {
    expect(sectionContext(['Honours and awards']).kind).toBeUndefined();
    expect(sectionContext(['Equity, diversity and inclusion']).kind).toBeUndefined();
    expect(sectionContext(["Conseil d'administration"]).kind).toBe('appointment');
  });

  it('status words: ongoing/under review, and completed words never read as current', () => {
    expect(sectionContext(['Ongoing grants'])).toMatchObject({ kind: 'support', status: 'current' });
    expect(sectionContext(['Grants under review'])).toMatchObject({ kind: 'support', status: 'pending' });
    expect(sectionContext(['Financements en cours d’évaluation']).status).not.toBe('current');
    expect(sectionContext(['Demandes en évaluation']).status).toBe('pending');
    for (const done of ['Completed grants', 'Past awards', 'Closed funding', 'Financements terminés', 'Abgeschlossene Drittmittelprojekte', 'Finanziamenti conclusi', '終了した研究費'])
      expect(sectionContext([done]).status).not.toBe('current');
  });

  it('fields of a funding-history row resolve once the heading is known', () => {
    expect(keyOf('Funding Organization *', ['Research Funding (1)', 'Research Funding History'])).toBe('support.organization.name');
    expect(keyOf('Currency', ['Research Funding History'])).toBe('support.totalAmount.currency');
  });
});

describe('field vocabulary in five languages', () => {
  it.each([
    ['Funding Title *', ['Research Funding'], 'support.title'],
    ['Grant title', ['Grants'], 'support.title'],
    ['Titre de la subvention', ['Financements'], 'support.title'],
    ['Titel des Vorhabens', ['Drittmittel'], 'support.title'],
    ['Funding ID', ['Ongoing and submitted grants'], 'support.awardNumber'],
    ['Grant reference', ['Grants'], 'support.awardNumber'],
    ['Numéro de convention', ['Financements'], 'support.awardNumber'],
    ['Referenznummer', ['Drittmittel'], 'support.awardNumber'],
    ['体系的番号', ['研究費'], 'support.awardNumber'],
    ['Funding body', ['Grants'], 'support.organization.name'],
    ['Awarding body', ['Grants'], 'support.organization.name'],
    ['Zuwendungsgeber', ['Drittmittel'], 'support.organization.name'],
    ['Major Goals:', ['Other Support'], 'support.objectives'],
    ['Specific aims', ['Other Support'], 'support.objectives'],
    ['Objectif du projet', ['Financements'], 'support.objectives'],
    ['Forschungsziele', ['Drittmittel'], 'support.objectives'],
    ['研究の目的', ['研究費'], 'support.objectives'],
    ['Employing organisation', [], 'person.organization'],
    ['Organisme employeur', [], 'person.organization'],
    ['Name of Individual:', [], 'person.fullName'],
    ['Nom et prénom', [], 'person.fullName'],
    ['Vor- und Nachname', [], 'person.fullName'],
    ['Nome e cognome', [], 'person.fullName'],
    ['Compensation received (USD)', ['Outside professional activities'], 'consulting.compensation.amount'],
    ['Montant perçu (€)', ['Activités de conseil'], 'consulting.compensation.amount'],
    ['Vergütung (EUR)', ['Beratertätigkeit'], 'consulting.compensation.amount'],
    ["Objet de l'activité", ["Activités de conseil, d'expertise"], 'consulting.description'],
    ['Purpose of the engagement', ['Consulting'], 'consulting.description'],
    ["Nature de l'intérêt", ['Participations financières'], 'financialInterest.interestType'],
    ['Nature of interest', ['Financial interests'], 'financialInterest.interestType'],
    ['Depuis (MM/AAAA)', ['Participations financières'], 'financialInterest.startDate'],
    ['Since', ['Financial interests'], 'financialInterest.startDate'],
    ['Seit', ['Beratertätigkeit'], 'consulting.startDate'],
    ['Type of Relationship', ['Disclosures / Conflict of Interest'], 'financialInterest.interestType'],
    ['Type de lien', ["Liens d'intérêts"], 'financialInterest.interestType'],
    ['Source Type', ['Other Support'], 'support.sponsorType'],
    ["Tipologia dell'ente finanziatore *", ['Finanziamenti'], 'support.sponsorType'],
    ['Type of position', ['Current positions'], 'appointment.appointmentType'],
    ['Eigener Arbeitszeitanteil', ['Laufende Drittmittel'], 'support.percentOfTime'],
    ['Codice / Rif.', ['Finanziamenti ottenuti'], 'support.awardNumber'],
    ['Durata (mesi)', ['Finanziamenti richiesti'], 'support.durationMonths'],
    ['Laufzeit (Monate)', ['Drittmittel – offene Anträge'], 'support.durationMonths'],
    ['Hochschule / Einrichtung', ['Beruflicher Werdegang'], 'appointment.organization.name'],
    ['機関・団体名', ['兼職'], 'appointment.organization.name'],
    ['本企画との関係（内容・経費・エフォートの重複の有無）', ['他の助成金'], 'support.overlap'],
    ['PI of award (if not applicant)', ['Current support'], 'support.pdPi'],
    ["Stato in cui ha sede l'ente *", ['Posizione attuale'], 'appointment.organization.country'],
    ['Codice / n. di riferimento', ['a) Finanziamenti ottenuti'], 'support.awardNumber'],
    ['Periodo dal', ['a) Finanziamenti ottenuti'], 'support.startDate'],
    ['期間 至', ['職歴'], 'appointment.endDate'],
    ['申請者の立場', ['他の研究助成金の受給・申請状況'], 'support.role'],
  ])('"%s" under %j → %s', (label, section, key) => {
    expect(keyOf(label, section)).toBe(key);
  });

  it.each([
    ['2. Do you hold equity (stock, stock options or other ownership interest) in a company related to your work?', 'disclosure.equity'],
    ['Do you receive royalties or other income from intellectual property?', 'disclosure.royalty'],
    ['Détenez-vous des actions ou parts sociales dans une société ?', 'disclosure.equity'],
    ['Besitzen Sie Aktien oder Geschäftsanteile an einem Unternehmen?', 'disclosure.equity'],
    ['Possiede azioni o quote societarie?', 'disclosure.equity'],
    ['株式を保有していますか', 'disclosure.equity'],
    ['Do you hold significant financial interests in an outside entity?', 'disclosure.financialInterest'],
    ['Are you a founder or co-founder of a company that could benefit from the results?', 'disclosure.founder'],
    ['Êtes-vous fondateur ou cofondateur d’une entreprise ?', 'disclosure.founder'],
    ['Sind Sie Gründer oder Mitgründer eines Unternehmens?', 'disclosure.founder'],
    ['Do you receive royalties under a licence of intellectual property?', 'disclosure.royalty'],
    ['Percevez-vous des redevances ?', 'disclosure.royalty'],
    ['Do you hold a position, appointment or title (paid or unpaid) at a foreign institution?', 'disclosure.foreignAppointment'],
    ['Occupez-vous une fonction dans un établissement étranger ?', 'disclosure.foreignAppointment'],
    ['Haben Sie eine Position an einer ausländischen Hochschule?', 'disclosure.foreignAppointment'],
    ['Ricopre un incarico presso una università estera?', 'disclosure.foreignAppointment'],
    ['外国の大学に所属していますか', 'disclosure.foreignAppointment'],
    ['Do you receive in-kind support (equipment, space, personnel) from an outside entity?', 'disclosure.inKind'],
    ['Recevez-vous un soutien en nature ?', 'disclosure.inKind'],
    ["Exercez-vous actuellement une activité de conseil rémunérée auprès d'une entreprise ?", 'disclosure.consulting'],
    ['Haben Sie einen Beratervertrag?', 'disclosure.consulting'],
    ['Svolge attività di consulenza?', 'disclosure.consulting'],
    ['Participez-vous à un programme de recrutement de talents financé par un gouvernement étranger ?', 'disclosure.talentProgram'],
    ['Partecipa a un programma di reclutamento di talenti?', 'disclosure.talentProgram'],
    ["Êtes-vous ou avez-vous été membre d'une instance décisionnelle (conseil d'administration, comité consultatif) d'un organisme ?", 'disclosure.board'],
    ['Do you serve on the board of directors or an advisory board of a company?', 'disclosure.board'],
    ['* Does the applicant have any active or pending research support?', 'disclosure.otherSupport'],
    ['Has the applicant served as a consultant for a for-profit entity?', 'disclosure.consulting'],
    ["Exercez-vous une activité de consultant ou d'expertise auprès d'une entreprise ?", 'disclosure.consulting'],
    ['Sind Sie derzeit gegen Entgelt beratend oder gutachterlich für Unternehmen tätig?', 'disclosure.consulting'],
    ['Beziehen Sie derzeit Einnahmen aus Patenten, Lizenzen oder Tantiemen?', 'disclosure.royalty'],
    ['Ha ricevuto rimborsi di spese di viaggio da soggetti diversi dal proprio ente?', 'disclosure.travel'],
    ['他の助成金の受給・申請', 'disclosure.otherSupport'],
  ])('question "%s" → %s', (label, key) => {
    expect(keyOf(label, [], { type: 'radio', labelSource: 'legend' })).toBe(key);
  });

  it('an equity-diversity question is not a financial interest', () => {
    expect(keyOf('Have you completed equity, diversity and inclusion training?', [], { type: 'radio', labelSource: 'legend' })).toBeNull();
  });

  it('"intended for use on this proposal" is the row\'s own flag, not the in-kind screening question', () => {
    expect(keyOf('Is the in-kind contribution intended for use on this proposal?', ['In-kind contributions'], { type: 'radio', labelSource: 'legend' })).toBe('inKind.forThisProject');
    expect(keyOf('Intended for use on the project/proposal being proposed?', ['In-Kind Contribution #1', 'In-Kind'], { type: 'select' })).toBe('inKind.forThisProject');
  });
});

describe('labels that used to put a wrong value in the page', () => {
  it('"Name of PD/PI" in a grant row is the grant\'s PD/PI, not the researcher', () => {
    expect(keyOf('Name of PD/PI:', ['Project/Proposal #1', 'Other Support'])).toBe('support.pdPi');
    expect(keyOf('PI name', ['Current and pending support'])).toBe('support.pdPi');
  });
  it("someone else's email or department is not the researcher's", () => {
    expect(keyOf("Department chair's email", [])).toBeNull();
    expect(keyOf("Department chair's email", [], { type: 'email' })).not.toBe('person.department');
    expect(keyOf('Supervisor email', [])).toBeNull();
    expect(keyOf('Courriel du directeur de département', [])).not.toBe('person.department');
    expect(keyOf('Department', [])).toBe('person.department');
  });
  it.each([
    'Previous Family Name', 'Former surname', 'Maiden name', 'Other names', 'Nom de naissance', 'Ancien nom de famille',
    'Geburtsname', 'Früherer Nachname', 'Cognome precedente', 'Cognome da nubile', '旧姓', 'Previous first name',
  ])('"%s" is not the current name', (label) => {
    expect(keyOf(label, [])).toBeNull();
  });
  it('a lone "Name" is ambiguous: the full name when the page says autocomplete=name, never the family name alone', () => {
    expect(keyOf('Name', [])).not.toBe('person.familyName');
    expect(keyOf('Name', [], { autocomplete: 'name' })).toBe('person.fullName');
    expect(keyOf('Nom', [])).toBe('person.familyName');
  });
  it('a yes/no question mentioning an organisation is not an organisation name', () => {
    const q = 'Do you currently hold a paid or unpaid appointment with any organisation other than your employer, including honorary, visiting or adjunct positions?';
    const [c] = classify([labelled(q, [q], { type: 'radio', labelSource: 'legend' })], null);
    expect(c.key ?? '').not.toMatch(/organization|person\./);
    expect(keyOf('Détenez-vous des parts dans une entreprise ?', ['Participations financières'], { type: 'radio', labelSource: 'legend' })).not.toBe('financialInterest.organization.name');
  });
  it('short date words match only as the whole label or before a layout: "Related to…" is not an end date', () => {
    expect(keyOf('Related to your university research?', ['Outside professional activities'], { type: 'select' })).toBe('consulting.relatedToResearch');
    expect(keyOf('Relation to current proposal', ['Other support'])).not.toBe('support.endDate');
    expect(keyOf('Montant du financement', ['Financements'])).toBe('support.totalAmount.amount');
    expect(keyOf('Lié au projet', ['Financements'])).not.toBe('support.endDate');
    expect(keyOf('Relativo al progetto', ['Finanziamenti'])).not.toBe('support.endDate');
    expect(keyOf('Funding received from industry', ['Grants'])).not.toBe('support.startDate');
    for (const [label, key] of [['To', 'support.endDate'], ['From', 'support.startDate'], ['To (MM/YYYY)', 'support.endDate'], ['Von (MM.JJJJ)', 'support.startDate'], ['Bis', 'support.endDate'], ['Au (MM/AAAA)', 'support.endDate'], ['Dal', 'support.startDate'], ['Al (mm/aaaa)', 'support.endDate']])
      expect(keyOf(label, ['Grants'])).toBe(key);
  });
});

describe('date parts and the researcher\'s own organisation', () => {
  it('reads "From year" / "To month" boxes as parts of the start and end dates', () => {
    for (const [label, key] of [['From year, row 1', 'support.startDate'], ['To year, row 1', 'support.endDate'], ['Von Jahr', 'support.startDate'], ['Au mois', 'support.endDate'], ['Dal anno', 'support.startDate']])
      expect(keyOf(label, ['Other sources of funding'])).toBe(key);
  });

  it('in a personal-details block, organisation, city and country are the researcher\'s own; citizenship is never read', () => {
    const form = 'Form 100 – Personal Data Form';
    expect(keyOf('Organization', ['Applicant', form])).toBe('person.organization');
    expect(keyOf('Current host institution', ['6.1 Principal investigator', 'Section 6 – Researcher declarations'])).toBe('person.organization');
    expect(keyOf('Country of host institution', ['6.1 Principal investigator', 'Section 6 – Researcher declarations'])).toBe('person.primaryOrganization.country');
    expect(keyOf('* City:', ['Senior/Key Person Profile', form])).toBe('person.primaryOrganization.city');
    expect(keyOf('State:', ['Senior/Key Person Profile', form])).toBe('person.primaryOrganization.region');
    expect(keyOf('Organization and location', ['Personal information', form])).toBe('person.organizationLocation');
    expect(keyOf('Country of citizenship', ['Applicant', form])).toBeNull();
    expect(keyOf('Organization', ['Current and pending support', form])).toBe('support.organization.name');
  });

  it('a page merely titled for investigators is no personal block, and an entity or sponsor is another party', () => {
    const title = ['Statement of Economic Interests for Principal Investigators'];
    expect(keyOf('Entity, row 1', title)).toBeNull();
    expect(keyOf('City', title)).toBeNull();
    expect(keyOf('Position held with the entity', title)).toBeNull();
    expect(keyOf('Name of entity (sponsor)', ['Applicant', 'Form 700-U'])).toBeNull();
  });
});

describe('related-to-research flag', () => {
  it('is a row question; a screening question that merely mentions the research is not it', () => {
    expect(keyOf('Is this activity related to your research?', ['Consulting'], { type: 'radio', labelSource: 'legend' })).toBe('consulting.relatedToResearch');
    expect(keyOf('Lié à vos travaux de recherche ?', ['Activités de conseil'], { type: 'select' })).toBe('consulting.relatedToResearch');
    expect(keyOf('Do you hold equity in a company whose business is related to your research?', [], { type: 'radio', labelSource: 'legend' })).toBe('disclosure.equity');
  });
});

describe('paid / compensated', () => {
  it('"Rémunération" (oui/non) is whether the role is paid, on a choice control only', () => {
    expect(keyOf('Rémunération', ['Fonctions et mandats'], { type: 'select' })).toBe('appointment.paid');
    expect(keyOf('Rémunération', ["Activités de conseil, d'expertise"], { type: 'select' })).toBe('consulting.compensated');
    expect(keyOf('Paid?', ['Appointments'], { type: 'radio', labelSource: 'legend' })).toBe('appointment.paid');
    expect(keyOf('Paid', ['Appointments'], { type: 'text' })).toBeNull();
    expect(keyOf('Montant de la rémunération (€)', ['Fonctions et mandats'], { type: 'text' })).toBe('appointment.compensation.amount');
  });
});
