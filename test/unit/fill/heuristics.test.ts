/**
 * Forms no portal map knows, as research offices build them: headings that narrow a section to
 * foreign ties, declared autocomplete and input types, labels that mix concepts.
 */
import { describe, expect, it } from 'vitest';
import { plan } from '@/lib/fill/plan';
import { demo, scanHere } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const { profile, entries } = demo();

function planHere(html: string) {
  document.body.innerHTML = html;
  const url = 'http://127.0.0.1:4000/coi.html';
  return plan({ url, scans: scanHere(url), map: null, profile, entries, now: NOW });
}
const valueOf = (p: ReturnType<typeof planHere>, selector: string) => p.proposals.find((x) => x.selector === selector && x.status === 'proposed')?.value;

const appointmentRows = (heading: string) => `<h2>${heading}</h2>
  ${[0, 1, 2, 3].map((i) => `<fieldset><legend>Appointment ${i + 1}</legend>
    <label for="org-${i}">Name of institution or entity</label><input id="org-${i}">
    <label for="title-${i}">Title / position</label><input id="title-${i}"></fieldset>`).join('')}`;

describe('sections that ask for foreign ties only', () => {
  it('fill them with appointments at organisations outside the home country, not the home institution', () => {
    const home = profile.person.homeCountry;
    const foreign = entries.filter((e) => e.kind === 'appointment' && e.organization.country && e.organization.country !== home).map((e) => e.organization.name);
    expect(foreign.length).toBeGreaterThan(0);
    for (const heading of ['Foreign Appointments and Affiliations', 'Positions outside the United States', 'Nominations à l’étranger', 'Ausländische Positionen', '海外での役職']) {
      const p = planHere(appointmentRows(heading));
      const filled = [0, 1, 2, 3].map((i) => valueOf(p, `#org-${i}`)).filter(Boolean);
      expect(filled.sort(), heading).toEqual([...foreign].sort());
    }
  });

  it('a heading without that narrowing takes every current appointment', () => {
    const p = planHere(appointmentRows('Appointments and Affiliations'));
    const names = [0, 1, 2, 3].map((i) => valueOf(p, `#org-${i}`)).filter(Boolean);
    expect(names).toContain(entries.find((e) => e.kind === 'appointment' && e.organization.country === profile.person.homeCountry)!.organization.name);
  });
});

describe('declared field purpose', () => {
  it('reads type=email and autocomplete tokens when the label is ambiguous or missing', () => {
    const p = planHere(`<h2>Investigator</h2>
      <label for="em">Institutional e-mail</label><input id="em" type="email">
      <input id="fn" autocomplete="given-name"><input id="ln" autocomplete="section-pi family-name">`);
    expect(valueOf(p, '#em')).toBe(profile.person.email);
    expect(valueOf(p, '#fn')).toBe(profile.person.givenName);
    expect(valueOf(p, '#ln')).toBe(profile.person.familyName);
  });
});
