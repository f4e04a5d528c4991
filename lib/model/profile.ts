import { z } from 'zod';
import { CountryCode, CurrencyCode, Organization, Orcid } from './common';

export const LOCALES = ['en', 'fr', 'de', 'it', 'ja'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Person = z.strictObject({
  givenName: z.string().max(200).optional(),
  familyName: z.string().trim().min(1, 'Family name is required').max(200),
  orcid: Orcid.optional(),
  email: z.email('Not an email address').optional(),
  eraCommonsId: z.string().max(50).optional(),
  homeCountry: CountryCode.optional(),
  primaryOrganization: Organization.optional(),
  department: z.string().max(300).optional(),
  positionTitle: z.string().max(300).optional(),
});
export type Person = z.infer<typeof Person>;

const ReviewIntervalMonths = z.number().int().min(1).max(120);

/** The language of Candor's own pages; "browser" (the default when absent) follows the browser's. */
export const UI_LANGUAGES = ['browser', ...LOCALES] as const;
export const UiLanguage = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Settings = z.strictObject({
  currency: CurrencyCode.default('USD'),
  /** The language narrative drafts are written in (not the UI's: that is uiLanguage). */
  locale: Locale.default('en'),
  uiLanguage: UiLanguage.optional(),
  reviewIntervalMonths: ReviewIntervalMonths.default(12),
});
export type Settings = z.infer<typeof Settings>;

/** Settings a template proposes: each optional and without defaults, so absent means "not proposed". */
export const SettingsDefaults = z.strictObject({
  currency: CurrencyCode.optional(),
  locale: Locale.optional(),
  reviewIntervalMonths: ReviewIntervalMonths.optional(),
});

export const DEFAULT_SETTINGS: Settings = { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 };

export const Profile = z.strictObject({
  person: Person,
  settings: Settings.default(DEFAULT_SETTINGS),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;
