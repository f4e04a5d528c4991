/**
 * The in-page agent: the only fill code that runs in a web page, injected on demand into every
 * frame of the tab the researcher invoked Candor on. It scans, applies approved values, undoes,
 * and outlines — classification and profile data stay on the extension side.
 */
import type { ApplyOutcome, FillInstruction, FrameApplyResult, ScanSelectors, Visibility } from './types';
import { packScan } from './wire';
import { applyInstructions, markForAttention, undoRecords, type UndoRecord } from './dom/apply';
import { scanDocument } from './dom/scan';
import { layoutVisibility, type VisibilityCheck } from './dom/visibility';
import { watchDom, type DomWatch } from './dom/watch';

export const AGENT_KEY = '__candorFill';

export interface FillAgent {
  /** The scan packed for the wire (see wire.ts); null when a same-origin parent frame's scan already covers this frame. */
  scan(args?: { selectors?: ScanSelectors }): string | null;
  apply(args: { instructions: FillInstruction[]; attention: number[] }): Omit<FrameApplyResult, 'frameId'>;
  clickAdd(args: { id: number; times: number }): { clicked: number; refused?: string };
  undo(): { restored: number };
}

/** A `javascript:` link that posts the form back (ASP.NET's LinkButton) would send it. */
const POSTS_THE_FORM = /__doPostBack|\.submit\s*\(/i;

function stopSubmission(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function coveredByParent(): boolean {
  if (window === window.top) return false;
  try {
    return !!window.parent.document;
  } catch {
    return false;
  }
}

export function createFillAgent(): FillAgent {
  let elements: HTMLElement[] = [];
  let addElements: HTMLElement[] = [];
  // The scan's verdicts, trusted by apply only while nothing that decides visibility has changed.
  let verdicts = new Map<HTMLElement, Visibility>();
  let watch: DomWatch | undefined;
  const undoLog: UndoRecord[] = [];
  const clearAttention: (() => void)[] = [];

  return {
    scan(args) {
      if (coveredByParent()) return null;
      const t0 = performance.now();
      const result = scanDocument(document, { visibility: layoutVisibility(), frame: window === window.top ? 'main' : window.name || location.pathname, selectors: args?.selectors });
      elements = result.elements;
      addElements = result.addElements;
      verdicts = new Map(result.elements.map((el, i) => [el, result.fields[i].visibility]));
      watch?.stop();
      watch = watchDom(result.roots);
      return packScan({ url: location.href, fields: result.fields, addControls: result.addControls, scanMs: performance.now() - t0, lang: document.documentElement.lang || undefined, title: document.title || undefined });
    },
    apply({ instructions, attention }) {
      const t0 = performance.now();
      const fresh = layoutVisibility();
      const visibility: VisibilityCheck = watch?.unchanged() ? (el) => verdicts.get(el) ?? fresh(el) : fresh;
      // The fill itself changes the page: the verdicts are spent, and the watch need not record every write.
      watch?.stop();
      watch = undefined;
      const { outcomes, undo } = applyInstructions({ instructions, elements, visibility });
      undoLog.push(...undo);
      const flagged = attention.map((id) => elements[id]).filter((el): el is HTMLElement => !!el?.isConnected);
      clearAttention.push(markForAttention(flagged));
      return { outcomes: outcomes as ApplyOutcome[], fillMs: performance.now() - t0 };
    },
    clickAdd({ id, times }) {
      const el = addElements[id];
      if (!el?.isConnected) return { clicked: 0, refused: 'gone' };
      const href = el.getAttribute('href');
      const leavesPage = !!href && !href.startsWith('#') && (!href.startsWith('javascript:') || POSTS_THE_FORM.test(href));
      if (el.tagName === 'A' && leavesPage) return { clicked: 0, refused: 'navigates' };
      // Never submit. A submit-type add button (ASP.NET's, a <button> left untyped in a form) still
      // runs its page handler; the submission its click would start is stopped before page code sees it.
      window.addEventListener('submit', stopSubmission, true);
      try {
        for (let i = 0; i < times; i++) el.click();
      } finally {
        window.removeEventListener('submit', stopSubmission, true);
      }
      return { clicked: times };
    },
    undo() {
      const restored = undoRecords(undoLog.splice(0));
      for (const clear of clearAttention.splice(0)) clear();
      return { restored };
    },
  };
}

/** Installs the agent once per frame; re-injection keeps the existing one (and its undo log). */
export function installFillAgent(): void {
  const g = globalThis as unknown as Record<string, FillAgent | undefined>;
  g[AGENT_KEY] ??= createFillAgent();
}
