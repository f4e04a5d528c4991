import { describe, expect, it } from 'vitest';
import { applyInstructions, undoRecords } from '@/lib/fill/dom/apply';

const visible = () => 'visible' as const;

/** React-style tracker: an instance setter records what "React" set; input events with the same value are ignored. */
function track(el: HTMLInputElement, onState: (v: string) => void) {
  const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return desc.get!.call(this); },
    set(v) { tracked = String(v); desc.set!.call(this, v); },
  });
  el.addEventListener('input', () => {
    const now = desc.get!.call(el) as string;
    if (now !== tracked) {
      tracked = now;
      onState(now);
    }
  });
}

describe('apply', () => {
  it('uses the native setter and events, so framework state follows', () => {
    document.body.innerHTML = '<input id="t">';
    const el = document.querySelector('input')!;
    let state = '';
    track(el, (v) => (state = v));
    applyInstructions({ instructions: [{ id: 0, value: 'Catalytic membranes' }], elements: [el], visibility: visible });
    expect(state).toBe('Catalytic membranes');
  });

  it('selects, checkboxes and radios; undo restores all, including the radio that was ticked before', () => {
    document.body.innerHTML = `<select id="s"><option value="">-</option><option value="C">Current</option></select>
      <input type="checkbox" id="c"><input type="radio" name="r" id="r1" value="y" checked><input type="radio" name="r" id="r2" value="n"><textarea id="ta">old</textarea>`;
    const els = ['#s', '#c', '#r2', '#ta'].map((s) => document.querySelector<HTMLElement>(s)!);
    const changes: string[] = [];
    document.addEventListener('change', (e) => changes.push((e.target as HTMLElement).id));
    const { outcomes, undo } = applyInstructions({
      instructions: [{ id: 0, value: 'C' }, { id: 1, value: '', checked: true }, { id: 2, value: 'n', checked: true }, { id: 3, value: 'new' }],
      elements: els,
      visibility: visible,
    });
    expect(outcomes.every((o) => o.status === 'filled')).toBe(true);
    expect(changes).toEqual(expect.arrayContaining(['s', 'c', 'r2', 'ta']));
    expect((els[0] as HTMLSelectElement).value).toBe('C');
    expect((els[1] as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('#r1') as HTMLInputElement).checked).toBe(false);
    expect(els[3].style.outline).toContain('solid');
    undoRecords(undo);
    expect((els[0] as HTMLSelectElement).value).toBe('');
    expect((els[1] as HTMLInputElement).checked).toBe(false);
    expect((document.querySelector('#r1') as HTMLInputElement).checked).toBe(true);
    expect((els[2] as HTMLInputElement).checked).toBe(false);
    expect((els[3] as HTMLTextAreaElement).value).toBe('old');
    expect(els[3].style.outline).toBe('');
  });

  it('skips what already holds the value and options that do not exist', () => {
    document.body.innerHTML = '<input id="a" value="same"><select id="s"><option value="x">X</option></select>';
    const els = [document.querySelector<HTMLElement>('#a')!, document.querySelector<HTMLElement>('#s')!];
    const { outcomes } = applyInstructions({ instructions: [{ id: 0, value: 'same' }, { id: 1, value: 'nope' }], elements: els, visibility: visible });
    expect(outcomes.map((o) => o.reason)).toEqual(['already-filled', 'no-option']);
  });

  it('refuses a select value whose option no longer reads as it did in the review', () => {
    document.body.innerHTML = '<select id="s"><option value="">-</option><option value="2">Yes</option><option value="1">No</option></select>';
    const select = document.querySelector<HTMLSelectElement>('#s')!;
    const attempt = (optionText: string) =>
      applyInstructions({ instructions: [{ id: 0, value: '1', optionText }], elements: [select], visibility: visible }).outcomes[0];
    expect(attempt('Yes')).toEqual({ id: 0, status: 'skipped', reason: 'no-option' });
    expect(select.value).toBe('');
    expect(attempt('No')).toEqual({ id: 0, status: 'filled' });
    expect(select.value).toBe('1');
  });

  it('rich text: a paste the editor handles, else inserted text', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"></div><div id="plain" contenteditable="true">old</div>';
    const ed = document.querySelector<HTMLElement>('#ed')!;
    let pasted = '';
    ed.addEventListener('paste', (e) => {
      e.preventDefault();
      pasted = (e as ClipboardEvent).clipboardData!.getData('text/plain');
      ed.textContent = pasted;
    });
    const plain = document.querySelector<HTMLElement>('#plain')!;
    // jsdom has no ClipboardEvent/DataTransfer/execCommand; provide the minimum a browser has.
    const w = window as unknown as Record<string, unknown>;
    w.DataTransfer ??= class { private d: Record<string, string> = {}; setData(k: string, v: string) { this.d[k] = v; } getData(k: string) { return this.d[k] ?? ''; } };
    w.ClipboardEvent ??= class extends Event { clipboardData: unknown; constructor(t: string, i: { clipboardData: unknown } & EventInit) { super(t, i); this.clipboardData = i.clipboardData; } };
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const { undo } = applyInstructions({ instructions: [{ id: 0, value: 'Objectives' }, { id: 1, value: 'Overlap' }], elements: [ed, plain], visibility: visible });
    expect(pasted).toBe('Objectives');
    expect(plain.textContent).toBe('Overlap');
    undoRecords(undo);
    expect(plain.textContent).toBe('old');
  });
});
