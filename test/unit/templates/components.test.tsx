import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveProfile } from '@/lib/db';
import { Template } from '@/lib/model';
import { applyManagedPolicy, applyTemplate } from '@/lib/templates';
import { TemplateAuthor } from '@/components/templates/TemplateAuthor';
import { TemplatesPanel } from '@/components/templates/TemplatesPanel';
import { TemplateContacts } from '@/components/templates/TemplateContacts';
import { buildTemplate, draftFromTemplate } from '@/components/templates/author-draft';
import { fixture, fixtureText, freshDb, version } from './helpers';

beforeEach(() => {
  freshDb();
});

describe('TemplatesPanel', () => {
  it('imports a file: shows what will happen first, applies on confirmation', async () => {
    await saveProfile({ person: { familyName: 'Okafor' } });
    render(<TemplatesPanel />);
    const file = new File([fixtureText()], 'example.template.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import a template file'), file);
    const dialog = await screen.findByRole('dialog', { name: 'Review template' });
    expect(within(dialog).getByText(/Entries to add/)).toBeInTheDocument();
    expect(screen.getByText('No template applied.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Applied');
    const card = await screen.findByRole('article');
    expect(card).toHaveTextContent('University of Toronto');
    expect(card).toHaveTextContent('imported from example.template.json');
    expect(within(card).getByRole('link', { name: 'Trusted research training' })).toHaveAttribute('href', 'https://research.example.edu/training');
  });

  it('shows why a file was refused', async () => {
    render(<TemplatesPanel />);
    const bad = new File([JSON.stringify({ ...fixture(), publishedAt: 'soon' })], 'bad.json');
    await userEvent.upload(screen.getByLabelText('Import a template file'), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('nothing was changed');
    expect(alert).toHaveTextContent('publishedAt');
  });

  it('shows a refused policy and a policy template as managed (no Remove)', async () => {
    await applyManagedPolicy({ template: { ...fixture(), id: '' } });
    const { unmount } = render(<TemplatesPanel />);
    expect(await screen.findByText(/policy template was refused/)).toBeInTheDocument();
    unmount();
    await applyManagedPolicy({ template: fixture() });
    render(<TemplatesPanel />);
    const card = await screen.findByRole('article');
    expect(card).toHaveTextContent('managed by your institution (browser policy)');
    expect(within(card).queryByRole('button', { name: 'Remove template' })).toBeNull();
  });

  it('offers "Complete this entry" for a shell missing required fields', async () => {
    await saveProfile({ person: { familyName: 'Okafor' } });
    await applyTemplate(version(fixture(), '2026-09-01', (t) => { delete (t.entries![0] as { paid?: boolean }).paid; }), { kind: 'file' });
    render(<TemplatesPanel />);
    const form = await screen.findByRole('form', { name: 'Complete primary-appointment' });
    await userEvent.selectOptions(within(form).getByLabelText(/paid/), 'yes');
    await userEvent.click(within(form).getByRole('button', { name: 'Complete this entry' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Complete primary-appointment' })).toBeNull());
  });
});

describe('TemplateAuthor', () => {
  it('round-trips the DESIGN example through the form model', () => {
    const template = Template.parse(fixture());
    const rebuilt = buildTemplate(draftFromTemplate(template));
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.template).toEqual(template);
  });

  it('validates as the office types, and enables export once valid', async () => {
    render(<TemplateAuthor />);
    const problems = screen.getByTestId('author-problems');
    expect(problems).toHaveTextContent('id');
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/^Id/), 'edu.example.office');
    await userEvent.type(screen.getByLabelText(/^Title/), 'Example');
    await userEvent.type(screen.getByLabelText(/^ROR id/), 'not-a-ror');
    expect(screen.getByTestId('author-problems')).toHaveTextContent('institution.name');
    expect(screen.getByTestId('author-problems')).toHaveTextContent('institution.rorId');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Example University');
    await userEvent.clear(screen.getByLabelText(/^ROR id/));
    await userEvent.click(screen.getByRole('button', { name: 'Add a shell' }));
    await userEvent.clear(screen.getByLabelText(/^More fields/));
    await userEvent.type(screen.getByLabelText(/^More fields/), '{{"appointmentType": "primary"}');
    expect(await screen.findByRole('status')).toHaveTextContent('The template is valid.');
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
    // The preview shows the shell waiting for the researcher (paid is required for appointments).
    expect(screen.getByTestId('template-plan')).toHaveTextContent('needs paid');
  });
});

describe('template effects in the gaps view', () => {
  it("lists the template's own rules under the institution's name", async () => {
    const { GapsViewFor } = await import('@/components/gaps/GapsView');
    const template = Template.parse(fixture());
    const profile = { person: { familyName: 'Okafor' }, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 } } as const;
    const consulting = { id: 'c1', kind: 'consulting', organization: { name: 'Acme Corp' }, compensated: true } as const;
    render(<GapsViewFor profile={profile} entries={[consulting]} today="2026-11-24" templates={[template]} />);
    const row = screen.getByTestId(`readiness-template:${template.id}`);
    expect(row).toHaveTextContent('University of Toronto');
    expect(screen.getAllByTestId('gap').some((g) => g.textContent?.includes('Report the amount of paid consulting'))).toBe(true);
  });
});

describe('TemplateContacts (popup and editor)', () => {
  it('shows nothing without templates, and the office and resources once one is applied', async () => {
    const { container, unmount } = render(<TemplateContacts />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
    unmount();
    await applyTemplate(fixture(), { kind: 'file' });
    render(<TemplateContacts />);
    const help = await screen.findByRole('region', { name: 'Help from your institution' });
    expect(help).toHaveTextContent('Research Security Office');
    expect(within(help).getByRole('link', { name: 'research.security@example.edu' })).toHaveAttribute('href', 'mailto:research.security@example.edu');
    expect(within(help).getByRole('link', { name: 'Trusted research training' })).toBeInTheDocument();
  });
});
