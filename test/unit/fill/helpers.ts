import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanDocument } from '@/lib/fill/dom/scan';
import type { FrameScan, Visibility } from '@/lib/fill/types';
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
  return [{ frameId: 0, url, fields: r.fields, addControls: r.addControls, scanMs: 0 }];
}

export function demo(): { profile: Profile; entries: Entry[] } {
  const raw = JSON.parse(readFileSync(path.resolve(__dirname, '../../../lib/io/demo-backup.json'), 'utf8'));
  const b = Backup.parse(raw);
  return { profile: b.profile, entries: b.entries };
}
