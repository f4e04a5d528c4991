import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui';
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
  const id = (f: string) => `${idBase}-${prefix}.${f}`.replace(/\./g, '-');
  const err = (f: string) => errorAt(errors, `${prefix}.${f}`);
  return (
    <fieldset className="org-fields" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="field-grid">
        <Field id={id('name')} label="Organisation name" required={nameRequired} error={err('name')}>
          {(p) => <input {...p} {...register(`${prefix}.name`)} autoComplete="organization" />}
        </Field>
        <Field id={id('country')} label="Country" error={err('country')}>
          {(p) => <CountrySelect {...p} {...register(`${prefix}.country`)} />}
        </Field>
        <Field id={id('city')} label="City" error={err('city')}>
          {(p) => <input {...p} {...register(`${prefix}.city`)} />}
        </Field>
        <Field id={id('region')} label="Region or state" error={err('region')}>
          {(p) => <input {...p} {...register(`${prefix}.region`)} />}
        </Field>
        <Field id={id('rorId')} label="ROR id" hint="For example https://ror.org/03dbr7087" error={err('rorId')}>
          {(p) => <input {...p} {...register(`${prefix}.rorId`)} inputMode="url" />}
        </Field>
        <Field id={id('fundrefId')} label="Crossref Funder id" hint="For example 10.13039/100000001" error={err('fundrefId')}>
          {(p) => <input {...p} {...register(`${prefix}.fundrefId`)} />}
        </Field>
      </div>
    </fieldset>
  );
}
