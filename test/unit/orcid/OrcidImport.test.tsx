import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CandorDb, getProfile, listEntries, saveEntry, saveProfile, useDb } from '@/lib/db';
import { OrcidImport } from '@/components/orcid/OrcidImport';
import { RECORD_FILE } from './samples';

const recordText = readFileSync(RECORD_FILE, 'utf8');
let previous: CandorDb | undefined;
let request: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  previous = useDb(new CandorDb(`orcid-ui-${crypto.randomUUID()}`));
  await saveProfile({ person: { familyName: 'Okafor' } });
  await saveEntry({ id: 'mine', kind: 'appointment', appointmentType: 'primary', paid: true, organization: { name: 'Example University' } });
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as { request: unknown }).request = request;
});
afterEach(() => { if (previous) useDb(previous); });

describe('OrcidImport', () => {
  it('imports a record file after showing the diff, by keyboard-reachable controls', async () => {
    const user = userEvent.setup();
    render(<OrcidImport />);
    const file = new File([recordText], 'record-full-3.0.json', { type: 'application/json' });
    // jsdom's File has no text(); browsers do.
    Object.defineProperty(file, 'text', { value: async () => recordText });
    await user.upload(screen.getByLabelText('ORCID record file (JSON)'), file);
    expect(await screen.findByRole('heading', { name: 'To add (8)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'To check after import (6)' })).toBeInTheDocument();
    expect(screen.getAllByText('Grant title — Wellcome Trust', { selector: 'li' })).toHaveLength(2);
    expect(await listEntries()).toHaveLength(1); // nothing written before confirming

    await user.click(screen.getByRole('button', { name: 'Import 8 entries' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Imported: 8 added, 0 updated. Filled from ORCID: givenName, orcid.'));
    expect(await listEntries()).toHaveLength(9);
    expect((await getProfile())?.person.familyName).toBe('Okafor');

    // Importing the same file again: nothing to add, everything unchanged.
    await user.upload(screen.getByLabelText('ORCID record file (JSON)'), file);
    expect(await screen.findByRole('heading', { name: 'Unchanged (8)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
  });

  it('shows the exact URL, asks for the host permission on click, and fetches only then', async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn(async () => new Response(recordText, { status: 200, headers: { 'content-type': 'application/json' } }));
    render(<OrcidImport fetchImpl={fetchImpl as unknown as typeof fetch} />);
    await user.type(screen.getByLabelText('Your ORCID iD'), '0000-0002-7319-2192');
    expect(screen.getByText('https://pub.orcid.org/v3.0/0000-0002-7319-2192/record')).toBeInTheDocument();
    expect(fetchImpl).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'To add (8)' })).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith({ origins: ['https://pub.orcid.org/*'] });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]).toEqual(['https://pub.orcid.org/v3.0/0000-0002-7319-2192/record', expect.objectContaining({ headers: { Accept: 'application/json' } })]);
  });

  it('says so when offline, and requests nothing without permission or with a bad iD', async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    render(<OrcidImport fetchImpl={fetchImpl as unknown as typeof fetch} />);
    const input = screen.getByLabelText('Your ORCID iD');
    await user.type(input, '0000-0002-7319-2193{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/valid ORCID iD/);
    expect(request).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, '0000-0002-7319-2192');
    request.mockResolvedValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Fetch public record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/needs your permission/);
    expect(fetchImpl).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Fetch public record' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^You appear to be offline/));
    expect(await listEntries()).toHaveLength(1);
  });
});
