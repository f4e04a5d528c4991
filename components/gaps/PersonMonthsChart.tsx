import { useId } from 'react';
import type { Entry } from '@/lib/model';
import { personMonthsByYear } from '@/lib/rules';
import { formatNumber } from '@/lib/ui';
import { useI18n } from '@/components/ui';
import { HatchPattern } from './HatchPattern';

export interface PersonMonthsRow {
  year: number;
  current: number;
  pending: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Person-months per calendar year from support and in-kind entries, current and pending apart. */
export function personMonthsRows(entries: readonly Entry[]): PersonMonthsRow[] {
  const current = personMonthsByYear(entries, ['current']);
  const pending = personMonthsByYear(entries, ['pending']);
  const years = [...new Set([...current.keys(), ...pending.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({ year, current: round(current.get(year)?.total ?? 0), pending: round(pending.get(year)?.total ?? 0) }));
}

const BAR = 28;
const GAP = 12;
const HEIGHT = 160;
const LIMIT = 12;

/**
 * Stacked bars per year (current solid, pending hatched) with the 12-month line drawn.
 * The table below carries the same numbers for screen readers and for reading exact values.
 */
export function PersonMonthsChart({ entries }: { entries: readonly Entry[] }) {
  const { t, locale } = useI18n();
  const rows = personMonthsRows(entries);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const tableId = `${uid}-table`;
  const titleId = `${uid}-title`;
  if (!rows.length) return <p>{t('charts.noPersonMonths')}</p>;
  const max = Math.max(LIMIT + 2, ...rows.map((r) => r.current + r.pending));
  const y = (months: number) => HEIGHT - (months / max) * HEIGHT;
  const width = rows.length * (BAR + GAP) + 40;
  return (
    <figure className="person-months-chart">
      <svg role="img" aria-labelledby={titleId} aria-describedby={tableId} width={width} height={HEIGHT + 24} viewBox={`0 0 ${width} ${HEIGHT + 24}`}>
        <title id={titleId}>{t('charts.personMonthsTitle')}</title>
        <defs>
          <HatchPattern id={`${titleId}-hatch`} background="#fff" stroke="#555" />
        </defs>
        {rows.map((r, i) => {
          const x = 30 + i * (BAR + GAP);
          const total = r.current + r.pending;
          return (
            <g key={r.year}>
              <rect x={x} y={y(r.current)} width={BAR} height={HEIGHT - y(r.current)} fill="#2b5d8a" />
              <rect x={x} y={y(total)} width={BAR} height={y(r.current) - y(total)} fill={`url(#${titleId}-hatch)`} stroke="#555" />
              <text x={x + BAR / 2} y={HEIGHT + 16} textAnchor="middle" fontSize="11">{r.year}</text>
            </g>
          );
        })}
        <line x1="24" x2={width} y1={y(LIMIT)} y2={y(LIMIT)} stroke="#b00" strokeDasharray="4 3" strokeWidth="2" />
        <text x="0" y={y(LIMIT) + 4} fontSize="11">12</text>
      </svg>
      <figcaption>{t('charts.personMonthsCaption')}</figcaption>
      <table id={tableId}>
        <caption>{t('charts.personMonths')}</caption>
        <thead>
          <tr><th scope="col">{t('charts.year')}</th><th scope="col">{t('charts.current')}</th><th scope="col">{t('charts.pending')}</th><th scope="col">{t('charts.total')}</th><th scope="col">{t('charts.over')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const total = round(r.current + r.pending);
            return (
              <tr key={r.year}>
                <th scope="row">{r.year}</th><td>{formatNumber(r.current, locale)}</td><td>{formatNumber(r.pending, locale)}</td><td>{formatNumber(total, locale)}</td>
                <td>{r.current > LIMIT ? t('charts.overCurrent') : total > LIMIT ? t('charts.overPending') : t('charts.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
