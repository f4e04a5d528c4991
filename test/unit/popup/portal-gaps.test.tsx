import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { GapsView } from '@/components/gaps';
import { getProfile, listEntries } from '@/lib/db';
import { countBySeverity, evaluate, packById } from '@/lib/rules';
import { newDb, seed, setup, support } from '../editor/helpers';

const NSF_URL = 'https://www.research.gov/research-portal/appmanager/base/desktop';

/** The popup reads the active tab (activeTab is granted by the toolbar click). */
function activeTab(url: string) {
  const tab = { id: 7, windowId: 1, url, active: true, index: 0, highlighted: true, incognito: false, pinned: false };
  // query() is overloaded (promise and callback forms); the popup uses the promise one.
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [tab]) as never);
}

/** What the gap engine says about the seeded record for one built-in pack. */
async function expectedCounts(packId: string) {
  const today = new Date().toISOString().slice(0, 10);
  return countBySeverity(evaluate(await getProfile(), await listEntries(), [packById(packId)!], { today }));
}

beforeEach(() => {
  newDb();
  vi.restoreAllMocks();
});

describe('popup: gaps for the portal on the current tab', () => {
  it("shows the portal and its rule pack's error and warning counts in words, linking to that pack's gaps", async () => {
    // No overlap statement and no objectives: errors under the U.S. common forms.
    await seed([support('Catalysis', 'current', { startDate: '2025-01', endDate: '2027-12', overlap: '' })]);
    const expected = await expectedCounts('us-common-forms');
    expect(expected.error).toBeGreaterThan(0);
    activeTab(NSF_URL);
    setup(<PopupApp />);
    const line = await screen.findByTestId('portal-gaps');
    expect(screen.getByText(/^Portal map: NSF/)).toBeInTheDocument();
    const words = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    expect(line).toHaveTextContent(`${words(expected.error, 'error')}, ${words(expected.warning, 'warning')} for ${packById('us-common-forms')!.title}.`);
    expect(screen.getByRole('link', { name: 'Review gaps' })).toHaveAttribute('href', expect.stringMatching(/\/options\.html#gaps&pack=us-common-forms$/));
  });

  it('shows no counts when no portal map matches the page', async () => {
    await seed([support('Catalysis', 'current', { overlap: '' })]);
    activeTab('https://example.org/some/form');
    setup(<PopupApp />);
    expect(await screen.findByText(/No portal map for this site/)).toBeInTheDocument();
    expect(screen.queryByTestId('portal-gaps')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Review gaps' })).not.toBeInTheDocument();
  });

  it("the link's #gaps&pack=<id> opens the Gaps view at that pack", async () => {
    await seed([]);
    setup(<GapsView />, '#gaps&pack=uk-trusted-research');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Show gaps for/ })).toHaveValue('uk-trusted-research'));
  });
});
