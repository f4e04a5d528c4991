/** Live views of the store for any extension page: re-render when another page changes the data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import type { Entry, Profile } from '@/lib/model';

/** `loading` until the first read; then the profile, or undefined when none exists yet. */
export function useProfile(): { loading: boolean; profile: Profile | undefined } {
  const row = useLiveQuery(async () => ({ profile: await getDb().profile.get('me') }), []);
  return { loading: row === undefined, profile: row?.profile };
}

/** Every entry; undefined while loading. */
export function useEntries(): Entry[] | undefined {
  return useLiveQuery(() => getDb().entries.toArray(), []);
}
