import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorApp } from '@/components/editor/EditorApp';
import { getDb } from '@/lib/db';
import { MALIGN_INDICATORS } from '@/lib/model';
import { MALIGN_QUESTIONS } from '@/components/editor/entry-fields';
import { appointment, newDb, seed, setup, support } from './helpers';

beforeEach(() => { newDb(); });

const row = (name: RegExp) => screen.findByRole('listitem', { name });

describe('editor: adding entries', () => {
  it('adds an appointment with a partial date and ongoing end; a foreign tie is labelled "Foreign"', async () => {
    await seed([]);
    const { user } = setup(<EditorApp />, '#entries');
    await user.selectOptions(await screen.findByLabelText('Kind of new entry'), 'appointment');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    await screen.findByRole('heading', { name: 'Add appointment' });

    await user.type(screen.getByLabelText(/Organisation name/), 'University of Toronto');
    await user.selectOptions(screen.getByLabelText('Country'), 'CA');
    await user.selectOptions(screen.getByLabelText(/Type of appointment/), 'visiting');
    await user.type(screen.getByLabelText('Role or title'), 'Visiting Professor');
    await user.click(screen.getByLabelText('Paid appointment'));
    await user.type(screen.getByLabelText('Amount'), '12000');
    await user.selectOptions(screen.getByLabelText('Currency'), 'CAD');
    await user.type(screen.getByLabelText('Start date'), '2021-09');
    await user.click(screen.getByLabelText('Ongoing'));
    await user.selectOptions(screen.getByLabelText('Linked to a foreign government?'), 'no');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const item = await row(/University of Toronto/);
    expect(within(item).getByText(/Foreign/)).toBeInTheDocument();
    expect(within(item).getByText('2021-09 – ongoing')).toBeInTheDocument();
    const [stored] = await getDb().entries.toArray();
    expect(stored).toMatchObject({
      kind: 'appointment', appointmentType: 'visiting', paid: true, role: 'Visiting Professor',
      organization: { name: 'University of Toronto', country: 'CA' }, compensation: { amount: 12000, currency: 'CAD' },
      startDate: '2021-09', endDate: null, foreignGovernmentLinked: false, provenance: { source: 'manual' },
    });
    // Unanswered optional fields are absent — never "" or NaN.
    for (const key of ['contractOnFile', 'translationOnFile', 'reportedToInstitution', 'personMonthsPerYear', 'description', 'reviewedAt']) {
      expect(stored).not.toHaveProperty(key);
    }
  });

  it('adds current support with a year-only date and an effort table', async () => {
    await seed([]);
    const { user } = setup(<EditorApp />, '#new=support');
    await user.type(await screen.findByLabelText(/Organisation name/), 'National Institutes of Health');
    await user.type(screen.getByLabelText(/Project or proposal title/), 'Catalysis at scale');
    await user.selectOptions(screen.getByLabelText(/^Status/), 'current');
    await user.type(screen.getByLabelText('Start date'), '2024');
    await user.type(screen.getByLabelText('End date'), '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Add year' }));
    await user.click(screen.getByRole('button', { name: 'Add year' }));
    const year1 = screen.getByLabelText('Year (row 1)');
    await user.clear(year1);
    await user.type(year1, '2025');
    await user.type(screen.getByLabelText('Person-months (row 1)'), '1.5');
    await user.click(screen.getByRole('button', { name: 'Remove year row 2' }));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await row(/Catalysis at scale/);
    const [stored] = await getDb().entries.toArray();
    expect(stored).toMatchObject({ kind: 'support', status: 'current', startDate: '2024', endDate: '2027-06-30', effort: [{ year: 2025, personMonths: 1.5 }] });
    expect(stored).not.toHaveProperty('awardNumber');
    expect(stored).not.toHaveProperty('totalAmount');
  });

  it('refuses a bad partial date with an inline error and saves nothing', async () => {
    await seed([]);
    const { user } = setup(<EditorApp />, '#new=consulting');
    await user.type(await screen.findByLabelText(/Organisation name/), 'Acme Materials');
    const start = screen.getByLabelText('Start date');
    await user.type(start, '2024-13');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(start).toHaveAttribute('aria-invalid', 'true'));
    expect(start).toHaveAccessibleDescription(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(screen.getByRole('alert')).toHaveTextContent('startDate');
    expect(await getDb().entries.count()).toBe(0);
  });

  it('records talent programme terms: only answered questions are stored', async () => {
    expect(MALIGN_QUESTIONS.map((q) => q.key)).toEqual([...MALIGN_INDICATORS]);
    await seed([]);
    const { user } = setup(<EditorApp />, '#new=talentProgram');
    await user.type(await screen.findByLabelText(/Organisation name/), 'Example Ministry');
    await user.type(screen.getByLabelText(/Programme name/), 'Example Scholars');
    await user.click(screen.getByLabelText('travel'));
    await user.click(screen.getByLabelText('research funds'));
    await user.selectOptions(screen.getByLabelText(/unable to end the agreement/), 'yes');
    await user.selectOptions(screen.getByLabelText(/not to disclose your participation/), 'no');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await row(/Example Scholars/);
    const [stored] = await getDb().entries.toArray();
    expect(stored).toMatchObject({ compensationTypes: ['research-funds', 'travel'].sort() as never });
    expect((stored as any).compensationTypes.sort()).toEqual(['research-funds', 'travel']);
    expect((stored as any).malignIndicators).toEqual({ cannotTerminate: true, nondisclosure: false });
  });

  it('opens an entry from #entry=<id>&field=<path> with that field focused, and saves edits', async () => {
    const [e] = await seed([appointment('Kyoto University')]);
    const { user } = setup(<EditorApp />, `#entry=${e.id}&field=organization.country`);
    const country = await screen.findByLabelText('Country');
    await waitFor(() => expect(country).toHaveFocus());
    await user.selectOptions(country, 'JP');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const item = await row(/Kyoto University/);
    expect(within(item).getByText(/Foreign/)).toBeInTheDocument();
    expect((await getDb().entries.get(e.id))?.organization.country).toBe('JP');
  });
});

describe('editor: list actions and filters', () => {
  it('filters by kind, status and free text; shows an empty state for a kind with nothing', async () => {
    await seed([
      appointment('Example University'),
      support('Quantum widgets', 'current'),
      support('Pending widgets', 'pending', { organization: { name: 'Wellcome Trust', country: 'GB' } }),
    ]);
    const { user } = setup(<EditorApp />, '#entries');
    await row(/Quantum widgets/);
    expect(screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-entry-id'))).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Kind'), 'support');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Example University/ })).toBeNull());
    expect(window.location.hash).toBe('#support');

    await user.selectOptions(screen.getByLabelText('Status'), 'pending');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Quantum widgets/ })).toBeNull());
    expect(screen.getByRole('listitem', { name: /Pending widgets/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Search'), 'wellcome');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Quantum widgets/ })).toBeNull());
    expect(screen.getByRole('listitem', { name: /Pending widgets/ })).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Search'));
    await user.selectOptions(screen.getByLabelText('Kind'), 'travel');
    expect(await screen.findByText(/No sponsored travel, gifts and honoraria yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Add sponsored travel/ }));
    expect(await screen.findByRole('heading', { name: /Add sponsored travel/ })).toBeInTheDocument();
  });

  it('deletes an entry and Undo restores it', async () => {
    const [e] = await seed([appointment('Example University', { reviewedAt: '2025-01-01' })]);
    const { user } = setup(<EditorApp />, '#entries');
    const item = await row(/Example University/);
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Example University/ })).toBeNull());
    expect(await getDb().entries.count()).toBe(0);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus(); // the deleted row's button is gone; focus goes to Undo
    await user.click(undo);
    await row(/Example University/);
    expect(await getDb().entries.get(e.id)).toEqual(e);
  });

  it('duplicates an entry', async () => {
    await seed([appointment('Example University')]);
    const { user } = setup(<EditorApp />, '#entries');
    await user.click(within(await row(/Example University/)).getByRole('button', { name: 'Duplicate' }));
    await waitFor(async () => expect(screen.getAllByRole('listitem', { name: /Example University/ })).toHaveLength(2));
    const all = await getDb().entries.toArray();
    expect(new Set(all.map((x) => x.id)).size).toBe(2);
  });

  it('marks one entry, then all shown entries, as reviewed', async () => {
    await seed([appointment('Alpha Institute'), appointment('Beta Institute'), support('Gamma grant', 'current')]);
    const { user } = setup(<EditorApp />, '#entries');
    const today = new Date().toISOString().slice(0, 10);
    const alpha = await row(/Alpha Institute/);
    expect(within(alpha).getByText('Never reviewed')).toBeInTheDocument();
    await user.click(within(alpha).getByRole('button', { name: 'Mark reviewed' }));
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: /Alpha Institute/ })).getByText(`Reviewed ${today}`)).toBeInTheDocument());
    expect((await getDb().entries.toArray()).filter((x) => x.reviewedAt === today)).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText('Kind'), 'appointment');
    await user.click(await screen.findByRole('button', { name: 'Mark all shown as reviewed' }));
    await waitFor(async () => expect((await getDb().entries.toArray()).filter((x) => x.reviewedAt === today)).toHaveLength(2));
    expect((await getDb().entries.toArray()).find((x) => x.kind === 'support')?.reviewedAt).toBeUndefined();
  });

  it('live-updates when another page changes the store', async () => {
    await seed([]);
    setup(<EditorApp />, '#entries');
    await screen.findByText(/No entries yet/);
    await act(async () => { await seed([appointment('Gamma College')], null); });
    expect(await row(/Gamma College/)).toBeInTheDocument();
  });
});
