import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorApp } from '@/components/editor/EditorApp';
import { getDb } from '@/lib/db';
import { newDb, setup } from './helpers';

beforeEach(() => { newDb(); });

describe('editor: welcome and person form', () => {
  it('explains Candor and offers two ways to start when there is no profile', async () => {
    const { user } = setup(<EditorApp />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Candor' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try with demo data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start your profile' }));
    expect(await screen.findByRole('heading', { name: 'Person and settings' })).toBeInTheDocument();
  });

  it('shows inline errors next to invalid fields and does not save', async () => {
    const { user } = setup(<EditorApp />, '#profile');
    const orcid = await screen.findByLabelText('ORCID iD');
    await user.type(orcid, '0000-0002-1825-0098'); // bad check digit
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const family = screen.getByLabelText(/Family name/);
    await waitFor(() => expect(family).toHaveAttribute('aria-invalid', 'true'));
    expect(family).toHaveAccessibleDescription(/Family name is required/);
    expect(orcid).toHaveAttribute('aria-invalid', 'true');
    expect(orcid).toHaveAccessibleDescription(/check digit/);
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Not an email address/);
    expect(screen.getByText(/Not saved: some fields need attention/)).toBeInTheDocument();
    expect(await getDb().profile.count()).toBe(0);
  });

  it('saves a valid profile with organisation and settings; blank fields stay absent', async () => {
    const { user } = setup(<EditorApp />, '#profile');
    await user.type(await screen.findByLabelText('Given name'), 'Ada');
    await user.type(screen.getByLabelText(/Family name/), 'Okafor');
    await user.type(screen.getByLabelText('ORCID iD'), '0000-0002-1825-0097');
    await user.selectOptions(screen.getByLabelText('Home country'), 'US');
    const org = screen.getByRole('group', { name: 'Primary organisation' });
    await user.type(within(org).getByLabelText(/Organisation name/), 'University of Toronto');
    await user.selectOptions(within(org).getByLabelText('Country'), 'CA');
    await user.type(within(org).getByLabelText('ROR id'), 'https://ror.org/03dbr7087');
    await user.selectOptions(screen.getByLabelText('Language of drafts'), 'fr');
    const interval = screen.getByLabelText('Review interval (months)');
    await user.clear(interval);
    await user.type(interval, '6');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(screen.getAllByRole('status').some((s) => /Saved/.test(s.textContent ?? ''))).toBe(true));
    const saved = await getDb().profile.get('me');
    expect(saved).toEqual({
      person: {
        givenName: 'Ada', familyName: 'Okafor', orcid: '0000-0002-1825-0097', homeCountry: 'US',
        primaryOrganization: { name: 'University of Toronto', country: 'CA', rorId: 'https://ror.org/03dbr7087' },
      },
      settings: { currency: 'USD', locale: 'fr', reviewIntervalMonths: 6 },
    });
    // The header shows who the record belongs to.
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' })).toBeInTheDocument();
  });

  it('loads the demo profile from the welcome screen', async () => {
    const { user } = setup(<EditorApp />);
    await user.click(await screen.findByRole('button', { name: 'Try with demo data' }));
    await waitFor(async () => expect(await getDb().entries.count()).toBeGreaterThan(5));
    expect(await getDb().profile.count()).toBe(1);
  });
});
