import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { get } from 'react-hook-form';
import type { z } from 'zod';
import type { FormValues } from './form-values';

/**
 * zodResolver over the model schema, applied to the converted form values (blank → undefined,
 * numbers parsed), so the errors carry the model's paths and messages.
 */
export function modelResolver(schema: z.ZodType, toModel: (values: FormValues) => unknown): Resolver<FormValues> {
  const inner = zodResolver(schema as any) as unknown as Resolver<any>;
  return async (values, context, options) => {
    const result = await inner(toModel(values), context, options);
    return Object.keys(result.errors).length ? { values: {}, errors: result.errors } : { values: result.values, errors: {} };
  };
}

/** The message of the error at `path`, if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown } | undefined;
  return typeof e?.message === 'string' && e.message ? e.message : undefined;
}

/** Every error message in a nested errors object, with its path — for the summary at the top of a form. */
export function flattenErrors(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const v = value as any;
    if (typeof v.message === 'string' && v.message) out.push({ path, message: v.message });
    if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (['message', 'type', 'ref', 'types', 'root'].includes(k) || !child || typeof child !== 'object') continue;
        out.push(...flattenErrors({ [k]: child } as FieldErrors, path));
      }
    }
  }
  return out;
}
