import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EntryList, type EntryListHandlers } from '@/components/editor';
import type { Entry } from '@/lib/model';

const handlers: EntryListHandlers = { onDuplicate: vi.fn(), onDelete: vi.fn(), onMarkReviewed: vi.fn() };

function entries(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`, kind: 'appointment', appointmentType: 'visiting', paid: false, role: `Role ${i}`,
    organization: { name: `Org ${i}`, country: i % 2 ? 'CA' : 'US' }, startDate: `20${String(i % 30).padStart(2, '0')}`,
  }) as Entry);
}

describe('EntryList', () => {
  it('labels foreign ties with the word "Foreign" (not colour alone) and wires row actions', async () => {
    render(<EntryList entries={entries(2)} homeCountry="US" handlers={handlers} />);
    const domestic = screen.getByRole('listitem', { name: /Org 0/ });
    const foreign = screen.getByRole('listitem', { name: /Org 1/ });
    expect(within(foreign).getByText(/Foreign/)).toBeInTheDocument();
    expect(within(domestic).queryByText(/Foreign/)).toBeNull();
    within(foreign).getByRole('button', { name: 'Delete' }).click();
    expect(handlers.onDelete).toHaveBeenCalledWith('e1');
    expect(within(foreign).getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '#entry=e1');
  });

  it('without a home country nothing is marked foreign', () => {
    render(<EntryList entries={entries(2)} homeCountry={undefined} handlers={handlers} />);
    expect(screen.queryByText(/Foreign/)).toBeNull();
  });

  it('renders 2,000 entries with only the first chunk in the first render', () => {
    const { container } = render(<EntryList entries={entries(2000)} homeCountry="US" handlers={handlers} />);
    // The first render holds one chunk only; the timing itself is measured by the benchmark.
    expect(container.querySelectorAll('li.entry-row')).toHaveLength(100);
  });

  it('renders the remaining rows in idle time', async () => {
    const { container } = render(<EntryList entries={entries(450)} homeCountry="US" handlers={handlers} />);
    const rows = () => container.querySelectorAll('li.entry-row').length;
    expect(rows()).toBe(100);
    await vi.waitFor(() => expect(rows()).toBe(450), { timeout: 25_000, interval: 50 });
    expect(container.querySelector('[data-entry-id="e449"]')).not.toBeNull();
  });
});
