import { z } from 'zod';
import { COUNTRY_CODES, CURRENCY_CODES, isRealPartialDate, isValidOrcid } from './codes';

export const PartialDate = z
  .string()
  .refine(isRealPartialDate, { message: 'Use a date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-06 or 2024-06-15)' })
  .meta({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$', description: 'ISO-8601 partial date: YYYY, YYYY-MM or YYYY-MM-DD' });
export type PartialDate = z.infer<typeof PartialDate>;

export const Timestamp = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]);

export const CountryCode = z.enum(COUNTRY_CODES as [string, ...string[]], {
  error: (issue) => `Not an ISO 3166-1 alpha-2 country code: ${JSON.stringify(issue.input)}`,
});
export const CurrencyCode = z.enum(CURRENCY_CODES as [string, ...string[]], {
  error: (issue) => `Not an ISO 4217 currency code: ${JSON.stringify(issue.input)}`,
});

export const Orcid = z
  .string()
  .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'An ORCID iD looks like 0000-0002-1825-0097')
  .refine(isValidOrcid, { message: 'This ORCID iD fails its check digit (ISO 7064 11,2): check for a typo' });

export const RorId = z
  .string()
  .regex(/^https:\/\/ror\.org\/0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$/, 'A ROR id looks like https://ror.org/03dbr7087');

export const FundrefId = z.string().regex(/^10\.13039\/\d+$/, 'A Crossref Funder id looks like 10.13039/100000001');

export const Organization = z.strictObject({
  name: z.string().trim().min(1, 'Organisation name is required').max(500),
  rorId: RorId.optional(),
  fundrefId: FundrefId.optional(),
  city: z.string().max(200).optional(),
  region: z.string().max(200).optional(),
  country: CountryCode.optional(),
});
export type Organization = z.infer<typeof Organization>;

export const Money = z.strictObject({
  amount: z.number().finite().nonnegative('Amounts cannot be negative'),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** Person-months worked in one calendar year. */
export const YearEffort = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  // Range (0–12, two decimals) is a gap the rules report, not a parse error, so nothing typed is lost.
  personMonths: z.number().finite(),
});
export type YearEffort = z.infer<typeof YearEffort>;
