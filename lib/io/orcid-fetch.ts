/**
 * Reads one public ORCID record from ORCID's public API. Called only when the researcher asks
 * (the "Fetch public record" button); the URL is shown to them before the request is made.
 */
import { normaliseOrcidId } from './orcid';

export const ORCID_PUBLIC_API = 'https://pub.orcid.org';

export type OrcidFetchFailure = 'invalid-id' | 'offline' | 'not-found' | 'http' | 'bad-response';

export class OrcidFetchError extends Error {
  constructor(readonly failure: OrcidFetchFailure, message: string) {
    super(message);
    this.name = 'OrcidFetchError';
  }
}

/** The exact URL fetchOrcidRecord requests, or undefined when the iD is not valid. */
export function orcidRecordUrl(orcidId: string, baseUrl: string = ORCID_PUBLIC_API): string | undefined {
  const id = normaliseOrcidId(orcidId);
  return id ? `${baseUrl.replace(/\/+$/, '')}/v3.0/${id}/record` : undefined;
}

export interface FetchOrcidOptions {
  baseUrl?: string;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

export async function fetchOrcidRecord(orcidId: string, options: FetchOrcidOptions = {}): Promise<unknown> {
  const { baseUrl = ORCID_PUBLIC_API, fetchImpl = fetch, signal } = options;
  const url = orcidRecordUrl(orcidId, baseUrl);
  if (!url) {
    throw new OrcidFetchError('invalid-id', `"${orcidId}" is not a valid ORCID iD: it looks like 0000-0002-1825-0097 and its last character is a check digit`);
  }
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    // fetch rejects with a TypeError when no connection could be made at all.
    throw new OrcidFetchError('offline', `You appear to be offline, or ${new URL(url).host} cannot be reached. Try again when connected, or import a record file instead.`);
  }
  const id = normaliseOrcidId(orcidId)!;
  if (response.status === 404) throw new OrcidFetchError('not-found', `No public ORCID record for ${id}: check the iD, or whether the record is public.`);
  if (!response.ok) {
    throw new OrcidFetchError('http', `ORCID answered ${response.status} ${response.statusText}`.trim() + ` for ${url}. Try again later, or import a record file instead.`);
  }
  try {
    return await response.json();
  } catch {
    throw new OrcidFetchError('bad-response', `ORCID's answer for ${id} was not JSON; nothing was imported.`);
  }
}
