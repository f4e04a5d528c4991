import { z } from 'zod';
import { EntryKind } from './entries';

/**
 * A portal map tells the fill engine how one funder portal labels its disclosure sections.
 * It is data: URL patterns, section rules and field rules, no code.
 */
export const PortalSection = z.strictObject({
  id: z.string().min(1),
  /** Case-insensitive regular expression matched against the section's heading or legend. */
  heading: z.string().optional(),
  /** CSS selector of the section container, when headings are not enough. */
  selector: z.string().optional(),
  /** Entry kind whose entries fill this section's rows. */
  kind: EntryKind.optional(),
  /** Entry filter: field → value or list of values (e.g. status: ["current"]). */
  where: z.record(z.string(), z.unknown()).optional(),
  repeatable: z.boolean().optional(),
  /** Case-insensitive regular expression matched against the text of the "add another" control. */
  addButton: z.string().optional(),
});
export type PortalSection = z.infer<typeof PortalSection>;

export const PortalField = z.strictObject({
  /** Field key, e.g. `support.title`, `person.orcid`. */
  key: z.string().min(1),
  /** CSS selector, matched within the section when `section` is set. */
  selector: z.string().optional(),
  /** Case-insensitive regular expression matched against the inferred label. */
  label: z.string().optional(),
  section: z.string().optional(),
  /** Value format the control expects, e.g. `MM/YYYY`. */
  format: z.string().optional(),
});
export type PortalField = z.infer<typeof PortalField>;

export const PortalMap = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  funder: z.string().optional(),
  /** URL match patterns: `*` matches any run of characters. */
  urlPatterns: z.array(z.string().min(1)).min(1),
  /** Rule pack that applies on this portal (gaps shown in the popup). */
  rulePack: z.string().optional(),
  locale: z.string().optional(),
  sections: z.array(PortalSection).default([]),
  fields: z.array(PortalField).default([]),
});
export type PortalMap = z.infer<typeof PortalMap>;
