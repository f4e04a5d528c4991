import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CandorDb, useDb } from '@/lib/db';
import { Template, type TemplateInput } from '@/lib/model';

export const FIXTURE = path.resolve(process.cwd(), 'test/fixtures/templates/design-example.template.json');
export const fixtureText = () => readFileSync(FIXTURE, 'utf8');
export const fixture = (): TemplateInput => JSON.parse(fixtureText());

/** A fresh, isolated database per test. */
export function freshDb(): CandorDb {
  const db = new CandorDb(`candor-test-${crypto.randomUUID()}`);
  useDb(db);
  return db;
}

/** Everything in the store, for "nothing changed" assertions. */
export async function snapshot(db: CandorDb) {
  return {
    profile: await db.profile.toArray(),
    entries: await db.entries.toArray(),
    templates: await db.templates.toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A newer version of a template with changes applied to its input form. */
export function version(base: TemplateInput, publishedAt: string, change: (t: TemplateInput) => void = () => {}): TemplateInput {
  const copy = structuredClone(base);
  copy.publishedAt = publishedAt;
  change(copy);
  Template.parse(copy);
  return copy;
}

/** A fetch that serves fixed bodies by URL (a missing URL is a network error). */
export function fakeFetch(bodies: Record<string, string | { status: number }>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = bodies[url];
    if (body === undefined) throw new TypeError('Failed to fetch');
    if (typeof body !== 'string') return new Response('nope', { status: body.status });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}
