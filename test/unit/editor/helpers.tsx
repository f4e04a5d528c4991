/** Shared set-up for editor and popup tests: a fresh database, a hash, and a rendered page. */
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { saveEntry, saveProfile } from '@/lib/db';
import type { EntryInput, ProfileInput } from '@/lib/model';
import { freshDb } from '../db/fresh-db';

// The machine running these is shared and often loaded: give async queries time beyond the 1 s default.
configure({ asyncUtilTimeout: 8000 });

export function setup(ui: ReactElement, hash = '') {
  window.location.hash = hash;
  const user = userEvent.setup({ delay: null });
  return { user, ...render(ui) };
}

export function newDb() {
  window.location.hash = '';
  return freshDb('ui');
}

export const PROFILE: ProfileInput = {
  person: { givenName: 'Ada', familyName: 'Okafor', homeCountry: 'US', orcid: '0000-0002-1825-0097', primaryOrganization: { name: 'Example University', country: 'US' } },
  settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 },
};

export async function seed(entries: Partial<EntryInput>[], profile: ProfileInput | null = PROFILE) {
  if (profile) await saveProfile(profile);
  const saved = [];
  for (const e of entries) saved.push(await saveEntry(e as EntryInput));
  return saved;
}

export const appointment = (name: string, extra: Record<string, unknown> = {}): Partial<EntryInput> => ({
  kind: 'appointment', appointmentType: 'visiting', paid: false, organization: { name, country: 'US' }, ...extra,
} as Partial<EntryInput>);

export const support = (title: string, status: string, extra: Record<string, unknown> = {}): Partial<EntryInput> => ({
  kind: 'support', title, status, effort: [], organization: { name: 'National Science Foundation', country: 'US' }, ...extra,
} as Partial<EntryInput>);
