import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorApp } from '@/components/editor/EditorApp';
import { getDb } from '@/lib/db';
import { demoBackup, serializeBackup } from '@/lib/io';
import { readFileText } from '@/lib/ui';
import { dumpStore } from '../db/fresh-db';
import { appointment, newDb, seed, setup } from './helpers';

let db: ReturnType<typeof newDb>;
beforeEach(() => { db = newDb(); });

const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('editor: backup section', () => {
  it('refuses an invalid file with a list of problems naming each path, and changes nothing', async () => {
    await seed([appointment('Example University')]);
    const before = await dumpStore(db);
    const { user } = setup(<EditorApp />, '#backup');
    const bad = demoBackup() as any;
    bad.entries[3].startDate = '2024-13';
    delete bad.profile.person.familyName;
    await user.upload(await screen.findByLabelText('Import backup file'), file(JSON.stringify(bad)));

    const refused = await screen.findByRole('alert');
    expect(within(refused).getByRole('heading', { name: 'This file was not imported' })).toBeInTheDocument();
    const problems = within(refused).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toContainEqual(expect.stringMatching(/^entries\[3\]\.startDate: /));
    expect(problems).toContainEqual(expect.stringMatching(/^profile\.person\.familyName: /));
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
    expect(await dumpStore(db)).toEqual(before);
  });

  it('reports a file that is not JSON at all', async () => {
    const { user } = setup(<EditorApp />, '#backup');
    await user.upload(await screen.findByLabelText('Import backup file'), file('{"format": "candor.backup",'));
    expect(await screen.findByRole('heading', { name: 'This file was not imported' })).toBeInTheDocument();
    expect(await getDb().entries.count()).toBe(0);
  });

  it('previews a valid file, then Merge keeps existing entries and adds the new ones', async () => {
    const [mine] = await seed([appointment('My Own Institute')]);
    const backup = demoBackup();
    const { user } = setup(<EditorApp />, '#backup');
    await user.upload(await screen.findByLabelText('Import backup file'), file(serializeBackup(backup)));

    const preview = await screen.findByRole('region', { name: 'Import preview' });
    const merge = within(preview).getByRole('region', { name: 'If you merge' });
    expect(merge).toHaveTextContent(`${backup.entries.length} added`);
    expect(merge).toHaveTextContent('1 kept');
    const replace = within(preview).getByRole('region', { name: 'If you replace' });
    expect(replace).toHaveTextContent('1 removed');
    expect(replace).toHaveTextContent(/entries that are not in the file are removed/);
    expect(within(replace).getByText(/My Own Institute/)).toBeInTheDocument();
    expect(await getDb().entries.count()).toBe(1); // preview writes nothing

    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/Imported backup\.json \(merge\)/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(await getDb().entries.count()).toBe(backup.entries.length + 1);
    expect(await getDb().entries.get(mine.id)).toEqual(mine);
  });

  it('Replace removes entries that are not in the file; Cancel changes nothing', async () => {
    const [mine] = await seed([appointment('My Own Institute')]);
    const backup = demoBackup();
    const { user } = setup(<EditorApp />, '#backup');
    const input = await screen.findByLabelText('Import backup file');
    await user.upload(input, file(serializeBackup(backup)));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Replace' })).toBeNull();
    expect(await getDb().entries.count()).toBe(1);

    await user.upload(input, file(serializeBackup(backup), 'again.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    expect(await screen.findByText(/Imported again\.json \(replace\)/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(await getDb().entries.count()).toBe(backup.entries.length);
    expect(await getDb().entries.get(mine.id)).toBeUndefined();
  });

  it('exports the backup and a CSV through a download link', async () => {
    await seed([appointment('Example University')]);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => { created.push(b); return 'blob:candor-test'; });
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    const { user } = setup(<EditorApp />, '#backup');
    await user.click(await screen.findByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(clicked[0]).toMatch(/^candor-backup-\d{4}-\d{2}-\d{2}\.json$/));
    const exported = JSON.parse(await readFileText(created[0] as File));
    expect(exported).toMatchObject({ format: 'candor.backup', entries: [{ organization: { name: 'Example University' } }] });

    await user.selectOptions(screen.getByLabelText('Entry kind for CSV'), 'appointment');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(2));
    expect(await readFileText(created[1] as File)).toContain('Example University');
    click.mockRestore();
  });

  it('asks before replacing existing data with the demo profile; Escape cancels and returns focus', async () => {
    await seed([appointment('Example University')]);
    const { user } = setup(<EditorApp />, '#backup');
    const button = await screen.findByRole('button', { name: 'Try with demo data' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: /Replace your data with the demo profile/ });
    expect(within(dialog).getByRole('button', { name: 'Replace with demo data' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(await getDb().entries.count()).toBe(1);

    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Replace with demo data' }));
    await waitFor(async () => expect(await getDb().entries.count()).toBe(demoBackup().entries.length));
  });
});
