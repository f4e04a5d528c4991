/**
 * Form values ⇄ model objects. Forms hold what people type (strings, checkboxes); the model holds
 * typed values where an unanswered optional field is absent — never "" or NaN.
 */
import type { Organization } from '@/lib/model';

export type FormValues = Record<string, any>;

/** Trimmed text, or undefined when blank. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** A number typed into a field, or undefined when blank. Non-numbers stay as text so validation names them. */
export function num(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  const t = text(value);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

/** yes/no/unanswered select → true/false/undefined. */
export function yesNo(value: unknown): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

export function fromYesNo(value: boolean | undefined): '' | 'yes' | 'no' {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/** Removes keys whose value is undefined, so optional fields are absent. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) if (obj[key] === undefined) delete obj[key];
  return obj;
}

const ORG_FIELDS = ['name', 'rorId', 'fundrefId', 'city', 'region', 'country'] as const;

export function emptyOrg(): FormValues {
  return Object.fromEntries(ORG_FIELDS.map((f) => [f, '']));
}

export function orgToForm(org: Organization | undefined): FormValues {
  return Object.fromEntries(ORG_FIELDS.map((f) => [f, org?.[f] ?? '']));
}

/** Organisation from the form; `optional` returns undefined when every field is blank. */
export function orgFromForm(values: FormValues | undefined, optional: boolean): Organization | undefined {
  const org = compact(Object.fromEntries(ORG_FIELDS.map((f) => [f, text(values?.[f])])));
  if (optional && Object.keys(org).length === 0) return undefined;
  // A required organisation keeps a blank name as "" so validation reports organization.name.
  return { name: '', ...org } as Organization;
}

/** `entries[3].startDate` / `effort[0].year` → react-hook-form's `effort.0.year`. */
export function problemPathToField(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
