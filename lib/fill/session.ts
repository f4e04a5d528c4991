/**
 * "Fill this page", end to end, from an extension page (side panel) or the background:
 * inject the agent into every frame of the tab, scan, classify and plan against the record,
 * then — after the researcher approved — add rows, write approved values, and report.
 */
import { getProfile, listEntries, listTemplates } from '@/lib/db';
import type { PortalMap } from '@/lib/model';
import { mapSelectors, matchPortal } from './classify';
import { approvedInstructions, plan, withNewRows, type FillPlan, type Proposal } from './plan';
import { builtInPortalMaps } from './portals';
import type { FrameApplyResult, FrameScan, ScanSelectors, SkipReason } from './types';
import { unpackScan } from './wire';

export const AGENT_FILE = '/content-scripts/fill.js';

export interface FillTimings {
  scanMs: number;
  planMs: number;
  fillMs: number;
}

export interface ReportField {
  frame: string;
  selector: string;
  label: string;
  key: string | null;
  value: string;
  status: 'filled' | 'skipped';
  reason?: SkipReason;
}

export interface FillReport {
  url: string;
  portal: string | null;
  fields: ReportField[];
  timings: FillTimings;
  addedRows: number;
  /** Fields the fill's answers brought into view ("Yes" opens the details): the panel offers to review them next. */
  revealed: number;
}

export interface PreparedFill {
  tabId: number;
  plan: FillPlan;
  portalTitle: string | null;
  /** Rule pack of the matched portal map, whose errors the review warns about before filling. */
  rulePack: string | null;
  timings: Pick<FillTimings, 'scanMs' | 'planMs'>;
}

type AgentMethod = 'scan' | 'apply' | 'clickAdd' | 'undo';

/** Calls the in-page agent; runs in the content script's isolated world of each targeted frame. */
async function callAgent<T>(tabId: number, method: AgentMethod, arg: unknown, frameIds?: number[]): Promise<{ frameId: number; result: T }[]> {
  const results = await browser.scripting.executeScript({
    target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
    func: (m: string, a: unknown) => {
      const agent = (globalThis as Record<string, unknown>).__candorFill as Record<string, (x: unknown) => unknown> | undefined;
      return agent ? agent[m](a) : null;
    },
    // Extension messaging cannot carry `undefined`.
    args: [method, (arg ?? null) as never],
  });
  return results.filter((r) => r.result !== null && r.result !== undefined).map((r) => ({ frameId: r.frameId, result: r.result as T }));
}

export async function injectAgent(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [AGENT_FILE] });
}

export async function portalMaps(): Promise<PortalMap[]> {
  const fromTemplates = (await listTemplates()).flatMap((t) => (t as { portals?: PortalMap[] }).portals ?? []);
  return [...fromTemplates, ...builtInPortalMaps()];
}

async function scanTab(tabId: number, selectors: ScanSelectors | undefined): Promise<FrameScan[]> {
  const frames = await callAgent<string>(tabId, 'scan', { selectors });
  return frames.sort((a, b) => a.frameId - b.frameId).map(({ frameId, result }) => unpackScan(result, frameId));
}

/** Filling needs a profile; the side panel shows this in the UI language. */
export class MissingProfileError extends Error {
  constructor() {
    super('Candor has no profile yet: open the editor and add your details first.');
    this.name = 'MissingProfileError';
  }
}

async function scanAndPlan(tabId: number, url: string, map: PortalMap | null) {
  const t0 = performance.now();
  const scans = await scanTab(tabId, mapSelectors(map));
  const t1 = performance.now();
  const profile = await getProfile();
  if (!profile) throw new MissingProfileError();
  const entries = await listEntries();
  const p = plan({ url, scans, map, profile, entries });
  return { plan: p, scanMs: t1 - t0, planMs: performance.now() - t1 };
}

/** Rounds of "Add another…" clicks: cards, then the year rows of the new cards. */
const MAX_ADD_ROUNDS = 3;

/** Injects, scans and plans. Nothing is written to the page. */
export async function prepareFill(tabId: number): Promise<PreparedFill> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  await injectAgent(tabId);
  const map = matchPortal(url, await portalMaps());
  const { plan: p, scanMs, planMs } = await scanAndPlan(tabId, url, map);
  return { tabId, plan: p, portalTitle: map?.title ?? null, rulePack: map?.rulePack ?? null, timings: { scanMs, planMs } };
}

/** Slots proposed for filling: what "accept everything" approves. */
export function proposedSlots(p: FillPlan): Set<string> {
  return new Set(p.proposals.filter((x) => x.status === 'proposed').map((x) => x.slot));
}

/**
 * Writes the approved slots: first the rows the page lacks ("Add another…", only as many as
 * approved entries need), each time followed by a fresh scan and plan so new rows (and their own
 * add controls) are addressed, then one write pass per frame. Only approved values leave the extension.
 */
export async function runFill(prepared: PreparedFill, approvedSlots: ReadonlySet<string>): Promise<FillReport> {
  let approved = approvedSlots;
  const { tabId } = prepared;
  let current = prepared.plan;
  let scanMs = prepared.timings.scanMs;
  let planMs = prepared.timings.planMs;
  let addedRows = 0;
  let addMs = 0;
  // Rows added can bring add controls of their own (a new card's "+ Add Year"): another round for those.
  // Each control is clicked in one round only, so a page that does not show its new rows is not flooded.
  const clickedPlaces = new Set<string>();
  for (let round = 0; round < MAX_ADD_ROUNDS; round++) {
    const tAdd = performance.now();
    let clicked = 0;
    for (const add of current.addRows) {
      if (clickedPlaces.has(add.place)) continue;
      clickedPlaces.add(add.place);
      const rowsWanted = add.rowSlots.filter((slots) => slots.some((s) => approved.has(s))).length;
      if (!rowsWanted) continue;
      const [res] = await callAgent<{ clicked: number }>(tabId, 'clickAdd', { id: add.addId, times: Math.min(rowsWanted, add.times) }, [add.frameId]);
      clicked += res?.result.clicked ?? 0;
    }
    if (!clicked) break;
    addedRows += clicked;
    addMs += performance.now() - tAdd;
    const again = await scanAndPlan(tabId, current.url, matchPortal(current.url, await portalMaps()));
    approved = withNewRows(current, again.plan, approved);
    current = again.plan;
    scanMs += again.scanMs;
    planMs += again.planMs;
  }
  const t0 = performance.now();
  const byFrame = approvedInstructions(current, approved);
  const attention = new Map<number, number[]>();
  for (const x of current.proposals) {
    if (x.attention && x.fieldId >= 0) attention.set(x.frameId, [...(attention.get(x.frameId) ?? []), x.fieldId]);
  }
  const frames = new Set([...byFrame.keys(), ...attention.keys()]);
  const results = await Promise.all(
    Array.from(frames, async (frameId) => {
      const [r] = await callAgent<Omit<FrameApplyResult, 'frameId'>>(tabId, 'apply', { instructions: byFrame.get(frameId) ?? [], attention: attention.get(frameId) ?? [] }, [frameId]);
      return { frameId, outcomes: r?.result.outcomes ?? [], fillMs: r?.result.fillMs ?? 0 };
    }),
  );
  const fillMs = performance.now() - t0 + addMs;
  const answered = [...byFrame.values()].some((list) => list.some((i) => i.checked !== undefined || i.optionText !== undefined));
  let revealed = 0;
  if (answered) {
    const after = await scanAndPlan(tabId, current.url, matchPortal(current.url, await portalMaps()));
    revealed = revealedFields(current, after.plan);
  }
  return { url: current.url, portal: current.portal, fields: reportFields(current.proposals, results, approved), timings: { scanMs, planMs, fillMs }, addedRows, revealed };
}

/** Proposals for controls the review could not show: out of sight (or absent) then, fillable now. */
function revealedFields(reviewed: FillPlan, now: FillPlan): number {
  const outOfSight = new Set<string>(['hidden', 'zero-size', 'off-screen', 'clipped', 'transparent', 'covered', 'disabled']);
  const shown = new Set(reviewed.proposals.filter((x) => x.fieldId >= 0 && !outOfSight.has(x.reason ?? '')).map((x) => `${x.frameId}|${x.selector}`));
  return now.proposals.filter((x) => x.status === 'proposed' && x.fieldId >= 0 && !shown.has(`${x.frameId}|${x.selector}`)).length;
}

function reportFields(proposals: Proposal[], results: FrameApplyResult[], approved: ReadonlySet<string>): ReportField[] {
  const outcome = new Map(results.flatMap((r) => r.outcomes.map((o) => [`${r.frameId}:${o.id}`, o] as const)));
  return proposals
    .filter((x) => x.fieldId >= 0)
    .map((x) => {
      const o = x.instruction ? outcome.get(`${x.frameId}:${x.instruction.id}`) : undefined;
      const common = { frame: x.frame, selector: x.selector, label: x.label, key: x.key, value: x.value };
      if (x.status === 'skipped') return { ...common, status: 'skipped' as const, reason: x.reason };
      if (!approved.has(x.slot)) return { ...common, status: 'skipped' as const, reason: 'not-approved' as const };
      if (!o) return { ...common, status: 'skipped' as const, reason: 'gone' as const };
      return o.status === 'filled' ? { ...common, status: 'filled' as const } : { ...common, status: 'skipped' as const, reason: o.reason };
    });
}

export async function undoFill(tabId: number): Promise<number> {
  const results = await callAgent<{ restored: number }>(tabId, 'undo', undefined);
  return results.reduce((n, r) => n + r.result.restored, 0);
}
