/**
 * Has anything that decides visibility changed since the scan? Between the scan and the
 * researcher's "Fill", the page may add an overlay, hide a row or scroll; if none of that
 * happened, the scan's visibility verdicts still hold and the fill need not lay out every control
 * again. Anything doubtful counts as a change: a DOM mutation in any scanned root, a scroll, a
 * resize, a focus move (`:focus-within` styles) or a running animation.
 */
export interface DomWatch {
  unchanged(): boolean;
  stop(): void;
}

const EVENTS = ['scroll', 'resize', 'focusin', 'focusout'] as const;

export function watchDom(roots: readonly (Document | ShadowRoot)[]): DomWatch {
  let changed = false;
  const observers: MutationObserver[] = [];
  const windows = new Set<Window>();
  const onEvent = () => {
    changed = true;
    stop();
  };
  const stop = () => {
    for (const o of observers.splice(0)) o.disconnect();
    for (const w of windows) for (const type of EVENTS) w.removeEventListener(type, onEvent, true);
    windows.clear();
  };
  for (const root of roots) {
    const view = (root.nodeType === 9 ? (root as Document) : root.ownerDocument!).defaultView;
    if (!view) continue;
    const observer = new view.MutationObserver(onEvent);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observers.push(observer);
    if (!windows.has(view)) {
      windows.add(view);
      for (const type of EVENTS) view.addEventListener(type, onEvent, { capture: true, passive: true });
    }
  }
  const animating = () => [...new Set(roots.map((r) => (r.nodeType === 9 ? (r as Document) : r.ownerDocument!)))].some((d) => d.getAnimations?.().some((a) => a.playState === 'running'));
  return {
    unchanged() {
      // Mutations not yet delivered to the callback are still queued on the observer.
      if (!changed && observers.some((o) => o.takeRecords().length > 0)) onEvent();
      return !changed && !animating();
    },
    stop,
  };
}
