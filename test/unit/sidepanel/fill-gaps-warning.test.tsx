import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreparedFill } from '@/lib/fill/session';
import type { Proposal } from '@/lib/fill/plan';
import { FillPanel } from '@/components/sidepanel/FillPanel';
import { getProfile, listEntries } from '@/lib/db';
import { countBySeverity, evaluate, packById } from '@/lib/rules';
import { newDb, seed, support } from '../editor/helpers';

// The page scan needs a real tab; the review is what is under test, so the prepared fill is given.
const prepared = vi.hoisted(() => ({ current: undefined as PreparedFill | undefined }));
vi.mock('@/lib/fill/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/fill/session')>()),
  prepareFill: vi.fn(async () => prepared.current!),
}));
vi.mock('@/lib/fill/target', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/fill/target')>()),
  targetTabId: vi.fn(async () => 7),
}));

const PROPOSAL: Proposal = {
  slot: '0|support|support.title|0', frameId: 0, fieldId: 1, frame: '', selector: '#title', label: 'Project title', key: 'support.title',
  confidence: 0.9, via: 'map', value: 'Catalysis', status: 'proposed', section: 'Current support', row: 0,
};

function preparedFor(rulePack: string | null): PreparedFill {
  // A non-http URL keeps the "Always allow" permission prompt out of the way.
  return { tabId: 7, plan: { url: 'about:blank', portal: rulePack ? 'nsf-research-gov' : null, proposals: [PROPOSAL], addRows: [] }, portalTitle: rulePack ? 'NSF Research.gov' : null, rulePack, timings: { scanMs: 0, planMs: 0 } };
}

async function errorsFor(packId: string) {
  const today = new Date().toISOString().slice(0, 10);
  return countBySeverity(evaluate(await getProfile(), await listEntries(), [packById(packId)!], { today })).error;
}

beforeEach(() => {
  newDb();
});

describe('fill review: warning before filling data with errors', () => {
  it("warns, with the count and a link to the pack's gaps, when the record has errors for the portal's pack; filling stays allowed", async () => {
    await seed([support('Catalysis', 'current', { startDate: '2025-01', endDate: '2027-12', overlap: '' })]);
    const errors = await errorsFor('us-common-forms');
    expect(errors).toBeGreaterThan(0);
    prepared.current = preparedFor('us-common-forms');
    render(<FillPanel />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `Your record has ${errors} error${errors === 1 ? '' : 's'} for ${packById('us-common-forms')!.title}. Filling copies what is recorded; review the gaps first.`,
    );
    expect(screen.getByRole('link', { name: 'Review gaps' })).toHaveAttribute('href', expect.stringMatching(/\/options\.html#gaps&pack=us-common-forms$/));
    expect(screen.getByTestId('fill-apply')).toBeEnabled();
    // The warning sits above the button that fills.
    expect(alert.compareDocumentPosition(screen.getByTestId('fill-apply')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("does not warn when the record has no errors for the portal's pack", async () => {
    await seed([]);
    expect(await errorsFor('us-common-forms')).toBe(0);
    prepared.current = preparedFor('us-common-forms');
    render(<FillPanel />);
    expect(await screen.findByTestId('fill-apply')).toHaveTextContent('Fill 1 field');
    // Let the live query settle before asserting absence.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not warn when no portal map (and so no pack) matches, even with errors in the record', async () => {
    await seed([support('Catalysis', 'current', { startDate: '2025-01', endDate: '2027-12', overlap: '' })]);
    prepared.current = preparedFor(null);
    render(<FillPanel />);
    expect(await screen.findByTestId('fill-apply')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
