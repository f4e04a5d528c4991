import { beforeEach, describe, expect, it } from 'vitest';
import { draftNarratives, type DraftTopic } from '@/lib/draft';
import { approvedInstructions, narrativeLocale, plan, type Proposal } from '@/lib/fill/plan';
import type { FrameScan } from '@/lib/fill/types';
import type { Locale, PortalMap, Profile } from '@/lib/model';
import { demo, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();
const withLocale = (locale: Locale): Profile => ({ ...profile, settings: { ...profile.settings!, locale } });
const mapIn = (locale: string): PortalMap => ({ id: 'test-portal', title: 'Test portal', urlPatterns: ['http://127.0.0.1/*'], locale, sections: [], fields: [] });
const draft = (locale: Locale, topic: DraftTopic) => draftNarratives(profile, entries, { locale, today: '2026-11-24' })[topic];

/** Loads markup, scans it as the content script would (optionally with the page's `<html lang>`). */
function scanPage(body: string, lang?: string): FrameScan[] {
  document.body.innerHTML = body;
  return scanHere().map((s) => ({ ...s, lang }));
}

function planPage(body: string, opts: { lang?: string; map?: PortalMap | null; profile?: Profile } = {}) {
  return plan({ url: 'http://127.0.0.1/form.html', scans: scanPage(body, opts.lang), map: opts.map ?? null, profile: opts.profile ?? profile, entries, now: NOW });
}

const only = (proposals: Proposal[]) => {
  expect(proposals).toHaveLength(1);
  return proposals[0];
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('narrative boxes', () => {
  it.each([
    // label, expected language, expected topic, language evidence
    ['List all positions and appointments', 'en', 'positions-and-appointments', { profile: withLocale('en') }],
    ['Nebentätigkeiten', 'de', 'consulting-and-outside-activities', { lang: 'de-DE' }],
    ['外国における活動', 'ja', 'foreign-activities', { lang: 'en', map: mapIn('ja') }],
    ['Attività esterne', 'it', 'consulting-and-outside-activities', { profile: withLocale('it') }],
    ['Activités extérieures', 'fr', 'consulting-and-outside-activities', { lang: 'fr' }],
  ] as const)('a textarea labelled "%s" gets the %s draft of %s', (label, locale, topic, evidence) => {
    const p = planPage(`<label for="n">${label}</label><textarea id="n"></textarea>`, evidence);
    const prop = only(p.proposals);
    expect(prop).toMatchObject({ key: `narrative.${topic}`, status: 'proposed', source: { kind: 'narrative', text: 'Narrative draft' } });
    expect(prop.confidence).toBeGreaterThanOrEqual(0.6);
    expect(prop.value).toBe(draft(locale, topic));
    expect(prop.instruction).toEqual({ id: prop.fieldId, value: draft(locale, topic) });
    // The language really differs: an English draft would not pass for this one.
    if (locale !== 'en') expect(prop.value).not.toBe(draft('en', topic));
  });

  it.each([
    ['Other activities and foreign affiliations', 'foreign-activities'],
    ['兼業', 'consulting-and-outside-activities'],
    ['Sachleistungen', 'in-kind-support'],
    ['Describe all in-kind contributions', 'in-kind-support'],
    ['Financial interests', 'financial-interests'],
    ['利益相反', 'financial-interests'],
    ['Positionen und Ämter', 'positions-and-appointments'],
  ])('classifies "%s" as narrative.%s, in a contenteditable box too', (label, topic) => {
    const textarea = planPage(`<label for="n">${label}</label><textarea id="n"></textarea>`);
    expect(only(textarea.proposals).key).toBe(`narrative.${topic}`);
    const rich = planPage(`<div id="l">${label}</div><div id="n" contenteditable="true" role="textbox" aria-labelledby="l"></div>`);
    expect(only(rich.proposals)).toMatchObject({ key: `narrative.${topic}`, status: 'proposed' });
  });

  it('never puts a narrative into a one-line input, even when a portal map names the key', () => {
    for (const label of ['List all positions and appointments', 'Nebentätigkeiten', '外国における活動', 'Outside activities']) {
      const prop = only(planPage(`<label for="n">${label}</label><input id="n" type="text">`).proposals);
      expect(prop.key ?? '').not.toMatch(/^narrative\./);
      expect(prop.status).toBe('skipped');
    }
    const map: PortalMap = { ...mapIn('en'), fields: [{ key: 'narrative.foreign-activities', label: 'foreign' }] };
    const mapped = planPage('<label for="a">Foreign activities</label><input id="a" type="text"><label for="b">Foreign activities</label><textarea id="b"></textarea>', { map });
    expect(mapped.proposals.map((x) => [x.selector, x.key, x.status])).toEqual([
      ['#a', null, 'skipped'],
      ['#b', 'narrative.foreign-activities', 'proposed'],
    ]);
  });

  it('leaves a box that already has text alone, and writes an empty one only when approved', () => {
    const p = planPage(
      '<label for="own">Outside activities</label><textarea id="own">My own wording.</textarea>' +
        '<label for="empty">List all positions and appointments</label><textarea id="empty"></textarea>',
    );
    const [own, empty] = p.proposals;
    expect(own).toMatchObject({ key: 'narrative.consulting-and-outside-activities', status: 'skipped', reason: 'has-value', value: 'My own wording.' });
    expect(own.instruction).toBeUndefined();
    expect(empty.status).toBe('proposed');
    expect(approvedInstructions(p, new Set()).size).toBe(0);
    const approvedAll = approvedInstructions(p, new Set(p.proposals.map((x) => x.slot)));
    expect(approvedAll.get(0)).toEqual([{ id: empty.fieldId, value: draft('en', 'positions-and-appointments') }]);
  });
});

describe('narrativeLocale', () => {
  it('prefers the portal map, then the page, then the researcher, then English', () => {
    expect(narrativeLocale(mapIn('ja'), 'de', withLocale('fr'))).toBe('ja');
    expect(narrativeLocale(null, 'de-CH', withLocale('fr'))).toBe('de');
    expect(narrativeLocale(mapIn('pt'), 'es', withLocale('fr'))).toBe('fr');
    expect(narrativeLocale(null, undefined, { ...profile, settings: undefined } as unknown as Profile)).toBe('en');
  });
});
