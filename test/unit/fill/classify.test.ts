import { describe, expect, it } from 'vitest';
import { classify, CONFIDENCE_THRESHOLD, matchPortal, sectionContext } from '@/lib/fill/classify';
import { builtInPortalMaps } from '@/lib/fill/portals';
import { keyOf, labelled } from './helpers';


describe('classification by language', () => {
  it.each([
    ['en', 'Project title', ['Current and Pending Support'], 'support.title'],
    ['en', 'Source of Support', ['Current and Pending Support'], 'support.organization.name'],
    ['en', 'Start Date (MM/YYYY)', ['Other support'], 'support.startDate'],
    ['fr', 'Titre du projet', ['Financement de recherche'], 'support.title'],
    ['fr', 'Organisme de financement', ['Soutien à la recherche'], 'support.organization.name'],
    ['fr', 'Date de fin', ['Financement de recherche'], 'support.endDate'],
    ['de', 'Projekttitel', ['Laufende Drittmittelprojekte'], 'support.title'],
    ['de', 'Förderkennzeichen', ['Drittmittel'], 'support.awardNumber'],
    ['de', 'Beginn', ['Laufende Förderung'], 'support.startDate'],
    ['it', 'Titolo del progetto', ['Finanziamenti in corso'], 'support.title'],
    ['it', 'Ente finanziatore', ['Finanziamenti in corso'], 'support.organization.name'],
    ['it', 'Data di inizio', ['Finanziamenti in corso'], 'support.startDate'],
    ['ja', '研究課題名', ['応募中・実施中の研究費'], 'support.title'],
    ['ja', '配分機関名', ['研究費'], 'support.organization.name'],
    ['ja', '開始年月', ['研究費'], 'support.startDate'],
    ['en', 'ORCID iD', [], 'person.orcid'],
    ['fr', 'Prénom', [], 'person.givenName'],
    ['de', 'Nachname', [], 'person.familyName'],
    ['it', 'Cognome', [], 'person.familyName'],
    ['ja', '氏名（姓）', [], 'person.familyName'],
    ['en', 'Name of position held', ['Appointments and positions'], 'appointment.role'],
  ])('%s: "%s" under %j → %s', (_lang, label, section, key) => {
    expect(keyOf(label, section)).toBe(key);
  });

  it('a yes/no question needs a choice control', () => {
    expect(keyOf('Do you participate in a foreign talent recruitment program?', [], { type: 'radio' })).toBe('disclosure.talentProgram');
    expect(keyOf('Do you participate in a foreign talent recruitment program?', [], { type: 'text' })).toBeNull();
  });
});

describe('negative patterns and confidence', () => {
  it('"Position title" is not a project title; "Place of performance" is not the sponsor', () => {
    expect(keyOf('Position title', ['Current and Pending Support'])).not.toBe('support.title');
    expect(keyOf('Primary Place of Performance', ['Current and Pending Support'])).toBe('support.placeOfPerformance');
  });
  it('"Total" is an amount but "Total person months" is not', () => {
    expect(keyOf('Total person months', ['Other support'])).toBe('support.effort.personMonths');
  });
  it('short words only match whole words ("to" is not in "total")', () => {
    expect(keyOf('Total', ['Other support'])).toBe('support.totalAmount.amount');
  });
  it("generic entry fields outside any recognised section are not classified", () => {
    const [c] = classify([labelled('Start date')], null);
    expect(c.key).toBeNull();
    const [t] = classify([labelled('Title')], null);
    expect(t.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });
  it('name tokens alone give less confidence than a label', () => {
    const [byLabel] = classify([labelled('Email')], null);
    const [byName] = classify([labelled('email', [], { labelSource: 'name' })], null);
    expect(byName.confidence).toBeLessThan(byLabel.confidence);
  });
  it('a lone grant-number box under no heading is not filled (it may be the application\'s own); rows of them are', () => {
    expect(keyOf('Application number')).toBeNull();
    const rows = classify([labelled('Förderkennzeichen'), labelled('Förderkennzeichen', [], { id: 1 })], null);
    expect(rows.map((c) => (c.confidence >= CONFIDENCE_THRESHOLD ? c.key : null))).toEqual(['support.awardNumber', 'support.awardNumber']);
  });
  it("an email box for someone else is not the researcher's, even when the page marks it type=email", () => {
    expect(keyOf("Department chair's email", [], { type: 'email' })).toBeNull();
    expect(keyOf('Contact', [], { type: 'email' })).toBe('person.email');
  });
  it('effort given in percent is its own key, not person-months', () => {
    expect(keyOf('エフォート（％）', ['研究費'])).toBe('support.percentOfTime');
    expect(keyOf('Working time (%)', ['Other funding'])).toBe('support.percentOfTime');
    expect(keyOf('Person-months', ['Other funding'])).toBe('support.effort.personMonths');
  });
});

describe('sections and portal maps', () => {
  it('reads kind and status from headings in five languages', () => {
    expect(sectionContext(['Pending', 'Other Support'])).toMatchObject({ kind: 'support', status: 'pending' });
    expect(sectionContext(['Financements en cours'])).toMatchObject({ kind: 'support', status: 'current' });
    expect(sectionContext(['Laufende Drittmittelprojekte'])).toMatchObject({ status: 'current' });
    expect(sectionContext(['Contributi in natura'])).toMatchObject({ kind: 'inKind' });
    expect(sectionContext(['現物による支援'])).toMatchObject({ kind: 'inKind' });
  });
  it('matches URL patterns with * wildcards', () => {
    const maps = builtInPortalMaps();
    expect(matchPortal('https://www.research.gov/proposalprep/#/cps', maps)?.id).toBe('nsf-research-gov');
    expect(matchPortal('https://www.e-rad.go.jp/erad/portal', maps)?.id).toBe('jp-e-rad');
    expect(matchPortal('https://example.org/form', maps)).toBeNull();
  });
  it('a map field wins over heuristics and carries its format', () => {
    const map = builtInPortalMaps().find((m) => m.id === 'ca-researchnet-convergence')!;
    const [c] = classify([labelled('Date de début', ['Financement de recherche'])], map);
    expect(c).toMatchObject({ key: 'support.startDate', confidence: 1, via: 'map:ca-researchnet-convergence', format: 'YYYY/MM' });
  });
  it('map selectors are resolved by the scan (descriptor hits)', () => {
    const map = builtInPortalMaps().find((m) => m.id === 'grants-gov')!;
    const i = map.fields.findIndex((f) => f.selector);
    const [c] = classify([labelled('Whatever', [], { mapFields: [i] })], map);
    expect(c.key).toBe(map.fields[i].key);
  });
});
