/**
 * Driving extension pages with the keyboard alone: Tab until the focus reaches a control, checking
 * at every stop that the control shows a visible focus indicator.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What Tab should reach: a control of this kind whose accessible name matches. */
export interface FocusTarget {
  kind: 'button' | 'link' | 'field';
  /** The start of the name, or a pattern for it. */
  name: string | RegExp;
}

export const button = (name: string | RegExp): FocusTarget => ({ kind: 'button', name });
export const link = (name: string | RegExp): FocusTarget => ({ kind: 'link', name });
export const field = (name: string | RegExp): FocusTarget => ({ kind: 'field', name });

/** Presses Tab until `target` has the focus; the focused control must match :focus-visible and draw an outline. */
export async function tabTo(page: Page, target: FocusTarget, max = 150): Promise<void> {
  const wanted = { kind: target.kind, source: target.name instanceof RegExp ? target.name.source : `^${target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, flags: target.name instanceof RegExp ? target.name.flags : '' };
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((t) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const kind = el.tagName === 'A' ? 'link'
        : el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || (el.tagName === 'INPUT' && /^(submit|button)$/.test((el as HTMLInputElement).type)) ? 'button'
          : /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ? 'field' : 'other';
      const labelledBy = el.getAttribute('aria-labelledby');
      const names = [
        el.getAttribute('aria-label') ?? '',
        labelledBy ? labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ') : '',
        ...('labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map(text) : []),
        kind === 'field' ? '' : text(el),
      ].filter(Boolean);
      if (kind !== t.kind || !names.some((n) => new RegExp(t.source, t.flags).test(n))) return null;
      const style = getComputedStyle(el);
      return { visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    }, wanted);
    if (!focus) continue;
    const name = `${target.kind} ${String(target.name)}`;
    expect(focus.visible, `${name} matches :focus-visible`).toBe(true);
    expect(focus.outline, `${name} has a focus outline`).not.toBe('none');
    expect(focus.width, `${name} outline width`).toBeGreaterThan(0);
    return;
  }
  throw new Error(`Tab never reached ${target.kind} ${String(target.name)}`);
}

/** The name (text or label) of the focused element, to check where a key press moved focus. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').replace(/\s+/g, ' ').trim());
}
