import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorApp } from '@/components/editor/EditorApp';
import { getDb, saveProfile } from '@/lib/db';
import { applyTemplate, shellEntryId } from '@/lib/templates';
import { setup } from '../editor/helpers';
import { fixture, freshDb } from './helpers';

beforeEach(() => {
  freshDb();
});

async function applyLocked(locked: string[]) {
  await saveProfile({ person: { givenName: 'Ada', familyName: 'Okafor' } });
  const result = await applyTemplate({ ...fixture(), locked }, { kind: 'file', name: 'example.template.json' });
  expect(result.ok).toBe(true);
}

describe('locked paths in the editor', () => {
  it('shows profile and settings locks read-only with who locked them, and saving keeps their values', async () => {
    await applyLocked(['person.primaryOrganization', 'settings.reviewIntervalMonths']);
    const { user } = setup(<EditorApp />, '#profile');
    const interval = await screen.findByLabelText('Review interval (months)');
    expect(interval).toBeDisabled();
    expect(interval).toHaveAccessibleDescription(/Locked by .*University of Toronto/);
    expect(screen.getByLabelText('Organisation name')).toBeDisabled();

    const given = screen.getByLabelText('Given name');
    await user.clear(given);
    await user.type(given, 'Adaeze');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await getDb().profile.get('me'))?.person.givenName).toBe('Adaeze'));
    const stored = await getDb().profile.get('me');
    expect(stored?.person.primaryOrganization?.name).toBe('University of Toronto');
    expect(stored?.settings.reviewIntervalMonths).toBe(6);
  });

  it('makes locked fields of a template entry read-only and keeps them on save', async () => {
    await applyLocked(['entries.primary-appointment.organization']);
    const id = shellEntryId('edu.example.research-office', 'primary-appointment');
    expect(await getDb().entries.get(id)).toBeDefined();
    const { user } = setup(<EditorApp />, `#entry=${encodeURIComponent(id)}`);
    expect(await screen.findByText(/Read-only fields: organization/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Organisation name/)).toBeDisabled());
    await user.type(screen.getByLabelText('Description'), 'Tenured post');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(async () => expect((await getDb().entries.get(id))?.description).toBe('Tenured post'));
    expect((await getDb().entries.get(id))?.organization.name).toBe('University of Toronto');
  });
});
