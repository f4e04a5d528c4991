/** Entry ⇄ form values, driven by KIND_FIELDS so every field converts the same way it renders. */
import type { Entry, EntryInput, EntryKind } from '@/lib/model';
import { KIND_FIELDS, type FieldSpec } from './entry-fields';
import { compact, emptyOrg, fromYesNo, num, orgFromForm, orgToForm, text, yesNo, type FormValues } from './form-values';

/** Fields every kind has (besides organisation), rendered after the kind's own fields. */
export const COMMON_TEXT = ['description', 'notes'] as const;

function fieldToForm(spec: FieldSpec, value: any, currency: string): unknown {
  switch (spec.type) {
    case 'check': return !!value;
    case 'yesno': return fromYesNo(value);
    case 'number': return value === undefined ? '' : String(value);
    case 'money': return { amount: value?.amount === undefined ? '' : String(value.amount), currency: value?.currency ?? currency };
    case 'effort': return (value ?? []).map((r: { year: number; personMonths: number }) => ({ year: String(r.year), personMonths: String(r.personMonths) }));
    case 'multi': return value ?? [];
    case 'malign': return Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, fromYesNo(v as boolean)]));
    case 'select': return value ?? (spec.required ? spec.options[0] : '');
    default: return value ?? '';
  }
}

function fieldFromForm(spec: FieldSpec, value: any): unknown {
  switch (spec.type) {
    case 'check': return !!value;
    case 'yesno': return yesNo(value);
    case 'number': return num(value);
    case 'money': {
      const amount = num(value?.amount);
      return amount === undefined ? undefined : { amount, currency: value?.currency };
    }
    case 'effort': {
      const rows = ((value ?? []) as FormValues[])
        .filter((r) => text(r.year) !== undefined || text(r.personMonths) !== undefined)
        .map((r) => ({ year: num(r.year), personMonths: num(r.personMonths) }));
      return rows;
    }
    case 'multi': {
      const list = Array.isArray(value) ? value : value ? [value] : [];
      return list.length ? list : undefined;
    }
    case 'malign': {
      const answers = compact(Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, yesNo(v)])));
      return Object.keys(answers).length ? answers : undefined;
    }
    // A required text stays "" when blank, so the schema's own message ("Name the programme") shows.
    default: return text(value) ?? ('required' in spec && spec.required ? '' : undefined);
  }
}

/** Default form values for a new entry of `kind`, or the values of an existing entry. */
export function entryToForm(kind: EntryKind, entry: Partial<Entry> | undefined, currency: string): FormValues {
  const e = (entry ?? {}) as Record<string, any>;
  const values: FormValues = {
    organization: entry?.organization ? orgToForm(entry.organization) : emptyOrg(),
    startDate: e.startDate ?? '',
    endDate: e.endDate ?? '',
    endDateOngoing: e.endDate === null,
    reviewedAt: e.reviewedAt ?? '',
  };
  for (const f of COMMON_TEXT) values[f] = e[f] ?? '';
  for (const spec of KIND_FIELDS[kind]) values[spec.name] = fieldToForm(spec, e[spec.name], currency);
  return values;
}

/**
 * The entry the form describes: `original` supplies what the form does not show (id, provenance,
 * timestamps); every field the form shows is replaced, and blank ones are removed.
 */
export function formToEntry(kind: EntryKind, values: FormValues, original?: Partial<Entry>): EntryInput {
  const out: Record<string, unknown> = { ...(original ?? {}), kind };
  out.organization = orgFromForm(values.organization, false);
  out.startDate = text(values.startDate);
  out.endDate = values.endDateOngoing ? null : text(values.endDate);
  out.reviewedAt = text(values.reviewedAt);
  for (const f of COMMON_TEXT) out[f] = text(values[f]);
  for (const spec of KIND_FIELDS[kind]) out[spec.name] = fieldFromForm(spec, values[spec.name]);
  return compact(out) as EntryInput;
}
