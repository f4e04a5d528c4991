import { REFRESH_INTERVAL_MS, applyManagedPolicy, getPolicyStatus, type ManagedPolicy, type PolicyStatus } from './sources';

/**
 * Reads `storage.managed` (set by Chrome/Edge/Firefox enterprise policy) and applies its template.
 * Called by the background on startup and whenever the managed area changes. Browsers without a
 * policy reject `managed.get()`; that is "no policy", not an error.
 */
export async function syncManagedPolicy(): Promise<PolicyStatus> {
  let policy: ManagedPolicy | undefined;
  try {
    policy = (await browser.storage.managed.get(null)) as ManagedPolicy;
  } catch {
    policy = undefined;
  }
  // The service worker wakes often: an unchanged policy already checked today is not fetched again.
  const last = await getPolicyStatus();
  const fresh = last && Date.now() - Date.parse(last.checkedAt) < REFRESH_INTERVAL_MS;
  if (last?.ok && fresh && last.seen === JSON.stringify(policy ?? null)) return last;
  return applyManagedPolicy(policy);
}
