import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CandorDb, saveEntry, saveProfile, useDb } from '@/lib/db';
import { countBySeverity, evaluate, BUILTIN_PACKS } from '@/lib/rules';
import { Entry, Profile, type EntryInput } from '@/lib/model';
import { GapsView } from '@/components/gaps';

const TODAY = '2026-11-24';
const profileInput = { person: { familyName: 'Okafor', homeCountry: 'US', orcid: '0000-0002-1825-0097', primaryOrganization: { name: 'Example University', country: 'US' } } };
const entryInputs: EntryInput[] = [
  {
    id: 'nsf', kind: 'support', organization: { name: 'National Science Foundation', country: 'US' }, status: 'current', title: 'Catalysis',
    startDate: '2025-01', endDate: '2026-12', effort: [{ year: 2025, personMonths: 8 }, { year: 2026, personMonths: 2 }],
    totalAmount: { amount: 100000, currency: 'USD' }, objectives: 'Study catalysis.', overlap: '', reviewedAt: '2026-10-01',
  },
  {
    id: 'doe', kind: 'support', organization: { name: 'Department of Energy', country: 'US' }, status: 'current', title: 'Sensors',
    startDate: '2025-01', endDate: '2026-12', effort: [{ year: 2025, personMonths: 5 }, { year: 2026, personMonths: 1.5 }],
    totalAmount: { amount: 50000, currency: 'USD' }, objectives: 'Sensors.', overlap: 'None', reviewedAt: '2026-10-01',
  },
  {
    id: 'pend', kind: 'support', organization: { name: 'NIH', country: 'US' }, status: 'pending', title: 'Water',
    startDate: '2026-07', endDate: '2027-06', effort: [{ year: 2026, personMonths: 1 }, { year: 2027, personMonths: 2 }],
    totalAmount: { amount: 1000, currency: 'USD' }, objectives: 'Water.', overlap: 'None', reviewedAt: '2026-10-01',
  },
  { id: 'visit', kind: 'appointment', organization: { name: 'Institut Exemple', country: 'FR' }, appointmentType: 'visiting', paid: false, role: 'Visiting Professor', startDate: '2024-09', endDate: null, reviewedAt: '2026-10-01' },
];

let previous: CandorDb | undefined;
beforeEach(async () => {
  previous = useDb(new CandorDb(`gaps-view-${Math.random()}`));
  await saveProfile(profileInput);
  for (const e of entryInputs) await saveEntry(e);
});
afterEach(() => {
  if (previous) useDb(previous);
});

describe('GapsView', () => {
  it('shows readiness counts per pack that match evaluate()', async () => {
    render(<GapsView today={TODAY} />);
    const row = await screen.findByTestId('readiness-us-common-forms');
    const expected = countBySeverity(
      evaluate(Profile.parse(profileInput), entryInputs.map((e) => Entry.parse(e)), [BUILTIN_PACKS.find((p) => p.id === 'us-common-forms')!], { today: TODAY }),
    );
    expect(expected.error).toBeGreaterThan(0);
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([String(expected.error), String(expected.warning), String(expected.info)]);
  });

  it('lists each gap with its severity as text, a citation opening in a new tab, and a Fix link to the entry field', async () => {
    render(<GapsView today={TODAY} />);
    const items = await screen.findAllByTestId('gap');
    const overlap = items.find((li) => li.textContent?.includes('statement of potential overlap') && li.textContent.includes('National Science Foundation'))!;
    expect(overlap).toBeDefined();
    expect(within(overlap).getByText('Error:')).toBeInTheDocument();
    expect(within(overlap).getByRole('link', { name: /^Fix/ })).toHaveAttribute('href', '#entry=nsf&field=overlap');
    const citation = within(overlap).getAllByRole('link').find((a) => a.getAttribute('target') === '_blank')!;
    expect(citation).toHaveAttribute('rel', 'noreferrer');
    expect(citation.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('filters the list by the chosen pack', async () => {
    const user = userEvent.setup();
    render(<GapsView today={TODAY} />);
    const all = (await screen.findAllByTestId('gap')).length;
    await user.selectOptions(screen.getByLabelText(/Show gaps for/), 'erc');
    const erc = screen.queryAllByTestId('gap');
    expect(erc.length).toBeLessThan(all);
    const expectedErc = evaluate(Profile.parse(profileInput), entryInputs.map((e) => Entry.parse(e)), [BUILTIN_PACKS.find((p) => p.id === 'erc')!], { today: TODAY });
    expect(erc).toHaveLength(expectedErc.length);
  });

  it('gives the person-months chart a table alternative with per-year values and the 12-month check', async () => {
    render(<GapsView today={TODAY} />);
    const table = await screen.findByRole('table', { name: 'Person-months per year' });
    const rowFor = (year: string) => within(table).getByRole('rowheader', { name: year }).closest('tr')!;
    expect([...rowFor('2025').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['13', '0', '13', 'Yes, current alone']);
    expect([...rowFor('2026').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['3.5', '1', '4.5', 'No']);
    const chart = screen.getByRole('img', { name: /Person-months per year/ });
    expect(chart.getAttribute('aria-describedby')).toBe(table.id);
  });

  it('gives the timeline a table alternative that marks foreign ties in text', async () => {
    render(<GapsView today={TODAY} />);
    const table = await screen.findByRole('table', { name: 'Commitments' });
    const visiting = within(table).getByRole('rowheader', { name: 'Institut Exemple, Visiting Professor' }).closest('tr')!;
    expect([...visiting.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Appointment', '2024-09', 'ongoing', 'Yes']);
    const nsf = within(table).getByRole('rowheader', { name: 'National Science Foundation: Catalysis' }).closest('tr')!;
    expect([...nsf.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Support', '2025-01', '2026-12', 'No']);
    const svg = screen.getByRole('img', { name: /Commitments over time/ });
    expect(svg.textContent).toContain('(foreign)');
    expect(svg.getAttribute('aria-describedby')).toBe(table.id);
  });
});
