import { beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_KINDS, Backup, entryStatus, isValidOrcid } from '@/lib/model';
import { demoBackup, exportBackup, loadDemoProfile } from '@/lib/io';
import demoJson from '@/lib/io/demo-backup.json';
import { freshDb } from '../db/fresh-db';

describe('demo profile', () => {
  beforeEach(() => {
    freshDb('demo');
  });

  const demo = demoBackup(new Date('2026-11-23T10:00:00Z'));
  const home = demo.profile.person.homeCountry;

  it('is a valid backup, unchanged by parsing, stamped with the export time', () => {
    expect(Backup.safeParse(demoJson).success).toBe(true);
    expect(demo.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    expect({ ...demo, exportedAt: demoJson.exportedAt }).toEqual(demoJson);
  });

  it('has a person with a valid ORCID iD, ROR-identified primary organisation and example.edu email', () => {
    const p = demo.profile.person;
    expect(isValidOrcid(p.orcid!)).toBe(true);
    expect(p.primaryOrganization?.rorId).toMatch(/^https:\/\/ror\.org\//);
    expect(p.email).toMatch(/@example\.edu$/);
    expect(p.positionTitle).toBe('Associate Professor');
    expect(home).toBe('US');
  });

  it('covers every kind, foreign and domestic organisations, and the statuses the editor shows', () => {
    expect(demo.entries.length).toBeGreaterThanOrEqual(20);
    expect(demo.entries.length).toBeLessThanOrEqual(30);
    expect(new Set(demo.entries.map((e) => e.kind))).toEqual(new Set(ENTRY_KINDS));
    const countries = demo.entries.map((e) => e.organization.country);
    expect(countries.every(Boolean)).toBe(true);
    expect(countries.some((c) => c === home)).toBe(true);
    expect(countries.filter((c) => c !== home).length).toBeGreaterThanOrEqual(5);
    const support = demo.entries.filter((e) => e.kind === 'support');
    expect(new Set(support.map(entryStatus))).toEqual(new Set(['current', 'pending', 'completed']));
    expect(support.every((e) => e.kind === 'support' && e.effort.length > 0)).toBe(true);
    expect(support.some((e) => e.kind === 'support' && e.awardNumber)).toBe(true);
    const currencies = demo.entries.flatMap((e) => Object.values(e).filter((v): v is { currency: string } => !!v && typeof v === 'object' && 'currency' in v).map((m) => m.currency));
    expect(new Set(currencies)).toEqual(new Set(['USD', 'EUR']));
    expect(demo.entries.some((e) => e.kind === 'appointment' && e.appointmentType === 'visiting' && e.organization.country !== home)).toBe(true);
    const talent = demo.entries.find((e) => e.kind === 'talentProgram');
    expect(talent).toMatchObject({ status: 'declined' });
    expect(Object.values(talent!.kind === 'talentProgram' ? talent!.malignIndicators ?? {} : {})).toEqual(Array(9).fill(false));
  });

  it('loads into the store, replacing what was there', async () => {
    const preview = await loadDemoProfile();
    expect(preview.added).toHaveLength(demo.entries.length);
    const exported = await exportBackup(new Date('2026-11-23T10:00:00Z'));
    expect(exported.profile).toEqual(demo.profile);
    expect(exported.entries.map((e) => e.id).sort()).toEqual(demo.entries.map((e) => e.id).sort());
    expect((await loadDemoProfile()).kept).toHaveLength(demo.entries.length);
  });
});
