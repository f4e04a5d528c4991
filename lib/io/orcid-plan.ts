/**
 * Re-import rules for ORCID, on plain arrays (the CLI and a backup use them as they are; the editor
 * adds one Dexie transaction on top in applyOrcidImport).
 *
 * - An imported entry's id is deterministic (`orcid:<iD>:<section>:<put-code>`), so a second import
 *   finds it instead of duplicating it.
 * - Only entries whose provenance is `orcid` are updated; anything the researcher entered, or that came
 *   from a template, backup or CSV, is never touched.
 * - An update takes what ORCID records (organisation, role, dates, title, award number, amount, status) and
 *   keeps everything else the researcher set (paid, notes, review date, …). A value ORCID no longer has is
 *   kept, not erased. The researcher sees the field-by-field diff before anything is written.
 */
import { getDb, nowIso } from '@/lib/db';
import { Entry, listProblems, Profile, type Person } from '@/lib/model';
import type { OrcidPerson, OrcidProblem, ParsedOrcid } from './orcid';

/** The fields ORCID is the source of; the rest of an imported entry belongs to the researcher after import. */
const ORCID_FIELDS = ['organization', 'role', 'startDate', 'endDate', 'description', 'title', 'awardNumber', 'totalAmount', 'status', 'provenance'] as const;

export interface OrcidFieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface OrcidImportPlan {
  added: Entry[];
  updated: { before: Entry; after: Entry; changes: OrcidFieldChange[] }[];
  unchanged: Entry[];
  /** Existing entries this import leaves alone: researcher-entered, other sources, or ORCID items not in this file. */
  untouched: Entry[];
  /** Items that could not be planned (e.g. an id already used by a researcher-entered entry). */
  problems: OrcidProblem[];
  /** Added entries holding a value ORCID does not record (see ParsedOrcid.needsReview). */
  needsReview: ParsedOrcid['needsReview'];
  person?: OrcidPerson;
}

export function planOrcidImport(parsed: ParsedOrcid, existing: Entry[], now: string = nowIso()): OrcidImportPlan {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const plan: OrcidImportPlan = { added: [], updated: [], unchanged: [], untouched: [], problems: [], needsReview: [], person: parsed.person };
  const planned = new Set<string>();
  for (const incoming of parsed.entries) {
    if (planned.has(incoming.id)) continue; // the same put-code listed twice in one record
    planned.add(incoming.id);
    const before = byId.get(incoming.id);
    if (!before) {
      plan.added.push({ ...incoming, createdAt: now, updatedAt: now });
      continue;
    }
    if (before.provenance?.source !== 'orcid' || before.kind !== incoming.kind) {
      plan.problems.push({ item: incoming.id, message: 'An entry with this id exists and was not created by ORCID import; left as it is' });
      planned.delete(incoming.id);
      continue;
    }
    const merged: Record<string, unknown> = { ...before };
    for (const field of ORCID_FIELDS) {
      const value = (incoming as Record<string, unknown>)[field];
      if (value !== undefined) merged[field] = value;
    }
    const changes = diffEntries(before, merged);
    if (changes.length === 0) {
      plan.unchanged.push(before);
      continue;
    }
    const after = Entry.safeParse({ ...merged, updatedAt: now });
    if (!after.success) {
      for (const p of listProblems(after.error)) plan.problems.push({ item: incoming.id, message: `${p.path}: ${p.message}` });
      planned.delete(incoming.id);
      continue;
    }
    plan.updated.push({ before, after: after.data, changes });
  }
  plan.untouched = existing.filter((e) => !planned.has(e.id));
  // Entries already in the store were seen (and perhaps corrected) by the researcher: only new ones need a check.
  const addedIds = new Set(plan.added.map((e) => e.id));
  plan.needsReview = parsed.needsReview.filter((r) => addedIds.has(r.id));
  return plan;
}

/** Field-level differences, one level into nested objects (`organization.city`). */
function diffEntries(before: object, after: object): OrcidFieldChange[] {
  const changes: OrcidFieldChange[] = [];
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, prefix: string, depth: number) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (key === 'createdAt' || key === 'updatedAt') continue;
      const [x, y] = [a[key], b[key]];
      const plain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      if (depth === 0 && plain(x) && plain(y)) walk(x as Record<string, unknown>, y as Record<string, unknown>, `${prefix}${key}.`, 1);
      else if (JSON.stringify(x) !== JSON.stringify(y)) changes.push({ path: `${prefix}${key}`, before: x, after: y });
    }
  };
  walk(before as Record<string, unknown>, after as Record<string, unknown>, '', 0);
  return changes;
}

/** The entries a plan writes, in one list. */
export function orcidPlannedWrites(plan: OrcidImportPlan): Entry[] {
  return [...plan.added, ...plan.updated.map((u) => u.after)];
}

/** Fills empty person fields from ORCID; never overwrites what is there. */
export function fillPersonFromOrcid(person: Partial<Person> | undefined, from: OrcidPerson | undefined): Partial<Person> {
  const out: Partial<Person> = { ...person };
  for (const key of ['givenName', 'familyName', 'orcid'] as const) {
    if (!out[key] && from?.[key]) out[key] = from[key];
  }
  return out;
}

export interface AppliedOrcidImport {
  added: number;
  updated: number;
  /** Person fields that were empty and are now filled from ORCID. */
  personFilled: string[];
}

/** Writes a plan (entries and empty profile fields) in ONE Dexie transaction. */
export async function applyOrcidImport(plan: OrcidImportPlan): Promise<AppliedOrcidImport> {
  const db = getDb();
  const writes = orcidPlannedWrites(plan);
  return db.transaction('rw', db.entries, db.profile, async () => {
    // The researcher confirmed a preview; if the store moved since (another tab, an edit), write nothing.
    const current = await db.entries.bulkGet(writes.map((e) => e.id));
    const expected = [...plan.added.map(() => undefined), ...plan.updated.map((u) => u.before.updatedAt ?? '')];
    if (current.some((e, i) => (e ? e.updatedAt ?? '' : undefined) !== expected[i])) {
      throw new Error('Your entries changed since this preview was made; review the import again.');
    }
    await db.entries.bulkPut(writes);
    const profileRow = await db.profile.get('me');
    const person = fillPersonFromOrcid(profileRow?.person, plan.person);
    const personFilled = (['givenName', 'familyName', 'orcid'] as const).filter((k) => person[k] !== profileRow?.person[k]);
    if (personFilled.length) {
      // A profile needs a family name; when ORCID has none and there is no profile yet, entries are still written.
      const profile = Profile.safeParse({ ...profileRow, person });
      if (profile.success) await db.profile.put(profile.data, 'me');
      else personFilled.length = 0;
    }
    return { added: plan.added.length, updated: plan.updated.length, personFilled };
  });
}
