/** Records for the checklist tests: real schemas, organisations only, no people but the researcher. */
import { Entry, Profile, type EntryInput } from '@/lib/model';
import { BUILTIN_CHECKLISTS, type ChecklistRecord } from '@/lib/checklists';
import { BUILTIN_SCREENING_LISTS } from '@/lib/rules';

export const profile: Profile = Profile.parse({
  person: { familyName: 'Okafor', homeCountry: 'US', primaryOrganization: { name: 'Example University', country: 'US' } },
});

let counter = 0;
export function entry(input: Record<string, unknown> & { kind: EntryInput['kind'] }): Entry {
  return Entry.parse({ id: input.id ?? `e${++counter}`, ...input });
}

export const record = (entries: Entry[]): ChecklistRecord => ({ profile, entries, screeningLists: BUILTIN_SCREENING_LISTS });

export const checklist = (id: string) => {
  const found = BUILTIN_CHECKLISTS.find((c) => c.id === id);
  if (!found) throw new Error(`No checklist ${id}`);
  return found;
};

/** A partnership with a partner and facts. */
export const partnership = (over: Record<string, unknown> = {}) =>
  entry({ kind: 'partnership', organization: { name: 'Partner Institute', country: 'DE' }, project: 'Catalysis', ...over });
