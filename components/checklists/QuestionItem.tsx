import { useId, useState } from 'react';
import { CHECKLIST_ANSWERS, type ChecklistAnswer, type Entry } from '@/lib/model';
import { evidenceLabel, type EffectiveAnswer, type QuestionResult, type ResponseChange } from '@/lib/checklists';
import type { PlainKey } from '@/lib/i18n';
import { entryHash, formatPartialDate } from '@/lib/ui';
import { useI18n, useT } from '@/components/ui';
import { ANSWER_KEYS, uiWording } from './labels';

// Whose answer is in force, as the status line says it.
const SOURCE_KEYS: Record<EffectiveAnswer['from'], PlainKey> = {
  record: 'checklists.fromRecord', override: 'checklists.overridden', researcher: 'checklists.yours',
};

function AnswerRadios({ name, legend, value, onChange }: { name: string; legend: string; value: ChecklistAnswer | undefined; onChange: (a: ChecklistAnswer) => void }) {
  const t = useT();
  return (
    <fieldset className="checklist-answers">
      <legend>{legend}</legend>
      {CHECKLIST_ANSWERS.map((a) => (
        <label key={a} className="radio-inline">
          <input type="radio" name={name} value={a} checked={value === a} onChange={() => onChange(a)} /> {t(ANSWER_KEYS[a])}
        </label>
      ))}
    </fieldset>
  );
}

/** One question: the record's answer with its evidence (and an override with a reason), or the researcher's own answer; a note either way. */
export function QuestionItem({ result, entriesById, onChange }: { result: QuestionResult; entriesById: ReadonlyMap<string, Entry>; onChange: (change: ResponseChange) => Promise<void> }) {
  const { question, derived, response, effective, needsMitigation } = result;
  const { t, locale } = useI18n();
  const id = useId();
  const [overriding, setOverriding] = useState(false);
  const [overrideAnswer, setOverrideAnswer] = useState<ChecklistAnswer | undefined>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [note, setNote] = useState(response?.note ?? '');

  const source = effective ? t(SOURCE_KEYS[effective.from]) : '';
  const answerText = (a: ChecklistAnswer) => t(ANSWER_KEYS[a]);

  async function saveOverride() {
    if (!overrideAnswer) return;
    if (!reason.trim()) {
      setReasonError(true);
      return;
    }
    await onChange({ override: { answer: overrideAnswer, reason: reason.trim() } });
    setOverriding(false);
    setReason('');
    setReasonError(false);
  }

  return (
    <fieldset className={`checklist-question${needsMitigation ? ' checklist-question-risk' : ''}`} data-question={question.id}>
      <legend>{question.text}</legend>
      {question.help && <p className="muted">{question.help}</p>}
      <p className="checklist-status">
        {t('checklists.answer')} <strong>{effective ? answerText(effective.answer) : t('checklists.notAnswered')}</strong>
        {source && <> ({source}{response && effective?.from !== 'record' ? `, ${t('checklists.answeredOn', { date: formatPartialDate(response.answeredAt.slice(0, 10), locale) })}` : ''})</>}
        {needsMitigation && <> — <span className="badge badge-risk">{t('checklists.needsMitigation')}</span></>}
      </p>

      {derived && (
        <div className="checklist-derived">
          <p>
            {derived.answer === 'yes' ? t('checklists.derivedYes') : t('checklists.derivedNo')} {t('checklists.rule', { basis: derived.basis })}
            {derived.listsChecked.length > 0 && <> {t('checklists.listsChecked', { lists: derived.listsChecked.join('; ') })}</>}
          </p>
          {derived.evidence.length > 0 && (
            <>
              <p className="muted">{t('checklists.evidence')}</p>
              <ul>
                {derived.evidence.map((ev, i) => {
                  const href = ev.entryId ? entryHash(ev.entryId) : `#profile&field=${encodeURIComponent(ev.profileField!)}`;
                  return (
                    <li key={`${ev.entryId ?? ev.profileField}-${i}`}>
                      <a href={href}>{evidenceLabel(ev, entriesById, uiWording(t))}</a>
                      {ev.listing && (
                        <>
                          {' '}— {t('checklists.matches', { name: ev.listing.listedName })}{' '}
                          <a href={ev.listing.sourceUrl} target="_blank" rel="noreferrer">{ev.listing.listTitle}</a>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {response?.override ? (
            <p>
              {t('checklists.overrideNow', { answer: answerText(response.override.answer), reason: response.override.reason })}{' '}
              {t('checklists.derivedWas', { answer: answerText(derived.answer) })}{' '}
              <button type="button" onClick={() => onChange({ override: null })}>{t('checklists.removeOverride')}</button>
            </p>
          ) : overriding ? (
            <div className="checklist-override">
              <AnswerRadios name={`${id}-override`} legend={t('checklists.overrideAnswer')} value={overrideAnswer} onChange={setOverrideAnswer} />
              <label htmlFor={`${id}-reason`}>{t('checklists.reason')}</label>
              <textarea
                id={`${id}-reason`} rows={2} value={reason} required aria-invalid={reasonError || undefined}
                aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                onChange={(e) => { setReason(e.target.value); setReasonError(false); }}
              />
              {reasonError && <p id={`${id}-reason-error`} className="error" role="alert">{t('checklists.reasonMissing')}</p>}
              <p>
                <button type="button" onClick={saveOverride} disabled={!overrideAnswer}>{t('checklists.saveOverride')}</button>{' '}
                <button type="button" onClick={() => { setOverriding(false); setReasonError(false); }}>{t('common.cancel')}</button>
              </p>
            </div>
          ) : (
            <p><button type="button" onClick={() => setOverriding(true)}>{t('checklists.override')}</button></p>
          )}
        </div>
      )}

      {!derived && <AnswerRadios name={`${id}-answer`} legend={t('checklists.yourAnswer')} value={response?.answer} onChange={(answer) => onChange({ answer })} />}

      <label htmlFor={`${id}-note`}>{t('checklists.note')}</label>
      <textarea
        id={`${id}-note`} rows={1} value={note} onChange={(e) => setNote(e.target.value)}
        onBlur={() => { if (note !== (response?.note ?? '')) void onChange({ note }); }}
      />
    </fieldset>
  );
}
