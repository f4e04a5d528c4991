import { useMemo, useState } from 'react';
import { updateChecklistAnswers, nowIso } from '@/lib/db';
import {
  checklistSubjects, entryLabel, evaluateChecklist, withMitigation, withResponse, type ChecklistEvaluation, type ResponseChange,
} from '@/lib/checklists';
import type { Checklist, MitigationMeasure } from '@/lib/model';
import type { PlainKey } from '@/lib/i18n';
import { formatNumber, formatPartialDate } from '@/lib/ui';
import { useI18n } from '@/components/ui';
import { useChecklistsData } from './useChecklists';
import { uiWording } from './labels';
import { QuestionItem } from './QuestionItem';
import { MitigationPlan } from './MitigationPlan';

function statusKey(ev: ChecklistEvaluation): PlainKey {
  if (ev.complete) return 'checklists.complete';
  if (ev.needsMitigation && ev.progress.answered === ev.progress.total) return 'checklists.needsPlan';
  return ev.updatedAt ? 'checklists.inProgress' : 'checklists.notStarted';
}

/** The editor section "Checklists": pick a checklist (and partnership), answer it, plan mitigation; progress per checklist. */
export function ChecklistsView() {
  const { t, locale } = useI18n();
  const data = useChecklistsData();
  const [checklistId, setChecklistId] = useState<string>();
  const [subjectChoice, setSubjectChoice] = useState<string>();
  const [error, setError] = useState<string>();

  const checklist: Checklist | undefined = data && (data.checklists.find((c) => c.id === checklistId) ?? data.checklists[0]);
  const subjects = useMemo(() => (checklist && data ? checklistSubjects(checklist, data.record.entries) : []), [checklist, data]);
  const subject = subjectChoice && subjects.includes(subjectChoice) ? subjectChoice : subjects[0];
  const entriesById = useMemo(() => new Map((data?.record.entries ?? []).map((e) => [e.id, e])), [data]);

  const evaluation = useMemo(() => {
    if (!data || !checklist || !subject) return undefined;
    const stored = data.stored.find((a) => a.checklistId === checklist.id && a.subject === subject);
    return evaluateChecklist(checklist, data.record, stored, subject);
  }, [data, checklist, subject]);

  // Every checklist with every subject it has, plus answer sets whose partnership is gone.
  const overview = useMemo(() => {
    if (!data) return [];
    return data.checklists.flatMap((c) => {
      const live = checklistSubjects(c, data.record.entries);
      const orphaned = data.stored.filter((a) => a.checklistId === c.id && !live.includes(a.subject)).map((a) => a.subject);
      return [...live, ...orphaned].map((s) => evaluateChecklist(c, data.record, data.stored.find((a) => a.checklistId === c.id && a.subject === s), s));
    });
  }, [data]);

  if (!data || !checklist) return <p className="muted">{t('common.loading')}</p>;

  const key = evaluation ? { checklistId: evaluation.checklist.id, subject: evaluation.subject } : undefined;
  async function save(update: Parameters<typeof updateChecklistAnswers>[2]) {
    if (!key) return;
    try {
      await updateChecklistAnswers(key.checklistId, key.subject, update);
      setError(undefined);
    } catch (e) {
      setError(t('checklists.saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  }
  const onAnswer = (questionId: string) => (change: ResponseChange) => save((current) => withResponse(current, key!, questionId, change, nowIso()));
  const onPlan = (plan: { text: string; measures: MitigationMeasure[] }) => save((current) => withMitigation(current, key!, plan, nowIso()));
  const subjectLabel = (ev: ChecklistEvaluation) =>
    ev.checklist.appliesTo === 'record' ? t('checklists.wholeRecord') : ev.subjectEntry ? entryLabel(ev.subjectEntry, uiWording(t)) : t('checklists.missingSubject', { id: ev.subject });
  const progressText = (ev: ChecklistEvaluation) =>
    t('checklists.progress', { answered: formatNumber(ev.progress.answered, locale), total: formatNumber(ev.progress.total, locale) });

  return (
    <section aria-labelledby="checklists-heading" className="checklists-view">
      <h2 id="checklists-heading">{t('checklists.heading')}</h2>
      <p>{t('checklists.intro')}</p>

      <p>
        <label htmlFor="checklist-pick">{t('checklists.checklist')}</label>{' '}
        <select id="checklist-pick" value={checklist.id} onChange={(e) => setChecklistId(e.target.value)}>
          {data.checklists.map((c) => (
            <option key={c.id} value={c.id}>{c.title}</option>
          ))}
        </select>
      </p>
      {checklist.appliesTo === 'partnership' && subjects.length > 0 && (
        <p>
          <label htmlFor="checklist-subject">{t('checklists.partnership')}</label>{' '}
          <select id="checklist-subject" value={subject} onChange={(e) => setSubjectChoice(e.target.value)}>
            {subjects.map((s) => (
              <option key={s} value={s}>{entriesById.get(s) ? entryLabel(entriesById.get(s)!, uiWording(t)) : s}</option>
            ))}
          </select>
        </p>
      )}
      <p className="muted">
        {t('checklists.source')}{' '}
        {checklist.source.url ? <a href={checklist.source.url} target="_blank" rel="noreferrer"><cite>{checklist.source.title}</cite></a> : <cite>{checklist.source.title}</cite>}
        {checklist.source.date && <> ({formatPartialDate(checklist.source.date, locale)})</>}
        {checklist.publisher && <> — {checklist.publisher}</>}
      </p>
      {checklist.description && <p>{checklist.description}</p>}

      {checklist.appliesTo === 'partnership' && subjects.length === 0 && (
        <p>{t('checklists.noPartnerships')} <a href="#new=partnership">{t('checklists.addPartnership')}</a></p>
      )}

      {evaluation && (
        <div className="checklist" key={`${evaluation.checklist.id}|${evaluation.subject}`}>
          <p role="status">
            <progress max={evaluation.progress.total} value={evaluation.progress.answered} aria-label={t('checklists.progressLabel')} />{' '}
            {progressText(evaluation)} — {t(statusKey(evaluation))}
            {evaluation.updatedAt && <> ({t('checklists.lastUpdated', { date: formatPartialDate(evaluation.updatedAt.slice(0, 10), locale) })})</>}
          </p>
          {error && <p className="error" role="alert">{error}</p>}
          {checklist.groups.map((group) => (
            <section key={group.id} aria-labelledby={`group-${group.id}`} className="checklist-group">
              <h3 id={`group-${group.id}`}>{group.title}</h3>
              {evaluation.questions.filter((q) => q.groupId === group.id).map((q) => (
                <QuestionItem key={q.question.id} result={q} entriesById={entriesById} onChange={onAnswer(q.question.id)} />
              ))}
            </section>
          ))}
          {(evaluation.needsMitigation || evaluation.mitigation) && <MitigationPlan evaluation={evaluation} onSave={onPlan} />}
        </div>
      )}

      <table className="checklists-overview">
        <caption>{t('checklists.overview')}</caption>
        <thead>
          <tr><th scope="col">{t('checklists.checklist')}</th><th scope="col">{t('checklists.about')}</th><th scope="col">{t('checklists.progressLabel')}</th><th scope="col">{t('checklists.status')}</th></tr>
        </thead>
        <tbody>
          {overview.map((ev) => (
            <tr key={`${ev.checklist.id}|${ev.subject}`}>
              <td>{ev.checklist.title}</td>
              <td>{subjectLabel(ev)}</td>
              <td>{progressText(ev)}</td>
              <td>{t(statusKey(ev))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
