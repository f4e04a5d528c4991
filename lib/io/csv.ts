/**
 * CSV export, one file per entry kind. Columns come from the kind's zod schema, so a new field
 * appears in the export without touching this file. Nested objects are flattened
 * (`organization.name`, `compensation.amount`); lists are joined with "; ".
 */
import type { z } from 'zod';
import { ENTRY_SCHEMAS, type Entry, type EntryKind, type YearEffort } from '@/lib/model';

/** Wrappers that do not change a field's shape for the CSV. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional']);

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  while (WRAPPERS.has(s._zod.def.type)) s = (s._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  return s;
}

/** Dotted column paths of a kind, in schema order; `kind` itself is implied by the file. */
export function csvColumns(kind: EntryKind): string[] {
  const columns: string[] = [];
  const walk = (shape: Record<string, z.core.$ZodType>, prefix: string) => {
    for (const [key, field] of Object.entries(shape)) {
      if (!prefix && key === 'kind') continue;
      const inner = unwrap(field);
      if (inner._zod.def.type === 'object') walk((inner as z.ZodObject).shape, `${prefix}${key}.`);
      else columns.push(prefix + key);
    }
  };
  walk(ENTRY_SCHEMAS[kind].shape, '');
  return columns;
}

function valueAt(entry: Entry, path: string): unknown {
  let value: unknown = entry;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function isEffortList(value: unknown[]): value is YearEffort[] {
  return value.every((v) => v && typeof v === 'object' && 'year' in v && 'personMonths' in v);
}

/** The text of one cell, before quoting. Lists are joined with "; ", keyed records as `key:value`. */
function cellText(path: string, value: unknown): string {
  if (typeof value === 'number') return String(value);
  return neutraliseFormula(plainText(path, value));
}

function plainText(path: string, value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return path === 'endDate' ? 'ongoing' : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length && isEffortList(value)) return value.map((e) => `${e.year}:${e.personMonths}`).join('; ');
    return value.map((v) => plainText(path, v)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${k}:${plainText(path, v)}`).join('; ');
  }
  return String(value);
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a formula; a leading
 * apostrophe makes it plain text (OWASP "CSV injection"). Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (RFC 4180, CRLF line ends, header row) of the entries of one kind; entries of other kinds are skipped. */
export function entriesToCsv(kind: EntryKind, entries: Entry[]): string {
  const columns = csvColumns(kind);
  const rows = entries
    .filter((e) => e.kind === kind)
    .map((e) => columns.map((c) => quote(cellText(c, valueAt(e, c)))).join(','));
  return [columns.map(quote).join(','), ...rows].map((line) => line + '\r\n').join('');
}

/** `candor-<kind>-YYYY-MM-DD.csv` (UTC date). */
export function csvFileName(kind: EntryKind, date: Date = new Date()): string {
  return `candor-${kind}-${date.toISOString().slice(0, 10)}.csv`;
}
