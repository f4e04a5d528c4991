/**
 * Whether a person could see and reach a control. Layout-dependent, so it runs in the page;
 * jsdom has no layout, which is why scan() takes the check as a parameter.
 */
import type { Visibility } from '../types';

export type VisibilityCheck = (el: HTMLElement) => Visibility;

/** How many ancestors up a shield may sit beside: the control, its field wrapper, a table cell, row and table, their fieldset and block. */
const SHIELD_DEPTH = 8;
/** Pixels a shield may fall short of the control's size and still cover it. */
const SHIELD_SLACK = 2;

/**
 * A check for one pass over the page (one scan, or one apply). Layout cannot change during a
 * pass — it only reads — so what ancestors and documents have in common is read once per pass.
 */
export function layoutVisibility(): VisibilityCheck {
  const chains = new Map<Element, Element[]>();
  /** Ancestors that scroll their overflow (auto or scroll) rather than cut it off. */
  const scrollers = new Set<Element>();
  const viewports = new Map<Window, { scrollX: number; scrollY: number; width: number; height: number; extent: number }>();

  /**
   * The ancestors (up to the body) whose overflow or clip can cut a descendant off. Memoised per
   * element, so the rows of a table walk their shared ancestors once.
   */
  const clippingAncestors = (node: Element | null, view: Window): Element[] => {
    if (!node || node === node.ownerDocument.body) return [];
    let chain = chains.get(node);
    if (!chain) {
      const s = view.getComputedStyle(node);
      const overflow = s.overflowX + s.overflowY;
      const clips = overflow !== 'visiblevisible' || s.clipPath !== 'none' || (s.clip !== 'auto' && s.clip !== '');
      if (clips && /auto|scroll/.test(overflow) && s.clipPath === 'none') scrollers.add(node);
      const above = clippingAncestors(node.parentElement, view);
      chains.set(node, (chain = clips ? [node, ...above] : above));
    }
    return chain;
  };

  /**
   * Does an ancestor with overflow other than visible cut the control off entirely? A scrolling one
   * (a wide table in an `overflow-x: auto` box) only hides what lies outside its scroll area.
   */
  const clippedByAncestor = (el: HTMLElement, rect: DOMRect, view: Window): boolean => {
    for (const node of clippingAncestors(el.parentElement, view)) {
      const r = node.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) return true;
      if (scrollers.has(node)) {
        const x = rect.left - r.left + node.scrollLeft;
        const y = rect.top - r.top + node.scrollTop;
        if (x + rect.width <= 0 || y + rect.height <= 0 || x >= node.scrollWidth || y >= node.scrollHeight) return true;
      } else if (rect.right <= r.left || rect.left >= r.right || rect.bottom <= r.top || rect.top >= r.bottom) return true;
    }
    return false;
  };

  /** Does the control lie inside a scrolling ancestor? The page's own width does not count what such a box scrolls. */
  const insideScroller = (el: HTMLElement, view: Window): boolean => clippingAncestors(el.parentElement, view).some((node) => scrollers.has(node));

  /** Scroll position, viewport size and how far right the page extends (beyond it, a control is off-screen). */
  const viewportOf = (view: Window) => {
    let viewport = viewports.get(view);
    if (!viewport) {
      const extent = Math.max(view.document.documentElement.scrollWidth, view.innerWidth);
      viewports.set(view, (viewport = { scrollX: view.scrollX, scrollY: view.scrollY, width: view.innerWidth, height: view.innerHeight, extent }));
    }
    return viewport;
  };

  /**
   * What is topmost at (x, y): the control itself (or its inside, or its own label), an element
   * around it (a control with pointer-events: none, or one clipped away over its container),
   * or something else, which covers it.
   */
  const hitTest = (el: HTMLElement, x: number, y: number, view: Window): 'itself' | 'around' | 'other' | 'bar' => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(x, y) ?? null;
    if (!hit) return 'around';
    if (hit === el || el.contains(hit)) return 'itself';
    if (hit.contains(el)) return 'around';
    const label = hit.closest('label');
    if (label && (label.contains(el) || (!!el.id && label.htmlFor === el.id))) return 'itself';
    return edgeBar(hit, view) ? 'bar' : 'other';
  };

  /**
   * Is `hit` part of a bar pinned to the top or bottom of the window (a sticky footer of buttons, a
   * fixed header)? What lies under it is reached by scrolling, unlike what a dialog's backdrop covers.
   */
  const edgeBar = (hit: Element, view: Window): boolean => {
    const viewport = viewportOf(view);
    for (let node: Element | null = hit, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
      const position = view.getComputedStyle(node).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const r = node.getBoundingClientRect();
      return r.height < viewport.height / 3 && (r.top <= 1 || r.bottom >= viewport.height - 1);
    }
    return false;
  };

  const overlays = new Map<Element, Element[]>();

  /**
   * A parent's children laid out over their siblings (absolute, reachable by the pointer). Not fixed
   * ones: they stay with the window, so only the hit test, in view, can tell what they cover.
   */
  const positionedChildren = (parent: Element, view: Window): Element[] => {
    let out = overlays.get(parent);
    if (!out) {
      out = [];
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        // Table parts lay out in the table's grid: a shield over a table is a box beside it.
        if (SHIELDLESS.has(child.localName)) continue;
        const s = view.getComputedStyle(child);
        if (s.position === 'absolute' && s.pointerEvents !== 'none' && s.display !== 'none' && s.visibility === 'visible') out.push(child);
      }
      overlays.set(parent, out);
    }
    return out;
  };

  /**
   * Outside the viewport the page cannot be hit-tested without scrolling it, so a control is
   * taken as covered when a positioned sibling of it or of one of its near ancestors lies over all
   * of it, or over its centre while larger than it (a "maintained elsewhere" shield over a block of
   * fields). Floating labels and icons are smaller than the control they sit on.
   */
  const shielded = (el: HTMLElement, rect: DOMRect, view: Window): boolean => {
    let node: Element = el;
    for (let depth = 0; depth < SHIELD_DEPTH && node.parentElement; depth++, node = node.parentElement) {
      // An only child has no sibling to lie over it (a table cell holding just its box). Not
      // childElementCount, which counts every sibling each time.
      if (!node.previousElementSibling && !node.nextElementSibling) continue;
      for (const over of positionedChildren(node.parentElement, view)) {
        if (over === node || over.contains(el)) continue;
        const r = over.getBoundingClientRect();
        if (r.left <= rect.left + 1 && r.top <= rect.top + 1 && r.right >= rect.right - 1 && r.bottom >= rect.bottom - 1) return true;
        // A shield about as large as the control over its centre (the top rows of a locked block show a sliver);
        // drawn a pixel or two shorter than the box, with rounding, it still hides it.
        const cx = rect.left + rect.width / 2;
        const cy = rect.top + rect.height / 2;
        if (r.width >= rect.width - SHIELD_SLACK && r.height >= rect.height - SHIELD_SLACK && r.left <= cx && r.right >= cx && r.top <= cy && r.bottom >= cy) return true;
      }
    }
    return false;
  };

  const check: VisibilityCheck = (el) => {
    const input = el as HTMLInputElement;
    if (el.hidden || input.type === 'hidden') return 'hidden';
    // :disabled also covers controls inside a disabled fieldset.
    if (input.disabled || el.matches(':disabled')) return 'disabled';
    if (input.readOnly && el.tagName !== 'SELECT') return 'readonly';
    // A box to type into that the page keeps out of the keyboard order is kept from people: a honeypot
    // ("Confirm your email", tabindex=-1). Not a select or toggle: custom widgets drive those natives so.
    if (el.hasAttribute('tabindex') && el.tabIndex < 0 && TYPED_TAGS.has(el.tagName) && !TOGGLES.has(input.type)) return 'unreachable';
    const view = el.ownerDocument.defaultView!;
    const style = view.getComputedStyle(el);
    if (typeof el.checkVisibility === 'function') {
      // One call settles display and visibility up the tree; a second tells hidden from transparent.
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true, opacityProperty: true })) {
        return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ? 'transparent' : 'hidden';
      }
    } else if (style.display === 'none' || style.visibility !== 'visible') return 'hidden';
    if (Number(style.opacity) < 0.1) return 'transparent';
    const rect = el.getBoundingClientRect();
    const viewport = viewportOf(view);
    // Covered: only decidable for points inside the viewport. Hit testing honours every clip
    // (the control's own clip and clip-path, ancestors' overflow), so a control of usable size
    // found itself at its centre is visible, and the checks below are left for the others.
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const tested = x >= 0 && y >= 0 && x < viewport.width && y < viewport.height ? hitTest(el, x, y, view) : undefined;
    // Under a bar pinned to the window's edge, the control is judged as one scrolled out of view.
    const hit = tested === 'bar' ? undefined : tested;
    const usable = rect.width >= 4 && rect.height >= 4;
    if (hit === 'itself' && usable) return 'visible';
    const clip = style.clip;
    const clipPath = style.clipPath;
    if ((clip && clip !== 'auto') || (clipPath && clipPath !== 'none' && /inset\((?:100%|50%)|circle\(0/.test(clipPath))) return 'clipped';
    // Custom-styled checkboxes are often 1px visually hidden natives behind a styled label.
    if (!usable) return 'zero-size';
    const left = rect.left + viewport.scrollX;
    const top = rect.top + viewport.scrollY;
    if (left + rect.width <= 0 || top + rect.height <= 0 || (left >= viewport.extent && !insideScroller(el, view))) return 'off-screen';
    if (clippedByAncestor(el, rect, view)) return 'clipped';
    if (hit === 'other' || (hit === undefined && shielded(el, rect, view))) return 'covered';
    return 'visible';
  };

  return (el) => {
    const verdict = check(el);
    // A checkbox or radio drawn by its label (Lightning's 1px natives, Material's transparent ones) is
    // seen and clicked through that label: it is as visible as the label is. Never so for a box one types into.
    if ((verdict === 'clipped' || verdict === 'zero-size' || verdict === 'transparent') && TOGGLES.has((el as HTMLInputElement).type)) {
      const labels = (el as HTMLInputElement).labels;
      if (labels && Array.from(labels).some((label) => check(label) === 'visible')) return 'visible';
    }
    return verdict;
  };
}

const TOGGLES = new Set(['checkbox', 'radio']);
const TYPED_TAGS = new Set(['INPUT', 'TEXTAREA']);
/** Children never taken for a shield: labels, what draws nothing, and table parts. */
const SHIELDLESS = new Set(['label', 'script', 'style', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'colgroup', 'col', 'caption', 'option']);
