import { getDb, getMeta, setMeta } from '@/lib/db';
import type { Problem, Template } from '@/lib/model';
import { applyTemplate, type ApplyResult } from './apply';
import { diffTemplates } from './diff';
import { fetchTemplate, loadTemplateBytes, parseTemplate, type Loaded } from './load';
import { META, type AppliedTemplateRecord, type StagedUpdate, type TemplateOrigin } from './record';

export const REFRESH_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** A template URL the researcher typed. Refreshed on demand, and at most daily when an extension page opens. */
export interface Subscription {
  url: string;
  templateId?: string;
  addedAt: string;
  lastCheckedAt?: string;
  lastSuccessAt?: string;
  /** The last fetch's failure; the last good version stays applied. */
  lastError?: string;
  sha256?: string;
}

/** The outcome of the last enterprise policy check, shown in the templates panel. */
export interface PolicyStatus {
  checkedAt: string;
  source: 'inline' | 'url' | 'none';
  url?: string;
  ok: boolean;
  templateId?: string;
  reasons?: Problem[];
  /** The policy as read, to skip re-fetching an unchanged URL policy within a day. */
  seen?: string;
  /** What happened: applied, unchanged, update staged for review. */
  outcome?: 'applied' | 'unchanged' | 'staged';
}

const reasonsText = (reasons: Problem[]) => reasons.map((r) => `${r.path}: ${r.message}`).join('; ');

export const listSubscriptions = async () => (await getMeta<Subscription[]>(META.subscriptions)) ?? [];
const saveSubscriptions = (subs: Subscription[]) => setMeta(META.subscriptions, subs);
export const getPolicyStatus = () => getMeta<PolicyStatus>(META.policy);
export const getStagedUpdate = (templateId: string) => getMeta<StagedUpdate>(META.staged(templateId));
export const getAppliedRecord = (templateId: string) => getMeta<AppliedTemplateRecord>(META.applied(templateId));

/**
 * A loaded template arriving from a subscription or policy: applied when new, staged with its diff
 * when it is a newer version of one already applied (the researcher reviews it first), else unchanged.
 */
async function receive(loaded: Extract<Loaded, { ok: true }>, origin: TemplateOrigin): Promise<{ outcome: 'applied' | 'unchanged' | 'staged' } | { outcome: 'refused'; reasons: Problem[] }> {
  const { template, sha256 } = loaded;
  const [applied, previous] = await Promise.all([getAppliedRecord(template.id), getDb().templates.get(template.id)]);
  if (!applied || !previous) {
    const result = await applyTemplate(template, origin, { sha256 });
    return result.ok ? { outcome: 'applied' } : { outcome: 'refused', reasons: result.reasons };
  }
  const same = sha256 && applied.sha256 ? sha256 === applied.sha256 : diffTemplates(previous, template).length === 0 && previous.publishedAt === template.publishedAt;
  if (same) return { outcome: 'unchanged' };
  if (Date.parse(template.publishedAt) < Date.parse(applied.publishedAt)) {
    return { outcome: 'refused', reasons: [{ path: 'publishedAt', message: `Version ${template.publishedAt} is older than the applied version ${applied.publishedAt}` }] };
  }
  const staged: StagedUpdate = { template, sha256, origin, diff: diffTemplates(previous, template), fetchedAt: new Date().toISOString() };
  await setMeta(META.staged(template.id), staged);
  return { outcome: 'staged' };
}

/** Applies a staged update after the researcher has seen its diff. */
export async function applyStagedUpdate(templateId: string): Promise<ApplyResult> {
  const staged = await getStagedUpdate(templateId);
  if (!staged) return { ok: false, reasons: [{ path: templateId, message: 'No update is waiting for this template' }] };
  return applyTemplate(staged.template, staged.origin, { sha256: staged.sha256 });
}

/** Applies an imported file's text. */
export async function importTemplateFile(text: string, name?: string): Promise<ApplyResult> {
  const loaded = await loadTemplateBytes(text);
  if (!loaded.ok) return loaded;
  return applyTemplate(loaded.template, { kind: 'file', name }, { sha256: loaded.sha256 });
}

/** Subscribes to a template URL: fetches it now and applies it. The caller has already requested host permission. */
export async function subscribe(url: string, fetchImpl: typeof fetch = fetch): Promise<ApplyResult> {
  const loaded = await fetchTemplate(url, undefined, fetchImpl);
  if (!loaded.ok) return loaded;
  const result = await applyTemplate(loaded.template, { kind: 'url', url }, { sha256: loaded.sha256 });
  if (result.ok) await recordSubscription(url, loaded.template.id, loaded.sha256);
  return result;
}

/** Remembers a URL whose template was just applied, so it is refreshed later. */
export async function recordSubscription(url: string, templateId: string, sha256?: string): Promise<void> {
  const now = new Date().toISOString();
  const subs = (await listSubscriptions()).filter((s) => s.url !== url);
  await saveSubscriptions([...subs, { url, templateId, addedAt: now, lastCheckedAt: now, lastSuccessAt: now, sha256 }]);
}

export async function unsubscribe(url: string): Promise<void> {
  await saveSubscriptions((await listSubscriptions()).filter((s) => s.url !== url));
}

/**
 * Refreshes subscriptions last checked more than a day ago (all of them with `force`). A failed
 * fetch records its error and keeps the last good version; a newer version is staged for review.
 */
export async function refreshSubscriptions(opts: { force?: boolean; now?: number; fetchImpl?: typeof fetch } = {}): Promise<Subscription[]> {
  const now = opts.now ?? Date.now();
  const subs = await listSubscriptions();
  const out: Subscription[] = [];
  for (const sub of subs) {
    const due = opts.force || !sub.lastCheckedAt || now - Date.parse(sub.lastCheckedAt) > REFRESH_INTERVAL_MS;
    if (!due) {
      out.push(sub);
      continue;
    }
    const checkedAt = new Date(now).toISOString();
    const loaded = await fetchTemplate(sub.url, undefined, opts.fetchImpl ?? fetch);
    if (!loaded.ok) {
      out.push({ ...sub, lastCheckedAt: checkedAt, lastError: reasonsText(loaded.reasons) });
      continue;
    }
    const received = await receive(loaded, { kind: 'url', url: sub.url });
    out.push(
      received.outcome === 'refused'
        ? { ...sub, lastCheckedAt: checkedAt, lastError: reasonsText(received.reasons) }
        : { ...sub, templateId: loaded.template.id, lastCheckedAt: checkedAt, lastSuccessAt: checkedAt, lastError: undefined, sha256: loaded.sha256 },
    );
  }
  await saveSubscriptions(out);
  return out;
}

/** The managed-storage policy, as Chrome/Firefox deliver it (see public/managed_schema.json). */
export interface ManagedPolicy {
  template?: unknown;
  /** The template as JSON text (for consoles that cannot express the nested object). */
  templateJson?: string;
  templateUrl?: string;
  templateSha256?: string;
}

/**
 * Reads an enterprise policy and applies its template: inline (object or JSON text), or fetched
 * from `templateUrl` whose bytes must hash to `templateSha256`. The outcome, with reasons when
 * refused, is stored for the templates panel.
 */
export async function applyManagedPolicy(policy: ManagedPolicy | undefined, fetchImpl: typeof fetch = fetch): Promise<PolicyStatus> {
  const checkedAt = new Date().toISOString();
  let status: PolicyStatus;
  if (!policy || (policy.template === undefined && policy.templateJson === undefined && policy.templateUrl === undefined)) {
    status = { checkedAt, source: 'none', ok: true };
  } else {
    const source = policy.templateUrl !== undefined && policy.template === undefined && policy.templateJson === undefined ? 'url' : 'inline';
    let loaded: Loaded;
    if (source === 'url') {
      loaded = policy.templateSha256
        ? await fetchTemplate(policy.templateUrl!, policy.templateSha256, fetchImpl)
        : { ok: false, reasons: [{ path: 'templateSha256', message: 'A policy templateUrl needs templateSha256 (the SHA-256 of the file) so the download can be verified' }] };
    } else if (policy.template !== undefined) {
      loaded = parseTemplate(policy.template);
    } else {
      loaded = await loadTemplateBytes(policy.templateJson!);
    }
    const origin: TemplateOrigin = { kind: 'policy', url: source === 'url' ? policy.templateUrl : undefined };
    if (!loaded.ok) {
      status = { checkedAt, source, url: origin.url, ok: false, reasons: loaded.reasons };
    } else {
      const received = await receive(loaded, origin);
      status =
        received.outcome === 'refused'
          ? { checkedAt, source, url: origin.url, ok: false, templateId: loaded.template.id, reasons: received.reasons }
          : { checkedAt, source, url: origin.url, ok: true, templateId: loaded.template.id, outcome: received.outcome };
    }
  }
  status.seen = JSON.stringify(policy ?? null);
  await setMeta(META.policy, status);
  return status;
}

/** The templates currently applied, with their records. */
export async function listAppliedTemplates(): Promise<{ template: Template; record?: AppliedTemplateRecord; staged?: StagedUpdate }[]> {
  const db = getDb();
  const templates = await db.templates.toArray();
  return Promise.all(templates.map(async (template) => ({ template, record: await getAppliedRecord(template.id), staged: await getStagedUpdate(template.id) })));
}
