import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, useT } from '@/components/ui';
import { CountrySelect } from './pickers';
import { errorAt } from './resolver';

/** Organisation sub-form under `prefix` (e.g. `organization` or `person.primaryOrganization`). */
export function OrgFields({
  prefix, legend, idBase, register, errors, nameRequired, disabled,
}: {
  prefix: string;
  legend: string;
  idBase: string;
  register: UseFormRegister<any>;
  errors: FieldErrors;
  nameRequired: boolean;
  disabled?: boolean;
}) {
  const t = useT();
  const id = (f: string) => `${idBase}-${prefix}.${f}`.replace(/\./g, '-');
  const err = (f: string) => errorAt(errors, `${prefix}.${f}`);
  return (
    <fieldset className="org-fields" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="field-grid">
        <Field id={id('name')} label={t('org.name')} required={nameRequired} error={err('name')}>
          {(p) => <input {...p} {...register(`${prefix}.name`)} autoComplete="organization" />}
        </Field>
        <Field id={id('country')} label={t('org.country')} error={err('country')}>
          {(p) => <CountrySelect {...p} {...register(`${prefix}.country`)} />}
        </Field>
        <Field id={id('city')} label={t('org.city')} error={err('city')}>
          {(p) => <input {...p} {...register(`${prefix}.city`)} />}
        </Field>
        <Field id={id('region')} label={t('org.region')} error={err('region')}>
          {(p) => <input {...p} {...register(`${prefix}.region`)} />}
        </Field>
        <Field id={id('rorId')} label={t('org.rorId')} hint={t('org.rorHint')} error={err('rorId')}>
          {(p) => <input {...p} {...register(`${prefix}.rorId`)} inputMode="url" />}
        </Field>
        <Field id={id('fundrefId')} label={t('org.fundrefId')} hint={t('org.fundrefHint')} error={err('fundrefId')}>
          {(p) => <input {...p} {...register(`${prefix}.fundrefId`)} />}
        </Field>
      </div>
    </fieldset>
  );
}
