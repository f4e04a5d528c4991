/**
 * Writes approved values the way typing would, so framework state (React, Angular, Vue) follows:
 * the prototype's native value setter, then input and change events (as browsers' autofill does);
 * clicks for checkboxes and radios;
 * a synthetic paste for rich-text editors. All checks and reads happen before the first write.
 */
import type { ApplyOutcome, FillInstruction, SkipReason } from '../types';
import { isEditingHost } from './text';
import type { VisibilityCheck } from './visibility';

export interface UndoRecord {
  el: HTMLElement;
  kind: 'value' | 'checked' | 'html';
  before: string | boolean;
  outline: string;
}

export const FILLED_OUTLINE = '2px solid #1a7f37';
export const ATTENTION_OUTLINE = '3px dashed #b35900';

const NEVER_TYPES = new Set(['password', 'file', 'hidden']);

type ValueSetter = (this: HTMLElement, v: string) => void;

/** Each window's own value setters (a frame's elements belong to its window), looked up once. */
const settersByWindow = new WeakMap<Window, Record<'input' | 'textarea' | 'select', ValueSetter | undefined>>();

/** The prototype's setter, not the element's own: frameworks shadow `value` on the instance to track it. */
function nativeSetter(el: HTMLElement): ValueSetter | undefined {
  const view = el.ownerDocument.defaultView!;
  let setters = settersByWindow.get(view);
  if (!setters) {
    const setter = (proto: object) => Object.getOwnPropertyDescriptor(proto, 'value')?.set as ValueSetter | undefined;
    setters = { input: setter(view.HTMLInputElement.prototype), textarea: setter(view.HTMLTextAreaElement.prototype), select: setter(view.HTMLSelectElement.prototype) };
    settersByWindow.set(view, setters);
  }
  return el instanceof view.HTMLTextAreaElement ? setters.textarea : el instanceof view.HTMLSelectElement ? setters.select : setters.input;
}

function fire(el: HTMLElement, type: string): void {
  el.dispatchEvent(new (el.ownerDocument.defaultView!.Event)(type, { bubbles: true, composed: true }));
}

function fireEdited(el: HTMLElement): void {
  fire(el, 'input');
  fire(el, 'change');
}

export function writeValue(el: HTMLElement, value: string): void {
  nativeSetter(el)?.call(el, value);
  fireEdited(el);
}

/**
 * Selects the option holding the instruction's value, as the native setter does, and keeps it only
 * if that option reads as it did in the review; otherwise the previous choice is put back before
 * any event fires, so the page never sees the attempt.
 */
function chooseOption(select: HTMLSelectElement, ins: FillInstruction): boolean {
  const previous = select.selectedIndex;
  nativeSetter(select)?.call(select, ins.value);
  const chosen = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  if (chosen && chosen.value === ins.value && (ins.optionText === undefined || chosen.text === ins.optionText)) {
    fireEdited(select);
    return true;
  }
  select.selectedIndex = previous;
  return false;
}

function writeRichText(el: HTMLElement, text: string): void {
  const view = el.ownerDocument.defaultView!;
  el.focus({ preventScroll: true });
  const selection = view.getSelection();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Editors (ProseMirror, Quill, CKEditor…) handle paste themselves and cancel it; a bare box does not.
  if (el.dispatchEvent(paste)) {
    if (!el.ownerDocument.execCommand('insertText', false, text)) {
      el.textContent = text;
      fire(el, 'input');
    }
  }
  el.blur();
}

export interface ApplyInput {
  instructions: FillInstruction[];
  elements: readonly HTMLElement[];
  visibility: VisibilityCheck;
}

export function applyInstructions({ instructions, elements, visibility }: ApplyInput): { outcomes: ApplyOutcome[]; undo: UndoRecord[] } {
  const outcomes: ApplyOutcome[] = [];
  const planned: { el: HTMLElement; ins: FillInstruction; record: UndoRecord; companion?: boolean }[] = [];
  // Phase 1: every check and read.
  for (const ins of instructions) {
    const el = elements[ins.id];
    const skip = (reason: SkipReason) => outcomes.push({ id: ins.id, status: 'skipped', reason });
    if (!el || !el.isConnected) { skip('gone'); continue; }
    const input = el as HTMLInputElement;
    if (el.tagName === 'INPUT' && NEVER_TYPES.has(input.type)) { skip(input.type === 'password' ? 'password' : input.type === 'file' ? 'file' : 'hidden'); continue; }
    const verdict = visibility(el);
    if (verdict !== 'visible') { skip(verdict as SkipReason); continue; }
    let kind: UndoRecord['kind'];
    let before: string | boolean;
    if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
      kind = 'checked';
      before = input.checked;
      if (before === (ins.checked ?? true)) { skip('already-filled'); continue; }
      if (input.type === 'radio' && input.name) {
        // Ticking this radio unticks its group's current choice; remember that one too.
        const scope = input.form ?? (el.getRootNode() as Document | ShadowRoot);
        const current = Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.name === input.name && r.checked);
        if (current) planned.push({ el: current, ins: { id: -1, value: '' }, record: { el: current, kind: 'checked', before: true, outline: current.style.outline }, companion: true });
      }
    } else if (isEditingHost(el)) {
      kind = 'html';
      before = el.innerHTML;
      if ((el.textContent ?? '').trim() === ins.value.trim()) { skip('already-filled'); continue; }
    } else {
      kind = 'value';
      before = input.value;
      if (before === ins.value) { skip('already-filled'); continue; }
    }
    planned.push({ el, ins, record: { el, kind, before, outline: el.style.outline } });
  }
  // Phase 2: writes, and for selects the DOM's own answer to which option the write chose (state, not layout).
  const refused = new Set<UndoRecord>();
  const filled: HTMLElement[] = [];
  for (const { el, ins, record, companion } of planned) {
    if (companion) continue;
    if (record.kind === 'checked') el.click();
    else if (record.kind === 'html') writeRichText(el, ins.value);
    else if (el.tagName === 'SELECT' && !chooseOption(el as unknown as HTMLSelectElement, ins)) {
      refused.add(record);
      outcomes.push({ id: ins.id, status: 'skipped', reason: 'no-option' });
      continue;
    } else writeValue(el, ins.value);
    filled.push(el);
    outcomes.push({ id: ins.id, status: 'filled' });
  }
  // Outlines last: a style write between two value writes would make the next one restyle the page.
  for (const el of filled) el.style.outline = FILLED_OUTLINE;
  return { outcomes, undo: planned.map((p) => p.record).filter((r) => !refused.has(r)) };
}

/** Restores every control a fill touched, newest first. */
export function undoRecords(records: UndoRecord[]): number {
  let restored = 0;
  for (const r of [...records].reverse()) {
    if (!r.el.isConnected) continue;
    if (r.kind === 'checked') {
      if ((r.el as HTMLInputElement).checked !== r.before) r.el.click();
      // A radio cannot be unticked by clicking; restore the property directly.
      if ((r.el as HTMLInputElement).checked !== r.before) {
        (r.el as HTMLInputElement).checked = r.before as boolean;
        fire(r.el, 'input');
        fire(r.el, 'change');
      }
    } else if (r.kind === 'html') {
      r.el.innerHTML = r.before as string;
      fire(r.el, 'input');
    } else writeValue(r.el, r.before as string);
    r.el.style.outline = r.outline;
    restored++;
  }
  return restored;
}

/** Marks controls the researcher must handle themselves (certifications, flagged amounts). */
export function markForAttention(elements: HTMLElement[]): () => void {
  const before = elements.map((el) => el.style.outline);
  for (const el of elements) el.style.outline = ATTENTION_OUTLINE;
  return () => elements.forEach((el, i) => (el.style.outline = before[i]));
}
