import { useState } from 'react';
import { z } from 'zod';
import { ENTRY_SCHEMAS, type EntryKind, type Problem } from '@/lib/model';
import { completePendingShell, type AppliedShell } from '@/lib/templates';
import { kindText } from '@/lib/ui';
import { useT } from '@/components/ui';

/** The top-level entry fields a pending shell still needs, with the control each wants. */
function missingFields(kind: EntryKind, problems: Problem[]) {
  const shape = ENTRY_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  const names = [...new Set(problems.map((p) => p.path.split(/[.[]/)[0]))].filter((n) => n in shape);
  return names.map((name) => {
    let schema: z.ZodType = shape[name];
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = (schema as z.ZodOptional<z.ZodType>).unwrap() as z.ZodType;
    const control = schema instanceof z.ZodBoolean ? 'boolean' : schema instanceof z.ZodEnum ? 'enum' : name === 'organization' ? 'organization' : 'text';
    return { name, control, options: schema instanceof z.ZodEnum ? (schema.options as string[]) : [] };
  });
}

/** "Complete this entry": asks only for what the shell's kind requires and the template left out. */
export function CompleteShell({ templateId, shellId, shell }: { templateId: string; shellId: string; shell: AppliedShell }) {
  const t = useT();
  const kind = shell.pending?.kind as EntryKind;
  const fields = missingFields(kind, shell.problems ?? []);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const org = shell.pending?.organization as { name?: string } | undefined;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await completePendingShell(templateId, shellId, values);
    setProblems(result.ok ? [] : result.reasons);
  };
  return (
    <form onSubmit={submit} aria-label={t('templates.completeLabel', { id: shellId })} className="complete-shell">
      <p>
        {org?.name ? t('templates.completeAt', { kind: kindText(t, kind).singular, organisation: org.name }) : t('templates.completeKind', { kind: kindText(t, kind).singular })}
      </p>
      {fields.map((f) => (
        <label key={f.name}>
          {f.name}{' '}
          {f.control === 'boolean' ? (
            <select required defaultValue="" onChange={(e) => setValues({ ...values, [f.name]: e.target.value === 'yes' })}>
              <option value="" disabled>{t('templates.choose')}</option><option value="yes">{t('templates.yes')}</option><option value="no">{t('templates.no')}</option>
            </select>
          ) : f.control === 'enum' ? (
            <select required defaultValue="" onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}>
              <option value="" disabled>{t('templates.choose')}</option>
              {f.options.map((o) => <option key={o}>{o}</option>)}
            </select>
          ) : (
            <input required onChange={(e) => setValues({ ...values, [f.name]: f.control === 'organization' ? { name: e.target.value } : e.target.value })} />
          )}
        </label>
      ))}
      <button type="submit">{t('templates.complete')}</button>
      {problems.length > 0 && <ul role="alert">{problems.map((p) => <li key={p.path}>{p.path}: {p.message}</li>)}</ul>}
    </form>
  );
}
