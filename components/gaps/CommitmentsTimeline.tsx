import { useId } from 'react';
import type { Entry, Profile } from '@/lib/model';
import { formatPartialDate } from '@/lib/ui';
import type { PlainKey } from '@/lib/i18n';
import { useI18n } from '@/components/ui';
import { HatchPattern } from './HatchPattern';

export interface CommitmentRow {
  entryId: string;
  kind: 'appointment' | 'consulting' | 'support';
  label: string;
  from: string;
  to: string;
  ongoing: boolean;
  foreign: boolean;
}

const KIND_LABEL: Record<CommitmentRow['kind'], PlainKey> = { appointment: 'charts.kindAppointment', consulting: 'charts.kindConsulting', support: 'charts.kindSupport' };
/** Enough rows to see a career; the table lists the same rows. */
const MAX_ROWS = 60;

/** Appointments, consulting and support with a start date, as periods. Foreign = organisation country ≠ home country. */
export function commitmentRows(profile: Profile | undefined, entries: readonly Entry[], today: string): CommitmentRow[] {
  const home = profile?.person.homeCountry;
  const rows: CommitmentRow[] = [];
  for (const e of entries) {
    if ((e.kind !== 'appointment' && e.kind !== 'consulting' && e.kind !== 'support') || !e.startDate) continue;
    const label = e.kind === 'support' ? `${e.organization.name}: ${e.title}` : `${e.organization.name}${e.role ? `, ${e.role}` : ''}`;
    rows.push({
      entryId: e.id,
      kind: e.kind,
      label,
      from: e.startDate,
      to: e.endDate ?? today,
      ongoing: !e.endDate,
      foreign: Boolean(home && e.organization.country && e.organization.country !== home),
    });
  }
  return rows.sort((a, b) => a.from.localeCompare(b.from)).slice(0, MAX_ROWS);
}

/** Fractional year of a partial date, for positioning: 2024-07 → 2024.5. */
function yearPosition(date: string, end: boolean): number {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return end ? year + 1 : year;
  const month = Number(date.slice(5, 7));
  return year + (end ? month : month - 1) / 12;
}

const ROW = 22;
const LABEL_WIDTH = 260;
const YEAR_WIDTH = 48;

/**
 * Bars over the years per appointment, consulting and support entry. Foreign ties are hatched
 * and labelled "(foreign)" so they do not depend on colour. The table repeats every row.
 */
export function CommitmentsTimeline({ profile, entries, today }: { profile: Profile | undefined; entries: readonly Entry[]; today: string }) {
  const { t, locale } = useI18n();
  const rows = commitmentRows(profile, entries, today);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const tableId = `${uid}-table`;
  const titleId = `${uid}-title`;
  if (!rows.length) return <p>{t('charts.noCommitments')}</p>;
  const first = Math.floor(Math.min(...rows.map((r) => yearPosition(r.from, false))));
  const last = Math.ceil(Math.max(...rows.map((r) => yearPosition(r.to, true))));
  const x = (pos: number) => LABEL_WIDTH + (pos - first) * YEAR_WIDTH;
  const width = x(last) + 10;
  const height = rows.length * ROW + 24;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <figure className="commitments-timeline">
      <svg role="img" aria-labelledby={titleId} aria-describedby={tableId} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <title id={titleId}>{t('charts.timelineTitle')}</title>
        <defs>
          <HatchPattern id={`${titleId}-foreign`} background="#e8d9b0" stroke="#6b4d00" />
        </defs>
        {years.map((yr) => (
          <g key={yr}>
            <line x1={x(yr)} x2={x(yr)} y1={0} y2={height - 20} stroke="#ddd" />
            <text x={x(yr) + 2} y={height - 6} fontSize="10">{yr}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const top = i * ROW + 4;
          const start = x(yearPosition(r.from, false));
          const end = x(yearPosition(r.to, true));
          return (
            <g key={r.entryId}>
              <text x={4} y={top + 13} fontSize="11">
                {`${t(KIND_LABEL[r.kind])}: ${r.label}`.slice(0, 42)}
                {r.foreign ? ` ${t('charts.foreignMark')}` : ''}
              </text>
              <rect x={start} y={top} width={Math.max(2, end - start)} height={ROW - 6} fill={r.foreign ? `url(#${titleId}-foreign)` : '#7fa7c9'} stroke="#333" />
            </g>
          );
        })}
      </svg>
      <figcaption>{t('charts.timelineCaption')}</figcaption>
      <table id={tableId}>
        <caption>{t('charts.commitments')}</caption>
        <thead>
          <tr><th scope="col">{t('charts.kind')}</th><th scope="col">{t('charts.orgAndRole')}</th><th scope="col">{t('charts.from')}</th><th scope="col">{t('charts.to')}</th><th scope="col">{t('charts.foreign')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entryId}>
              <td>{t(KIND_LABEL[r.kind])}</td><th scope="row">{r.label}</th><td>{formatPartialDate(r.from, locale)}</td><td>{r.ongoing ? t('charts.ongoing') : formatPartialDate(r.to, locale)}</td><td>{r.foreign ? t('charts.yes') : t('charts.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
