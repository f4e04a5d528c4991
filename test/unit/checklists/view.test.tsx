/** The Checklists section in jsdom: labels, derived answers with their evidence, override reasons, partnership subjects, live re-evaluation. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistsView } from '@/components/checklists';
import { getChecklistAnswers, getProfile, saveEntry, saveProfile } from '@/lib/db';
import { LanguageProvider } from '@/components/ui';
import type { EntryInput } from '@/lib/model';
import { newDb, seed, setup } from '../editor/helpers';

const ENTITY_1286 = /involve an institution on the Section 1286 list\?$/;
const listed = { kind: 'appointment', appointmentType: 'visiting', paid: false, organization: { name: 'Harbin Institute of Technology' }, role: 'Visiting Professor' } as Partial<EntryInput>;

beforeEach(() => {
  newDb();
});

describe('Checklists section', () => {
  it('shows the derived answer with a link to its entry, and refuses an override without a reason', async () => {
    const [appointment] = await seed([listed]);
    const { user } = setup(<ChecklistsView />);
    const question = await screen.findByRole('group', { name: ENTITY_1286 });
    expect(within(question).getByText(/This is a prompt for due diligence, not a finding\./)).toBeInTheDocument();
    expect(within(question).getByRole('link', { name: 'Appointment: Harbin Institute of Technology — Visiting Professor' })).toHaveAttribute('href', `#entry=${appointment.id}`);

    await user.click(within(question).getByRole('button', { name: 'Override the answer from the record' }));
    await user.click(within(within(question).getByRole('group', { name: 'Override answer' })).getByRole('radio', { name: 'No' }));
    await user.click(within(question).getByRole('button', { name: 'Save override' }));
    expect(within(question).getByRole('alert')).toHaveTextContent('Give the reason for the override.');
    expect(within(question).getByLabelText('Reason for the override (required)')).toHaveAttribute('aria-invalid', 'true');
    expect(await getChecklistAnswers('us-dod-decision-matrix-2023', 'record')).toBeUndefined();

    await user.type(within(question).getByLabelText('Reason for the override (required)'), 'Honorary title only');
    await user.click(within(question).getByRole('button', { name: 'Save override' }));
    await within(question).findByText(/Overridden to No\. Reason: Honorary title only/);
    const stored = await getChecklistAnswers('us-dod-decision-matrix-2023', 'record');
    expect(stored?.responses['entity-1286'].override).toEqual({ answer: 'no', reason: 'Honorary title only' });
  });

  it('re-derives when the record changes, and asks for a plan on a risk answer', async () => {
    await seed([]);
    setup(<ChecklistsView />);
    const question = await screen.findByRole('group', { name: ENTITY_1286 });
    expect(within(question).getByText(/Nothing in the record matches\./)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mitigation plan' })).not.toBeInTheDocument();
    await saveEntry(listed as EntryInput);
    await within(question).findByText('Calls for a mitigation plan');
    expect(await screen.findByRole('heading', { name: 'Mitigation plan' })).toBeInTheDocument();
  });

  it('a partnership checklist asks which partnership, and says when there is none', async () => {
    await seed([]);
    const { user } = setup(<ChecklistsView />);
    await user.selectOptions(await screen.findByLabelText('Checklist'), 'ca-nsgrp-risk-assessment');
    expect(screen.getByText(/answered for one partnership at a time, and your record has none yet/)).toBeInTheDocument();
    await saveEntry({ kind: 'partnership', organization: { name: 'Partner Institute', country: 'DE' }, project: 'Catalysis' } as EntryInput);
    expect(await screen.findByLabelText('Partnership it is about')).toHaveDisplayValue('Partnership: Partner Institute — Catalysis');
    const answer = within(screen.getByRole('group', { name: /sensitive personal data/ })).getByRole('radio', { name: 'Unsure' });
    await user.click(answer);
    await waitFor(async () => expect(Object.keys((await getChecklistAnswers('ca-nsgrp-risk-assessment', (await screen.findByLabelText<HTMLSelectElement>('Partnership it is about')).value))?.responses ?? {})).toEqual(['sensitive-data']));
    expect(screen.getByRole('table', { name: 'Progress per checklist' })).toHaveTextContent('Partnership: Partner Institute — Catalysis');
  });
  it('speaks the UI language: labels, answers, measures and the status line, with the published questions as they are', async () => {
    await seed([listed]);
    const profile = (await getProfile())!;
    await saveProfile({ ...profile, settings: { ...profile.settings, uiLanguage: 'fr' } });
    setup(<LanguageProvider><ChecklistsView /></LanguageProvider>);
    expect(await screen.findByRole('heading', { name: 'Listes de vérification préalable' })).toBeInTheDocument();
    const question = screen.getByRole('group', { name: ENTITY_1286 });
    expect(within(question).getByText(/Ceci invite à une vérification préalable ; ce n’est pas une conclusion\./)).toBeInTheDocument();
    expect(within(question).getByRole('button', { name: 'Remplacer la réponse tirée du dossier' })).toBeInTheDocument();
    expect(within(question).getByText('Appelle un plan d’atténuation')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Plan d’atténuation' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Contrôle des accès' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Avancement de la liste de vérification' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Avancement par liste de vérification' })).toHaveTextContent(/Questions traitées : \d+ sur \d+/);
  });
});
