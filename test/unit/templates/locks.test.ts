import { describe, expect, it } from 'vitest';
import { entryLockedFields, withLockedValues, type Lock } from '@/lib/templates';

const locks: Lock[] = [
  { path: 'person.primaryOrganization', by: 'Example University', templateId: 'edu.example' },
  { path: 'entries.primary-appointment.organization', by: 'Example University', templateId: 'edu.example' },
  { path: 'entries.primary-appointment.appointmentType', by: 'Example University', templateId: 'edu.example' },
  { path: 'entries.other-shell.paid', by: 'Other Office', templateId: 'org.other' },
];

describe('entry locks', () => {
  it('finds the fields a template locks on its own shell entry only', () => {
    expect(entryLockedFields(locks, 'tpl:edu.example:primary-appointment').map((l) => l.field)).toEqual(['organization', 'appointmentType']);
    expect(entryLockedFields(locks, 'tpl:org.other:primary-appointment')).toEqual([]);
    expect(entryLockedFields(locks, 'researcher-entry')).toEqual([]);
  });

  it('puts locked values back whatever the form held, leaving other fields as edited', () => {
    const stored = { organization: { name: 'Example University', country: 'US' }, appointmentType: 'primary', role: 'Professor' };
    const edited = { organization: { name: 'Changed', country: 'CA' }, appointmentType: 'visiting', role: 'Chair', extra: undefined };
    const kept = withLockedValues(edited, stored, ['organization', 'appointmentType', 'organization.city']);
    expect(kept).toEqual({ organization: { name: 'Example University', country: 'US' }, appointmentType: 'primary', role: 'Chair', extra: undefined });
    expect(edited.organization.name).toBe('Changed');
  });
});
