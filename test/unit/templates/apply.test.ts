import { beforeEach, describe, expect, it } from 'vitest';
import { saveEntry, saveProfile, type CandorDb } from '@/lib/db';
import { Template, type Entry } from '@/lib/model';
import {
  applyManagedPolicy, applyStagedUpdate, applyTemplate, completePendingShell, fillPendingProfileDefaults, getAppliedRecord,
  getPolicyStatus, getStagedUpdate, importTemplateFile, listSubscriptions, previewTemplate, refreshSubscriptions, removeTemplate,
  sha256Hex, shellEntryId, subscribe,
} from '@/lib/templates';
import { fakeFetch, fixture, fixtureText, freshDb, snapshot, version } from './helpers';

const ID = 'edu.example.research-office';
const SHELL = shellEntryId(ID, 'primary-appointment');
let db: CandorDb;

beforeEach(() => {
  db = freshDb();
});

const researcher = () => saveProfile({ person: { familyName: 'Okafor', givenName: 'Ada' } });

describe('applying a template', () => {
  it('fills empty profile fields only and reports the researcher values it kept', async () => {
    await saveProfile({ person: { familyName: 'Okafor', homeCountry: 'CA' }, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 } });
    const result = await applyTemplate(fixture(), { kind: 'file' });
    expect(result.ok).toBe(true);
    const profile = await db.profile.get('me');
    expect(profile?.person.homeCountry).toBe('CA');
    expect(profile?.person.primaryOrganization?.rorId).toBe('https://ror.org/03dbr7087');
    // A setting still at Candor's default counts as unchosen, so the template's interval applies.
    expect(profile?.settings.reviewIntervalMonths).toBe(6);
    expect(profile?.person.familyName).toBe('Okafor');
    if (result.ok) expect(result.plan.profileLeft.map((l) => l.path)).toEqual(['person.homeCountry']);
  });

  it('keeps a setting the researcher chose', async () => {
    await saveProfile({ person: { familyName: 'Okafor' }, settings: { currency: 'EUR', locale: 'fr', reviewIntervalMonths: 3 } });
    await applyTemplate(fixture(), { kind: 'file' });
    expect((await db.profile.get('me'))?.settings.reviewIntervalMonths).toBe(3);
  });

  it('adds each shell once, with template provenance, and never re-adds one the researcher deleted', async () => {
    await researcher();
    await applyTemplate(fixture(), { kind: 'file' });
    await applyTemplate(fixture(), { kind: 'file' });
    const entries = await db.entries.toArray();
    expect(entries.map((e) => e.id)).toEqual([SHELL]);
    expect(entries[0].provenance).toEqual({ source: 'template', ref: `${ID}#primary-appointment@2026-09-01` });

    await db.entries.delete(SHELL);
    await applyTemplate(version(fixture(), '2026-10-01'), { kind: 'file' });
    expect(await db.entries.count()).toBe(0);
  });

  it('keeps a shell missing required fields pending until the researcher completes it', async () => {
    await researcher();
    const noPaid = version(fixture(), '2026-09-01', (t) => {
      delete (t.entries![0] as { paid?: boolean }).paid;
    });
    const result = await applyTemplate(noPaid, { kind: 'file' });
    expect(result.ok && result.plan.shellsPending.map((p) => p.problems.map((x) => x.path))).toEqual([['paid']]);
    expect(await db.entries.count()).toBe(0);
    expect((await getAppliedRecord(ID))?.shells['primary-appointment'].status).toBe('pending');

    const bad = await completePendingShell(ID, 'primary-appointment', {});
    expect(bad.ok).toBe(false);
    const done = await completePendingShell(ID, 'primary-appointment', { paid: false });
    expect(done.ok).toBe(true);
    expect((await db.entries.get(SHELL)) as Entry).toMatchObject({ kind: 'appointment', paid: false, appointmentType: 'primary' });
    expect((await getAppliedRecord(ID))?.shells['primary-appointment'].status).toBe('added');
  });

  it('keeps profile defaults until a profile exists, then fills them', async () => {
    const result = await applyTemplate(fixture(), { kind: 'file' });
    expect(result.ok && result.plan.profilePending.length).toBe(3);
    expect(await db.profile.count()).toBe(0);
    await saveProfile({ person: { familyName: 'Okafor', homeCountry: 'GB' } });
    expect(await fillPendingProfileDefaults()).toBe(2);
    const profile = await db.profile.get('me');
    expect(profile?.person.homeCountry).toBe('GB');
    expect(profile?.person.primaryOrganization?.name).toBe('University of Toronto');
  });
});

describe('a newer version', () => {
  const v2 = () =>
    version(fixture(), '2027-01-15', (t) => {
      t.profileDefaults!.settings = { reviewIntervalMonths: 4 };
      t.profileDefaults!.person!.department = 'Chemistry';
      Object.assign(t.entries![0], { role: 'Professor', paid: false, appointmentType: 'primary' });
      t.resources!.push({ title: 'Export controls', url: 'https://research.example.edu/export' });
    });

  it('updates only what came from the template and the researcher left alone, and shows a diff first', async () => {
    await researcher();
    await applyTemplate(fixture(), { kind: 'file' });
    // The researcher edits a template-set value and adds their own.
    const shell = (await db.entries.get(SHELL))!;
    await saveEntry({ ...shell, paid: true, notes: 'Mine', compensation: { amount: 100000, currency: 'CAD' } } as Entry);
    await saveProfile({ ...(await db.profile.get('me'))!, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 9 } });

    const beforePreview = await snapshot(db);
    const preview = await previewTemplate(Template.parse(v2()));
    expect('ok' in preview).toBe(false);
    if ('ok' in preview) return;
    expect(preview.fromVersion).toBe('2026-09-01');
    expect(preview.diff.map((c) => c.path)).toEqual(
      expect.arrayContaining(['profileDefaults.settings.reviewIntervalMonths', 'profileDefaults.person.department', 'entries[primary-appointment].role', 'entries[primary-appointment].paid', 'resources[Export controls]']),
    );
    expect(await snapshot(db)).toEqual(beforePreview); // the preview wrote nothing

    await applyTemplate(v2(), { kind: 'file' });
    const after = (await db.entries.get(SHELL)) as Extract<Entry, { kind: 'appointment' }>;
    // paid is still the value v1 wrote (the researcher re-saved it unchanged), so v2 may update it.
    expect(after.paid).toBe(false);
    expect(after.role).toBe('Professor');
    expect(after.notes).toBe('Mine');
    expect(after.compensation).toEqual({ amount: 100000, currency: 'CAD' });
    expect(after.provenance?.ref).toBe(`${ID}#primary-appointment@2027-01-15`);
    const profile = (await db.profile.get('me'))!;
    expect(profile.settings.reviewIntervalMonths).toBe(9);
    expect(profile.person.department).toBe('Chemistry');
  });

  it('leaves a template-set field the researcher changed', async () => {
    await researcher();
    await applyTemplate(fixture(), { kind: 'file' });
    const shell = (await db.entries.get(SHELL))!;
    await saveEntry({ ...shell, paid: false } as Entry);
    const result = await applyTemplate(version(fixture(), '2027-01-15', (t) => Object.assign(t.entries![0], { appointmentType: 'joint' })), { kind: 'file' });
    const after = (await db.entries.get(SHELL)) as Extract<Entry, { kind: 'appointment' }>;
    expect(after.paid).toBe(false);
    expect(after.appointmentType).toBe('joint');
    expect(result.ok && result.plan.shellsUpdated[0].changes).toEqual([{ path: 'appointmentType', before: 'primary', after: 'joint' }]);
  });

  it('refuses an older version, changing nothing', async () => {
    await researcher();
    await applyTemplate(version(fixture(), '2027-01-15'), { kind: 'file' });
    const before = await snapshot(db);
    const result = await applyTemplate(fixture(), { kind: 'file' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons[0].path).toBe('publishedAt');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('removing and refusing', () => {
  it('removing a template keeps the researcher data', async () => {
    await researcher();
    const noPaid = version(fixture(), '2026-09-01', (t) => {
      t.entries!.push({ shellId: 'consulting', kind: 'consulting' });
    });
    await applyTemplate(noPaid, { kind: 'file' });
    const profileBefore = await db.profile.get('me');
    await removeTemplate(ID);
    expect(await db.templates.count()).toBe(0);
    expect(await getAppliedRecord(ID)).toBeUndefined();
    expect((await db.entries.toArray()).map((e) => e.id)).toEqual([SHELL]);
    expect(await db.profile.get('me')).toEqual(profileBefore);
  });

  it('refuses an invalid template with the paths of its problems, and changes nothing', async () => {
    await researcher();
    const before = await snapshot(db);
    const bad = { ...fixture(), institution: { name: '', rorId: 'ror 123' }, surprise: 1 };
    const result = await applyTemplate(bad, { kind: 'file' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons.map((r) => r.path)).toEqual(expect.arrayContaining(['institution.name', 'institution.rorId', 'surprise']));
    expect(await snapshot(db)).toEqual(before);
    const notJson = await importTemplateFile('{ nope', 'x.json');
    expect(!notJson.ok && notJson.reasons[0].message).toMatch(/Not JSON/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('enterprise policy', () => {
  const URL_ = 'https://research.example.edu/candor.template.json';

  it('applies an inline policy template and records the outcome', async () => {
    const status = await applyManagedPolicy({ template: fixture() });
    expect(status).toMatchObject({ ok: true, source: 'inline', templateId: ID, outcome: 'applied' });
    expect((await getAppliedRecord(ID))?.origin).toEqual({ kind: 'policy' });
    expect((await applyManagedPolicy({ templateJson: fixtureText() })).outcome).toBe('unchanged');
  });

  it('applies a URL policy whose bytes match the pinned SHA-256', async () => {
    const text = fixtureText();
    const status = await applyManagedPolicy({ templateUrl: URL_, templateSha256: (await sha256Hex(text)).toUpperCase() }, fakeFetch({ [URL_]: text }));
    expect(status).toMatchObject({ ok: true, source: 'url', outcome: 'applied' });
    expect(await db.templates.count()).toBe(1);
  });

  it('refuses a hash mismatch, a missing hash and a failed fetch, changing nothing but the status', async () => {
    await researcher();
    const text = fixtureText();
    const before = await snapshot(db);
    const mismatch = await applyManagedPolicy({ templateUrl: URL_, templateSha256: 'a'.repeat(64) }, fakeFetch({ [URL_]: text }));
    expect(mismatch.ok).toBe(false);
    expect(mismatch.reasons?.[0].message).toMatch(/SHA-256 mismatch/);
    const missing = await applyManagedPolicy({ templateUrl: URL_ }, fakeFetch({ [URL_]: text }));
    expect(missing.reasons?.[0].path).toBe('templateSha256');
    const down = await applyManagedPolicy({ templateUrl: URL_, templateSha256: await sha256Hex(text) }, fakeFetch({}));
    expect(down.reasons?.[0].message).toMatch(/Could not fetch/);
    const after = await snapshot(db);
    expect({ ...after, meta: after.meta.filter((m) => m.key !== 'templates.policy') }).toEqual(before);
    expect((await getPolicyStatus())?.ok).toBe(false);
  });

  it('stages a newer policy version for review instead of applying it', async () => {
    await researcher();
    await applyManagedPolicy({ template: fixture() });
    const status = await applyManagedPolicy({ template: version(fixture(), '2027-01-15', (t) => { t.title = 'Renamed'; }) });
    expect(status.outcome).toBe('staged');
    expect((await db.templates.get(ID))?.title).not.toBe('Renamed');
    expect((await getStagedUpdate(ID))?.diff).toEqual([{ path: 'title', before: 'Example University — research disclosure profile', after: 'Renamed' }]);
    expect((await applyStagedUpdate(ID)).ok).toBe(true);
    expect((await db.templates.get(ID))?.title).toBe('Renamed');
    expect(await getStagedUpdate(ID)).toBeUndefined();
  });
});

describe('subscriptions', () => {
  const URL_ = 'https://research.example.edu/t.json';

  it('refuses non-HTTPS addresses', async () => {
    const result = await subscribe('http://research.example.edu/t.json', fakeFetch({}));
    expect(!result.ok && result.reasons[0].message).toMatch(/https/);
  });

  it('refreshes at most daily, keeps the last good version on failure, and stages newer versions', async () => {
    await researcher();
    expect((await subscribe(URL_, fakeFetch({ [URL_]: fixtureText() }))).ok).toBe(true);
    const [sub] = await listSubscriptions();
    const checked = Date.parse(sub.lastCheckedAt!);

    let calls = 0;
    const counting: typeof fetch = async () => { calls++; throw new TypeError('offline'); };
    await refreshSubscriptions({ now: checked + 60_000, fetchImpl: counting });
    expect(calls).toBe(0);

    const [failed] = await refreshSubscriptions({ now: checked + 25 * 3600_000, fetchImpl: counting });
    expect(calls).toBe(1);
    expect(failed.lastError).toMatch(/offline/);
    expect(await db.templates.count()).toBe(1);

    const v2 = JSON.stringify(version(fixture(), '2027-01-15', (t) => { t.rulePacks = ['g7-core']; }));
    const [ok] = await refreshSubscriptions({ force: true, fetchImpl: fakeFetch({ [URL_]: v2 }) });
    expect(ok.lastError).toBeUndefined();
    expect((await getStagedUpdate(ID))?.diff.map((c) => c.path)).toEqual(['rulePacks']);
    expect((await db.templates.get(ID))?.rulePacks).toEqual(['g7-core', 'us-common-forms']);
  });
});
