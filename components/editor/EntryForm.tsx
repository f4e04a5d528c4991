import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { ValidationError, newId, saveEntry } from '@/lib/db';
import { ENTRY_SCHEMAS, type Entry, type EntryInput, type EntryKind } from '@/lib/model';
import { focusField, kindText } from '@/lib/ui';
import { CheckField, Field, navigate, useT, useToast } from '@/components/ui';
import { COMMON_TEXT, entryToForm, formToEntry } from './entry-convert';
import { DATE_HINT, KIND_FIELDS, MALIGN_QUESTIONS, ORG_LEGEND, optionKey, type FieldSpec } from './entry-fields';
import { problemPathToField, type FormValues } from './form-values';
import { LockedNote, useLockedPaths } from '@/components/templates';
import { entryLockedFields, withLockedValues } from '@/lib/templates';
import { OrgFields } from './OrgFields';
import { CurrencySelect } from './pickers';
import { errorAt, flattenErrors, modelResolver } from './resolver';

interface FieldProps {
  spec: FieldSpec;
  idFor: (name: string) => string;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  errors: FieldErrors;
}

function YesNoSelect({ id, name, register, ...aria }: { id: string; name: string; register: UseFormRegister<FormValues> } & Record<string, unknown>) {
  const t = useT();
  return (
    <select id={id} {...aria} {...register(name)}>
      <option value="">{t('entryForm.notAnswered')}</option>
      <option value="yes">{t('entryForm.yes')}</option>
      <option value="no">{t('entryForm.no')}</option>
    </select>
  );
}

function EffortEditor({ spec, idFor, register, control, errors }: FieldProps) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: spec.name });
  const nextYear = new Date().getFullYear();
  const rowError = errorAt(errors, spec.name);
  return (
    <fieldset className="effort-editor">
      <legend>{t(spec.label)}</legend>
      {spec.hint && <p className="hint">{t(spec.hint)}</p>}
      {fields.length === 0 && <p className="muted">{t('entryForm.noYears')}</p>}
      <ul className="effort-rows">
        {fields.map((row, i) => (
          <li key={row.id} className="effort-row">
            <Field id={idFor(`${spec.name}.${i}.year`)} label={t('entryForm.yearRow', { row: i + 1 })} error={errorAt(errors, `${spec.name}.${i}.year`)}>
              {(p) => <input {...p} type="number" inputMode="numeric" {...register(`${spec.name}.${i}.year`)} />}
            </Field>
            <Field
              id={idFor(`${spec.name}.${i}.personMonths`)}
              label={t('entryForm.personMonthsRow', { row: i + 1 })}
              error={errorAt(errors, `${spec.name}.${i}.personMonths`)}
            >
              {(p) => <input {...p} type="number" step="any" inputMode="decimal" {...register(`${spec.name}.${i}.personMonths`)} />}
            </Field>
            <button type="button" className="secondary" onClick={() => remove(i)} aria-label={t('entryForm.removeYearRow', { row: i + 1 })}>
              {t('entryForm.remove')}
            </button>
          </li>
        ))}
      </ul>
      {rowError && <small className="error">{rowError}</small>}
      <button
        type="button"
        className="secondary"
        data-focus-for={spec.name}
        onClick={() => append({ year: String(nextYear + Math.min(fields.length, 50)), personMonths: '' })}
      >
        {t('entryForm.addYear')}
      </button>
    </fieldset>
  );
}

function KindField(props: FieldProps) {
  const t = useT();
  const { spec, idFor, register, errors } = props;
  const id = idFor(spec.name);
  const error = errorAt(errors, spec.name);
  const hint = spec.hint && t(spec.hint);
  const label = t(spec.label);
  const optionLabel = (o: string) => t(optionKey(o));
  switch (spec.type) {
    case 'text':
    case 'date':
    case 'number':
      return (
        <Field id={id} label={label} hint={spec.type === 'date' ? t(DATE_HINT) : hint} error={error} required={'required' in spec && spec.required}>
          {(p) => (
            <input
              {...p}
              {...register(spec.name)}
              {...(spec.type === 'number' ? { type: 'number', step: 'any', inputMode: 'decimal' as const } : {})}
            />
          )}
        </Field>
      );
    case 'textarea':
      return (
        <Field id={id} label={label} hint={hint} error={error} className="field-wide">
          {(p) => <textarea {...p} rows={3} {...register(spec.name)} />}
        </Field>
      );
    case 'select':
      return (
        <Field id={id} label={label} hint={hint} error={error} required={spec.required}>
          {(p) => (
            <select {...p} {...register(spec.name)}>
              {!spec.required && <option value="">{t('common.notSet')}</option>}
              {spec.options.map((o) => <option key={o} value={o}>{optionLabel(o)}</option>)}
            </select>
          )}
        </Field>
      );
    case 'check':
      return (
        <CheckField id={id} label={label} error={error}>
          {(p) => <input {...p} type="checkbox" {...register(spec.name)} />}
        </CheckField>
      );
    case 'yesno':
      return (
        <Field id={id} label={label} hint={hint} error={error}>
          {(p) => <YesNoSelect {...p} name={spec.name} register={register} />}
        </Field>
      );
    case 'money':
      return (
        <fieldset className="money">
          <legend>{label}</legend>
          <div className="field-row">
            <Field id={idFor(`${spec.name}.amount`)} label={t('entryForm.amount')} error={errorAt(errors, `${spec.name}.amount`) ?? error}>
              {(p) => <input {...p} type="number" step="any" min="0" inputMode="decimal" {...register(`${spec.name}.amount`)} />}
            </Field>
            <Field id={idFor(`${spec.name}.currency`)} label={t('entryForm.currency')} error={errorAt(errors, `${spec.name}.currency`)}>
              {(p) => <CurrencySelect {...p} {...register(`${spec.name}.currency`)} />}
            </Field>
          </div>
        </fieldset>
      );
    case 'effort':
      return <EffortEditor {...props} />;
    case 'multi':
      return (
        <fieldset className="multi">
          <legend>{label}</legend>
          {spec.options.map((o) => (
            <CheckField key={o} id={idFor(`${spec.name}.${o}`)} label={optionLabel(o)}>
              {(p) => <input {...p} type="checkbox" value={o} {...register(spec.name)} />}
            </CheckField>
          ))}
          {error && <small className="error">{error}</small>}
        </fieldset>
      );
    case 'malign':
      return (
        <fieldset className="malign field-wide">
          <legend>{label}</legend>
          {hint && <p className="hint">{hint}</p>}
          {MALIGN_QUESTIONS.map((q) => (
            <Field key={q.key} id={idFor(`${spec.name}.${q.key}`)} label={t(q.label)} error={errorAt(errors, `${spec.name}.${q.key}`)}>
              {(p) => <YesNoSelect {...p} name={`${spec.name}.${q.key}`} register={register} />}
            </Field>
          ))}
        </fieldset>
      );
  }
}

/**
 * The add/edit form of one entry kind: every field of the kind, validated with the kind's schema
 * (ENTRY_SCHEMAS[kind]) before saving; save errors from the store show next to fields too.
 */
export function EntryForm({
  kind, entry, currency, focus,
}: {
  kind: EntryKind;
  entry?: Entry;
  currency: string;
  focus?: string;
}) {
  const t = useT();
  const idBase = useId().replace(/:/g, '');
  const formRef = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const [saveError, setSaveError] = useState<string>();
  // A new entry gets its id up front: the kind's schema requires one.
  const [base] = useState<Partial<Entry>>(() => entry ?? { id: newId() });
  const resolver = useMemo(() => modelResolver(ENTRY_SCHEMAS[kind], (v) => formToEntry(kind, v, base)), [kind, base]);
  const { register, control, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    defaultValues: entryToForm(kind, entry, currency),
    resolver,
  });
  const ongoing = useWatch({ control, name: 'endDateOngoing' });
  const idFor = (name: string) => `${idBase}-${name.replace(/\./g, '-')}`;
  const fields = KIND_FIELDS[kind];
  const info = kindText(t, kind);
  const title = entry ? info.edit : info.add;

  const allLocks = useLockedPaths();
  const locked = useMemo(() => (entry && allLocks ? entryLockedFields(allLocks, entry.id) : []), [allLocks, entry]);
  // Locked fields are read-only: their controls are disabled, and saving keeps the stored values.
  useEffect(() => {
    const controls = formRef.current?.elements;
    if (!controls) return;
    for (const el of Array.from(controls) as HTMLInputElement[]) {
      if (el.name && locked.some(({ field }) => el.name === field || el.name.startsWith(`${field}.`))) el.disabled = true;
    }
  }, [locked]);

  useEffect(() => {
    if (!(focus && focusField(formRef.current, focus))) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [focus]);

  const onSubmit = handleSubmit(async (validated) => {
    setSaveError(undefined);
    try {
      // saveEntry validates again (the store's own guard) and fills timestamps and provenance.
      const next = entry && locked.length ? withLockedValues(validated, entry, locked.map((l) => l.field)) : validated;
      const saved = await saveEntry(next as EntryInput);
      toast({ message: saved.organization.name ? t('entryForm.savedAt', { kind: info.singular, organisation: saved.organization.name }) : t('entryForm.saved', { kind: info.singular }) });
      navigate(`#${kind}`);
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const p of error.problems) setError(problemPathToField(p.path) as any, { type: 'server', message: p.message });
        setSaveError(t('entryForm.notSavedFields'));
      } else {
        setSaveError(t('entryForm.notSavedError', { error: (error as Error).message }));
      }
    }
  });

  const problems = flattenErrors(errors);
  const summaryId = `${idBase}-summary`;

  return (
    <form ref={formRef} className="entry-form" onSubmit={onSubmit} noValidate aria-labelledby={`${idBase}--heading`}>
      <h2 id={`${idBase}--heading`}>{title}</h2>
      {problems.length > 0 && (
        <div id={summaryId} className="error-summary" role="alert">
          <p><strong>{t('entryForm.needsAttention', problems.length)}</strong></p>
          <ul>{problems.map((p) => <li key={p.path}>{p.path}: {p.message}</li>)}</ul>
        </div>
      )}
      {locked.length > 0 && (
        <div className="locked-summary">
          {[...new Set(locked.map((l) => l.lock))].map((lock) => <LockedNote key={lock.path} lock={lock} />)}
          <p className="muted">{t('entryForm.readOnly', { fields: locked.map((l) => l.field).join(', ') })}</p>
        </div>
      )}
      <OrgFields prefix="organization" legend={t(ORG_LEGEND[kind])} idBase={idBase} register={register} errors={errors} nameRequired />
      <fieldset>
        <legend>{t('entryForm.details')}</legend>
        <div className="field-grid">
          {fields.map((spec) => <KindField key={spec.name} spec={spec} idFor={idFor} register={register} control={control} errors={errors} />)}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('entryForm.dates')}</legend>
        <div className="field-grid">
          <Field id={idFor('startDate')} label={t('entryForm.startDate')} hint={t(DATE_HINT)} error={errorAt(errors, 'startDate')}>
            {(p) => <input {...p} {...register('startDate')} placeholder="2024-06" />}
          </Field>
          <div>
            <Field id={idFor('endDate')} label={t('entryForm.endDate')} hint={t(DATE_HINT)} error={errorAt(errors, 'endDate')}>
              {(p) => <input {...p} {...register('endDate')} disabled={!!ongoing} placeholder="2025" />}
            </Field>
            <CheckField id={idFor('endDateOngoing')} label={t('entryForm.ongoing')}>
              {(p) => <input {...p} type="checkbox" {...register('endDateOngoing')} />}
            </CheckField>
          </div>
          <Field id={idFor('reviewedAt')} label={t('entryForm.lastReviewed')} hint={t(DATE_HINT)} error={errorAt(errors, 'reviewedAt')}>
            {(p) => <input {...p} {...register('reviewedAt')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('entryForm.notes')}</legend>
        {COMMON_TEXT.map((name) => (
          <Field
            key={name}
            id={idFor(name)}
            label={name === 'description' ? t('entryForm.description') : t('entryForm.privateNotes')}
            hint={name === 'notes' ? t('entryForm.privateNotesHint') : undefined}
            error={errorAt(errors, name)}
            className="field-wide"
          >
            {(p) => <textarea {...p} rows={3} {...register(name)} />}
          </Field>
        ))}
      </fieldset>
      {entry?.provenance && (
        <p className="muted">{entry.provenance.ref ? t('entryForm.sourceRef', { source: entry.provenance.source, ref: entry.provenance.ref }) : t('entryForm.source', { source: entry.provenance.source })}</p>
      )}
      {saveError && <p className="error" role="alert">{saveError}</p>}
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>{t('entryForm.save')}</button>
        <a href={`#${kind}`} className="button secondary">{t('common.cancel')}</a>
      </div>
    </form>
  );
}
