import { useMemo, useState } from 'react';
import type { Citation, Entry, Gap, Profile, Template } from '@/lib/model';
import { countBySeverity, evaluate, fixHref } from '@/lib/rules';
import { packFromHash, useGapsRecord, useRuleSet } from './useGaps';
import type { PlainKey } from '@/lib/i18n';
import { useT } from '@/components/ui';
import { CommitmentsTimeline } from './CommitmentsTimeline';
import { PersonMonthsChart } from './PersonMonthsChart';

const SEVERITY_TEXT: Record<Gap['severity'], PlainKey> = { error: 'gaps.severityError', warning: 'gaps.severityWarning', info: 'gaps.severityInfo' };
const ALL = 'all';
const NO_TEMPLATES: Template[] = [];
/** Long lists are shown in order of severity up to this many; the counts above stay complete. */
const LIST_LIMIT = 300;

function CitationLink({ citation }: { citation: Citation }) {
  if (typeof citation === 'string') return <cite>{citation}</cite>;
  const text = citation.section ? `${citation.title}, ${citation.section}` : citation.title;
  return citation.url ? (
    <a href={citation.url} target="_blank" rel="noreferrer">
      <cite>{text}</cite>
    </a>
  ) : (
    <cite>{text}</cite>
  );
}

function GapItem({ gap, entry }: { gap: Gap; entry?: Entry }) {
  const t = useT();
  const href = fixHref(gap);
  return (
    <li className={`gap gap-${gap.severity}`} data-testid="gap">
      <strong className="gap-severity">{t(SEVERITY_TEXT[gap.severity])}:</strong>{' '}
      {entry && <span className="gap-entry">{entry.organization.name} — </span>}
      <span className="gap-message">{gap.message}</span>
      <div className="gap-meta">
        {t('gaps.source')} <CitationLink citation={gap.citation} />
      </div>
      <div className="gap-fix">
        {gap.fix} {href && <a href={href} aria-label={t('gaps.fixLabel', { fix: gap.fix })}>{t('gaps.fix')}</a>}
      </div>
    </li>
  );
}

/** Readiness per funder pack, the gaps of the chosen pack(s), and the two pictures of the record. */
export function GapsViewFor({ profile, entries, today, templates = NO_TEMPLATES, initialPackId }: { profile: Profile | undefined; entries: Entry[]; today?: string; templates?: Template[]; initialPackId?: string }) {
  const t = useT();
  const day = today ?? new Date().toISOString().slice(0, 10);
  // Institution templates add their own rules (a pack titled with the institution) and screening lists.
  const { packs, screeningLists } = useRuleSet(templates);
  const [packId, setPackId] = useState<string>(() => (initialPackId && packs.some((p) => p.id === initialPackId) ? initialPackId : ALL));
  const gaps = useMemo(() => evaluate(profile, entries, packs, { today: day, screeningLists }), [profile, entries, day, packs, screeningLists]);
  const byEntry = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const shown = packId === ALL ? gaps : gaps.filter((g) => g.packId === packId);
  return (
    <section aria-labelledby="gaps-heading" className="gaps-view">
      <h2 id="gaps-heading">{t('gaps.heading')}</h2>
      <p>{t('gaps.intro')}</p>
      <table className="gaps-readiness">
        <caption>{t('gaps.readiness')}</caption>
        <thead>
          <tr><th scope="col">{t('gaps.rulePack')}</th><th scope="col">{t('gaps.errors')}</th><th scope="col">{t('gaps.warnings')}</th><th scope="col">{t('gaps.info')}</th></tr>
        </thead>
        <tbody>
          {packs.map((pack) => {
            const c = countBySeverity(gaps.filter((g) => g.packId === pack.id));
            return (
              <tr key={pack.id} data-testid={`readiness-${pack.id}`}>
                <th scope="row">{pack.title}</th><td>{c.error}</td><td>{c.warning}</td><td>{c.info}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label>
        {t('gaps.showFor')}{' '}
        <select value={packId} onChange={(e) => setPackId(e.target.value)}>
          <option value={ALL}>{t('gaps.allPacks')}</option>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>{p.title}</option>
          ))}
        </select>
      </label>
      {shown.length > LIST_LIMIT && <p>{t('gaps.showingFirst', { limit: LIST_LIMIT, count: shown.length })}</p>}
      {shown.length ? (
        <ul className="gaps-list">
          {shown.slice(0, LIST_LIMIT).map((gap, i) => (
            <GapItem key={`${gap.ruleId}|${gap.entryId ?? ''}|${gap.path ?? ''}|${i}`} gap={gap} entry={gap.entryId ? byEntry.get(gap.entryId) : undefined} />
          ))}
        </ul>
      ) : (
        <p>{t('gaps.none')}</p>
      )}
      <h3>{t('gaps.commitments')}</h3>
      <CommitmentsTimeline profile={profile} entries={entries} today={day} />
      <h3>{t('gaps.personMonths')}</h3>
      <PersonMonthsChart entries={entries} />
    </section>
  );
}

/** The editor's Gaps section: live over the local database. */
export function GapsView({ today }: { today?: string } = {}) {
  const t = useT();
  const data = useGapsRecord();
  if (!data) return <p>{t('common.loading')}</p>;
  // `#gaps&pack=<id>` (from the popup or the fill review) opens the view at that pack's gaps.
  return <GapsViewFor profile={data.profile} entries={data.entries} today={today} templates={data.templates} initialPackId={packFromHash(window.location.hash)} />;
}
