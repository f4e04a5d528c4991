import { Template, listProblems, type Problem } from '@/lib/model';
import { normaliseSha256, sha256Hex } from './hash';

export type Loaded = { ok: true; template: Template; sha256?: string } | { ok: false; reasons: Problem[] };

/** Validates a template object; a refusal lists every problem with its path. */
export function parseTemplate(input: unknown): Loaded {
  const parsed = Template.safeParse(input);
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, reasons: listProblems(parsed.error) };
}

/**
 * Validates template bytes (a file's text or a fetched body). With `expectedSha256`, the SHA-256 of
 * exactly these bytes must match before anything else is looked at.
 */
export async function loadTemplateBytes(bytes: string | ArrayBuffer | Uint8Array, expectedSha256?: string): Promise<Loaded> {
  const sha256 = await sha256Hex(bytes);
  if (expectedSha256 !== undefined) {
    const expected = normaliseSha256(expectedSha256);
    if (!expected) return { ok: false, reasons: [{ path: 'templateSha256', message: 'The pinned SHA-256 is not 64 hexadecimal characters' }] };
    if (expected !== sha256) {
      return { ok: false, reasons: [{ path: 'templateSha256', message: `SHA-256 mismatch: the policy pins ${expected} but the fetched template is ${sha256}` }] };
    }
  }
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [{ path: '(top level)', message: `Not JSON: ${(error as Error).message}` }] };
  }
  const result = parseTemplate(json);
  return result.ok ? { ...result, sha256 } : result;
}

/** Template URLs must be HTTPS; plain HTTP only on loopback (a local test server). */
export function checkTemplateUrl(raw: string): { ok: true; url: URL } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'Not a URL' };
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return { ok: false, reason: 'Template URLs must start with https://' };
  return { ok: true, url };
}

/** Fetches a template URL once, without cookies; a network or HTTP failure is a refusal with the reason. */
export async function fetchTemplate(url: string, expectedSha256?: string, fetchImpl: typeof fetch = fetch): Promise<Loaded> {
  const checked = checkTemplateUrl(url);
  if (!checked.ok) return { ok: false, reasons: [{ path: 'templateUrl', message: checked.reason }] };
  let response: Response;
  try {
    response = await fetchImpl(checked.url.href, { credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    return { ok: false, reasons: [{ path: 'templateUrl', message: `Could not fetch ${checked.url.href}: ${(error as Error).message}` }] };
  }
  if (!response.ok) return { ok: false, reasons: [{ path: 'templateUrl', message: `${checked.url.href} answered HTTP ${response.status}` }] };
  return loadTemplateBytes(new Uint8Array(await response.arrayBuffer()), expectedSha256);
}
