import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { appointment, newDb, seed, setup, support } from '../editor/helpers';

beforeEach(() => { newDb(); });

describe('popup', () => {
  it('invites setting up a profile when there is none', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue();
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const { user } = setup(<PopupApp />);
    await user.click(await screen.findByRole('button', { name: 'Set up your profile' }));
    expect(open).toHaveBeenCalled();
    close.mockRestore();
  });

  it('shows who the profile is, counts per kind, last review and how many are due', async () => {
    const recent = new Date();
    recent.setUTCMonth(recent.getUTCMonth() - 1);
    const recentDay = recent.toISOString().slice(0, 10);
    await seed([
      appointment('Alpha Institute', { reviewedAt: recentDay }),
      appointment('Beta Institute', { reviewedAt: '2020-01-01' }),
      support('Gamma grant', 'current'),
    ]);
    setup(<PopupApp />);
    expect(await screen.findByRole('heading', { name: 'Ada Okafor' })).toBeInTheDocument();
    expect(screen.getByText('ORCID 0000-0002-1825-0097')).toBeInTheDocument();
    expect(screen.getByText('Example University')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Appointments: 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Current and pending support: 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Partnerships: 0' })).toBeInTheDocument();
    expect(screen.getByText(`Last reviewed: ${recentDay}`)).toBeInTheDocument();
    // Never reviewed and reviewed in 2020 are due with a 12-month interval; last month's is not.
    expect(screen.getByText(/2 entries are due for review/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open editor' })).toBeInTheDocument();
  });

  it('updates counts live', async () => {
    await seed([]);
    setup(<PopupApp />);
    expect(await screen.findByRole('button', { name: 'Appointments: 0' })).toBeInTheDocument();
    await seed([appointment('Alpha Institute')], null);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Appointments: 1' })).toBeInTheDocument());
  });
});
