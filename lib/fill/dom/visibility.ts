/**
 * Whether a person could see and reach a control. Layout-dependent, so it runs in the page;
 * jsdom has no layout, which is why scan() takes the check as a parameter.
 */
import type { Visibility } from '../types';

export type VisibilityCheck = (el: HTMLElement) => Visibility;

const clipCache = new WeakMap<Element, boolean>();

/** Does an ancestor with overflow other than visible cut the control off entirely? */
function clippedByAncestor(el: HTMLElement, rect: DOMRect, view: Window): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 12 && node !== el.ownerDocument.body; depth++, node = node.parentElement) {
    let clips = clipCache.get(node);
    if (clips === undefined) {
      const s = view.getComputedStyle(node);
      clips = s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clipPath !== 'none' || (s.clip !== 'auto' && s.clip !== '');
      clipCache.set(node, clips);
    }
    if (!clips) continue;
    const r = node.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return true;
    if (rect.right <= r.left || rect.left >= r.right || rect.bottom <= r.top || rect.top >= r.bottom) return true;
  }
  return false;
}

export const layoutVisibility: VisibilityCheck = (el) => {
  const input = el as HTMLInputElement;
  if (el.hidden || input.type === 'hidden') return 'hidden';
  if (input.disabled || el.closest('fieldset[disabled]')) return 'disabled';
  if (input.readOnly && el.tagName !== 'SELECT') return 'readonly';
  const view = el.ownerDocument.defaultView!;
  if (typeof el.checkVisibility === 'function') {
    // One call settles the common (visible) case; a second tells hidden from transparent.
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true, opacityProperty: true })) {
      return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ? 'transparent' : 'hidden';
    }
  }
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility !== 'visible') return 'hidden';
  if (Number(style.opacity) < 0.1) return 'transparent';
  if ((style.clip && style.clip !== 'auto') || (style.clipPath && style.clipPath !== 'none' && /inset\((?:100%|50%)|circle\(0/.test(style.clipPath))) return 'clipped';
  const rect = el.getBoundingClientRect();
  // Custom-styled checkboxes are often 1px visually hidden natives behind a styled label.
  if (rect.width < 4 || rect.height < 4) return 'zero-size';
  const doc = el.ownerDocument.documentElement;
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  if (left + rect.width <= 0 || top + rect.height <= 0 || left >= Math.max(doc.scrollWidth, view.innerWidth)) return 'off-screen';
  if (clippedByAncestor(el, rect, view)) return 'clipped';
  // Covered: only decidable for points inside the viewport.
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(x, y) ?? null;
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) {
      const label = hit.closest('label');
      const ownLabel = label && (label.contains(el) || (el.id && label.htmlFor === el.id));
      if (!ownLabel) return 'covered';
    }
  }
  return 'visible';
};
