import { describe, expect, it } from 'vitest';
import { DRAFT_TOPICS, draftNarratives } from '@/lib/draft';
import { Entry, LOCALES } from '@/lib/model';
import { emptyProfile, japaneseEntries, latinEntries, profile } from '../pdf/fixtures';

const draft = (entries: Entry[], locale: (typeof LOCALES)[number], p = profile) => draftNarratives(p, entries, { locale, today: '2026-11-24' });

describe('draftNarratives', () => {
  it.each(LOCALES)('%s: every topic is filled, with no leftover placeholders', (locale) => {
    const drafts = draft(japaneseEntries, locale);
    expect(Object.keys(drafts).sort()).toEqual([...DRAFT_TOPICS].sort());
    for (const text of Object.values(drafts)) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\{\w+\}|undefined|null|NaN/);
    }
  });

  it.each(LOCALES)('%s: positions list every appointment with its organisation, role and dates', (locale) => {
    const text = draft(japaneseEntries, locale)['positions-and-appointments'];
    for (const fact of ['Uniwersytet Łódzki (Łódź, PL)', 'Visiting Professor', '2021-09', 'Ångström Laboratory, Uppsala University (SE)', '2014-01', '2017-12', '東京大学 (東京, JP)', '客員教授', 'PLN']) {
      expect(text).toContain(fact);
    }
    expect(text).not.toContain('Kraków'); // consulting is its own topic
  });

  it('writes the amounts in each language\'s number format', () => {
    expect(draft(latinEntries, 'en')['in-kind-support']).toContain('USD 30,000');
    expect(draft(latinEntries, 'de')['in-kind-support']).toContain('USD 30.000');
    expect(draft(latinEntries, 'fr')['in-kind-support']).toMatch(/USD 30\s000/);
    expect(draft(latinEntries, 'en')['financial-interests']).toBe('Equity in Catalytica Nova, Inc. (US), value USD 15,000, related to my research.');
  });

  it('uses each language\'s wording (templates are per language)', () => {
    expect(draft(latinEntries, 'en')['consulting-and-outside-activities']).toBe(
      'Scientific adviser for Kraków Catalysis Sp. z o.o. (Kraków, PL), 2024-03 to 2025-02, compensated, EUR 8,500, related to my research.',
    );
    expect(draft(latinEntries, 'de')['consulting-and-outside-activities']).toContain('von 2024-03 bis 2025-02, vergütet, EUR 8.500');
    expect(draft(latinEntries, 'fr')['consulting-and-outside-activities']).toContain('du 2024-03 au 2025-02, rémunéré');
    expect(draft(latinEntries, 'it')['consulting-and-outside-activities']).toContain('dal 2024-03 al 2025-02, retribuita');
    expect(draft(latinEntries, 'ja')['consulting-and-outside-activities']).toContain('2024-03から2025-02まで、有償');
  });

  it('lists as foreign exactly the entries whose organisation is outside the home country', () => {
    const text = draft(latinEntries, 'en')['foreign-activities'];
    for (const org of ['Uniwersytet Łódzki', 'Deutsche Forschungsgemeinschaft', 'Instytut Fizyki PAN', 'Fondation Exemple', 'Société Chimique de France', 'Technische Universität München']) {
      expect(text).toContain(org);
    }
    expect(text).toContain('Research support: Deutsche Forschungsgemeinschaft (Bonn, DE), Ångström-scale imaging of surfaces, from 2026-01.');
    expect(text).not.toContain('National Science Foundation');
    expect(text).not.toContain('Catalytica Nova');
  });

  it('never invents a fact: no amount, dates or role where the entry has none', () => {
    const bare = [
      Entry.parse({ id: 'x1', kind: 'consulting', organization: { name: 'Acme Analytical, Inc.' }, compensated: true }),
      Entry.parse({ id: 'x2', kind: 'inKind', organization: { name: 'Fondazione Esempio', country: 'IT' }, status: 'pending', summary: 'Shared microscope' }),
      Entry.parse({ id: 'x3', kind: 'financialInterest', organization: { name: 'Tiny Start-up GmbH' }, interestType: 'startup' }),
    ];
    const en = draft(bare, 'en');
    expect(en['consulting-and-outside-activities']).toBe('Consulting for Acme Analytical, Inc., compensated.');
    expect(en['in-kind-support']).toBe('Shared microscope, provided by Fondazione Esempio (IT), pending.');
    expect(en['financial-interests']).toBe('Start-up ownership in Tiny Start-up GmbH.');
    for (const locale of LOCALES) {
      const text = Object.values(draft(bare, locale)).join(' ');
      expect(text).not.toMatch(/USD|EUR|\d/);
    }
  });

  it.each(LOCALES)('%s: an empty record gives one sentence per topic', (locale) => {
    const drafts = draft([], locale, emptyProfile);
    for (const text of Object.values(drafts)) expect(text.split(/[.。](?!$)/).filter((s) => s.trim()).length).toBe(1);
    expect(draft([], 'en', emptyProfile)).toEqual({
      'positions-and-appointments': 'No positions or appointments are recorded.',
      'foreign-activities': 'No activities with organisations outside Poland are recorded.',
      'consulting-and-outside-activities': 'No consulting or outside activities are recorded.',
      'in-kind-support': 'No in-kind support is recorded.',
      'financial-interests': 'No financial interests are recorded.',
    });
  });

  it('cannot list foreign activities without a home country, and says why', () => {
    const noHome = { ...profile, person: { ...profile.person, homeCountry: undefined } };
    expect(draftNarratives(noHome, latinEntries, { locale: 'en' })['foreign-activities']).toBe(
      'Foreign activities cannot be listed because no home country is recorded.',
    );
  });
});
