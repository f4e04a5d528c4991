import { useId, useState } from 'react';
import { MITIGATION_MEASURES, type MitigationMeasure } from '@/lib/model';
import type { ChecklistEvaluation } from '@/lib/checklists';
import { useT } from '@/components/ui';
import { MEASURE_KEYS } from './labels';

/** Free text plus structured measures, prompted when an answer calls for mitigation. Keyed by checklist and subject by its parent. */
export function MitigationPlan({ evaluation, onSave }: { evaluation: ChecklistEvaluation; onSave: (plan: { text: string; measures: MitigationMeasure[] }) => Promise<void> }) {
  const t = useT();
  const id = useId();
  const stored = evaluation.mitigation;
  const [text, setText] = useState(stored?.text ?? '');
  const [measures, setMeasures] = useState<MitigationMeasure[]>(stored?.measures ?? []);
  const [saved, setSaved] = useState(false);
  const toggle = (m: MitigationMeasure) => setMeasures((now) => (now.includes(m) ? now.filter((x) => x !== m) : MITIGATION_MEASURES.filter((x) => x === m || now.includes(x))));

  return (
    <section aria-labelledby={`${id}-heading`} className={`checklist-mitigation${evaluation.needsMitigation ? ' checklist-question-risk' : ''}`}>
      <h3 id={`${id}-heading`}>{t('checklists.plan.heading')}</h3>
      <p>{evaluation.needsMitigation ? t('checklists.plan.called') : t('checklists.plan.notCalled')}</p>
      <label htmlFor={`${id}-text`}>{t('checklists.plan.text')}</label>
      <textarea id={`${id}-text`} rows={4} value={text} onChange={(e) => { setText(e.target.value); setSaved(false); }} />
      <fieldset>
        <legend>{t('checklists.plan.measures')}</legend>
        {MITIGATION_MEASURES.map((m) => (
          <label key={m} className="radio-inline">
            <input type="checkbox" checked={measures.includes(m)} onChange={() => { toggle(m); setSaved(false); }} /> {t(MEASURE_KEYS[m])}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" onClick={async () => { await onSave({ text, measures }); setSaved(true); }}>{t('checklists.plan.save')}</button>
      </p>
      <p role="status">{saved ? t('checklists.plan.saved') : ''}</p>
    </section>
  );
}
