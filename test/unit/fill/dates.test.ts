import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/fill/classify';
import { dateLayout, exampleLayout, formatDate, patternLayout } from '@/lib/fill/format';
import { render } from '@/lib/fill/plan';
import type { FieldDescriptor } from '@/lib/fill/types';
import { descriptor } from './helpers';

let nextId = 0;
const d = (extra: Partial<FieldDescriptor>): FieldDescriptor => descriptor({ id: nextId++, section: ['Grants'], ...extra });
const ctx = { rowHasCurrency: true, defaultCurrency: 'USD' };
const renderDate = (f: FieldDescriptor, iso: string, end = false) => render(f, { type: 'date', iso, end }, classify([f], null)[0], ctx);

describe('date layout from an example', () => {
  it.each([
    ['研究期間（開始）', ['研究期間（開始） （例：2024/04）'], undefined, 'YYYY/MM'],
    ['Start', ['e.g. 2024-04'], undefined, 'YYYY-MM'],
    ['Début', ['ex. 04/2024'], undefined, 'MM/YYYY'],
    ['Beginn', ['z. B. 04.2024'], undefined, 'MM.YYYY'],
    ['Inizio (es. 04-2024)', [], undefined, 'MM-YYYY'],
    ['Award date', ['For example, 2024-04-15'], undefined, 'YYYY-MM-DD'],
    ['Date de début', ['ex. 31/12/2024'], undefined, 'DD/MM/YYYY'],
    ['Start date', ['e.g. 12/31/2024'], undefined, 'MM/DD/YYYY'],
    ['Beginn', ['z. B. 01.04.2024'], undefined, 'DD.MM.YYYY'],
    ['開始', ['例：2024年4月'], undefined, 'YYYY年MM月'],
    ['Start', [], '\\d{4}/\\d{2}', 'YYYY/MM'],
    ['Start', [], '^[0-9]{2}\\.[0-9]{4}$', 'MM.YYYY'],
    ['Start', [], '\\d{4}-\\d{2}-\\d{2}', 'YYYY-MM-DD'],
  ])('"%s" %j pattern=%s → %s', (label, hints, pattern, layout) => {
    expect(dateLayout(d({ label, hints, pattern }))).toEqual({ part: 'full', layout });
  });

  it('a placeholder example (read as the label) gives the layout too', () => {
    expect(dateLayout(d({ label: '2024/04', labelSource: 'placeholder' })).layout).toBe('YYYY/MM');
  });

  it('numbers that are not a month and year show no layout', () => {
    expect(exampleLayout('Budget period 2024-2025')).toBeNull();
    expect(exampleLayout('Year 2024')).toBeNull();
    expect(exampleLayout('Amount (e.g. 1200.50)')).toBeNull();
    expect(exampleLayout('Phone e.g. 0123/456789')).toBeNull();
    expect(patternLayout('[A-Z]{3}-\\d{4}')).toBeNull();
    expect(dateLayout(d({ label: 'Start', hints: ['Budget period 2024-2025'] })).layout).toBe('MM/YYYY');
  });

  it('formats the Japanese example layout', () => {
    expect(formatDate('2024-04', 'YYYY年MM月')).toBe('2024年04月');
  });

  it('an example in the hint fills the box in that layout', () => {
    expect(renderDate(d({ label: 'Start', hints: ['e.g. 2024-04'] }), '2023-04').instruction?.value).toBe('2023-04');
  });
});

describe('the day box of a day/month/year group', () => {
  it.each(['Day', 'Jour', 'Tag', 'Giorno', '日', 'DD'])('"%s" is a day part', (label) => {
    expect(dateLayout(d({ label, hints: ['Start date', 'For example, 27 3 2024'] })).part).toBe('day');
  });
  it('month, year and whole-date boxes are not', () => {
    expect(dateLayout(d({ label: 'Month', hints: ['Start date'] })).part).toBe('month');
    expect(dateLayout(d({ label: 'Year', hints: ['Start date'] })).part).toBe('year');
    expect(dateLayout(d({ label: 'Date de début (JJ/MM/AAAA)' })).part).toBe('full');
    expect(dateLayout(d({ label: '開始日' })).part).toBe('full');
  });
  it('never gets a month/year value; stays empty (with a reason) unless the record names the day', () => {
    const day = d({ label: 'Day', hints: ['Start date'] });
    const r = renderDate(day, '2023-04');
    expect(r.instruction).toBeUndefined();
    expect(r.reason).toBe('no-value');
    expect(renderDate(day, '2025-06-01').instruction?.value).toBe('01');
    expect(renderDate(day, '2025-06', true).instruction).toBeUndefined();
  });
  it('a select of days 1–31 is a day part and takes the day option', () => {
    const options = [{ value: '', text: 'Day' }, ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), text: String(i + 1) }))];
    const sel = d({ type: 'select', tag: 'select', label: 'Start date', options });
    expect(dateLayout(sel).part).toBe('day');
    expect(renderDate(sel, '2025-06-07').instruction).toMatchObject({ value: '7' });
    expect(renderDate(sel, '2025-06').instruction).toBeUndefined();
  });
});
