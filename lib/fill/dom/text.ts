/** Small text helpers used by label inference. Content-script safe (no imports). */

const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION']);

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible-ish text of an element, leaving out the text of form controls (a select's options) inside it. */
export function textOf(node: Node | null): string {
  if (!node) return '';
  if (node.nodeType === 3) return collapse(node.nodeValue);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (CONTROL_TAGS.has(el.tagName)) return '';
  // Parts apart: "Date<br><small>mm/aaaa</small>" reads "Date mm/aaaa".
  if (!el.childElementCount) return collapse(el.textContent);
  const parts: string[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1 && (child as Element).hasAttribute?.('contenteditable')) continue;
    const t = textOf(child);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

/**
 * A heading's text with its parts kept apart ("Principal Investigator<small>Current position</small>"),
 * an accordion's toggle button included.
 */
export function headingTextOf(node: Element): string {
  // Buttons beside a heading's own words ("Funding 1 [Remove]") are not part of it; a heading that
  // is only its accordion's toggle ("<h3><button>Current positions</button></h3>") is the toggle's words.
  const own = CONTROL_TAGS.has(node.tagName) ? '' : textOf(node);
  return own || withButtons(node);
}

function withButtons(node: Node): string {
  if (node.nodeType === 3) return collapse(node.nodeValue);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName !== 'BUTTON' && CONTROL_TAGS.has(el.tagName)) return '';
  if (!el.childElementCount) return collapse(el.textContent);
  return Array.from(el.childNodes, withButtons).filter(Boolean).join(' ');
}

const tokens = new Map<string, string>();

/** `projectTitle_0` → `project title`, for name/id tokens. Rows repeat the same names. */
export function tokensOf(name: string): string {
  let out = tokens.get(name);
  if (out === undefined) {
    if (tokens.size > 20_000) tokens.clear();
    tokens.set(name, (out = tokensUncached(name)));
  }
  return out;
}

function tokensUncached(name: string): string {
  return collapse(
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_\-.[\]:]+/g, ' ')
      .replace(/\d+/g, ' '),
  ).toLowerCase();
}

/** A rich-text editing host (not content inside one). `isContentEditable` where the DOM has it. */
export function isEditingHost(el: Element): boolean {
  // A host carries the attribute; checking it first avoids style work on every element.
  if (!el.hasAttribute('contenteditable')) return false;
  const editable = (n: Element | null): boolean => {
    if (!n) return false;
    const own = (n as HTMLElement).isContentEditable;
    if (typeof own === 'boolean') return own;
    const attr = n.getAttribute('contenteditable');
    if (attr === '' || attr === 'true' || attr === 'plaintext-only') return true;
    if (attr === 'false') return false;
    return editable(n.parentElement);
  };
  return editable(el) && !editable(el.parentElement);
}
