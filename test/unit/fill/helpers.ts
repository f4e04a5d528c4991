import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, CONFIDENCE_THRESHOLD } from '@/lib/fill/classify';
import { scanDocument } from '@/lib/fill/dom/scan';
import { plan, type FillPlan, type Proposal } from '@/lib/fill/plan';
import type { FieldDescriptor, FrameScan, Visibility } from '@/lib/fill/types';
import { Backup, type Entry, type Profile } from '@/lib/model';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/portals');

/** jsdom has no layout: "visible" unless the markup hides it (display:none, hidden, type=hidden). */
export function markupVisibility(el: HTMLElement): Visibility {
  if ((el as HTMLInputElement).type === 'hidden' || el.closest('[hidden]')) return 'hidden';
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    const style = n.getAttribute('style') ?? '';
    if (/display:\s*none/.test(style)) return 'hidden';
    if (/opacity:\s*0(\D|$)/.test(style)) return 'transparent';
  }
  if (el.classList.contains('usa-sr-only')) return 'off-screen';
  return 'visible';
}

/** Loads a fixture into the jsdom document and runs its inline/repeat scripts' effect (initial rows). */
export function loadFixture(name: string): void {
  const html = readFileSync(path.join(FIXTURES, name), 'utf8');
  document.documentElement.innerHTML = html.replace(/<!doctype html>/i, '');
  const script = readFileSync(path.join(FIXTURES, 'repeat.js'), 'utf8');
  new Function(script)();
}

export function scanHere(url = 'http://127.0.0.1/x.html'): FrameScan[] {
  const r = scanDocument(document, { visibility: markupVisibility });
  return [{ frameId: 0, url, fields: r.fields, addControls: r.addControls, scanMs: 0, lang: document.documentElement.lang || undefined, title: document.title || undefined }];
}

export function demo(): { profile: Profile; entries: Entry[] } {
  const raw = JSON.parse(readFileSync(path.resolve(__dirname, '../../../lib/io/demo-backup.json'), 'utf8'));
  const b = Backup.parse(raw);
  return { profile: b.profile, entries: b.entries };
}

/** A scanned control as classification and planning see it: a visible text box with a label[for], unless `extra` says otherwise. */
export function descriptor(extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    id: 0, frameId: 0, frame: 'main', selector: '#x', tag: 'input', type: 'text', name: '', htmlId: 'x', label: '', labelSource: 'label-for',
    hints: [], section: [], value: '', visibility: 'visible', autocomplete: '', ...extra,
  };
}

/** A control with this label, under these headings (innermost first). */
export function labelled(label: string, section: string[] = [], extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return descriptor({ label, section, ...extra });
}

/** The key a control with this label and section gets on its own, or null below the confidence threshold. */
export function keyOf(label: string, section: string[] = [], extra: Partial<FieldDescriptor> = {}): string | null {
  const [c] = classify([labelled(label, section, extra)], null);
  return c.confidence >= CONFIDENCE_THRESHOLD ? c.key : null;
}

export const TEST_NOW = new Date('2026-11-24T12:00:00Z');

/** Plans this markup, put in the jsdom document, against the demo record. */
export function planHere(html: string): FillPlan {
  document.body.innerHTML = html;
  const { profile, entries } = demo();
  return plan({ url: 'http://127.0.0.1/page.html', scans: scanHere(), map: null, profile, entries, now: TEST_NOW });
}

export const proposalAt = (p: FillPlan, selector: string): Proposal | undefined => p.proposals.find((x) => x.selector === selector);

/** Each control's headings (innermost first), by its id. */
export function sectionsOf(html: string): Record<string, string[]> {
  document.body.innerHTML = html;
  return Object.fromEntries(scanHere()[0].fields.map((f) => [f.htmlId, f.section]));
}
