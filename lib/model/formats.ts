import { z } from 'zod';
import { CountryCode, Organization, Timestamp } from './common';
import { ENTRY_SCHEMAS, Entry } from './entries';
import { Profile, SettingsDefaults } from './profile';
import { PortalMap } from './portal';
import { RuleSpec, ScreeningList } from './rules';
import { Checklist, ChecklistAnswers } from './checklists';

/** A template shell: any entry fields, only shellId and kind required; no id or timestamps until applied. */
const shellOf = <S extends z.ZodObject>(schema: S) =>
  schema.omit({ id: true, createdAt: true, updatedAt: true } as never).partial().extend({
    shellId: z.string().min(1).max(200),
    kind: schema.shape.kind,
  });
export const TemplateShell = z.discriminatedUnion('kind', [
  shellOf(ENTRY_SCHEMAS.appointment),
  shellOf(ENTRY_SCHEMAS.consulting),
  shellOf(ENTRY_SCHEMAS.support),
  shellOf(ENTRY_SCHEMAS.inKind),
  shellOf(ENTRY_SCHEMAS.financialInterest),
  shellOf(ENTRY_SCHEMAS.talentProgram),
  shellOf(ENTRY_SCHEMAS.travel),
  shellOf(ENTRY_SCHEMAS.partnership),
]);
export type TemplateShell = z.infer<typeof TemplateShell>;

export const Template = z.strictObject({
  format: z.literal('candor.template'),
  version: z.literal(1),
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(500),
  publishedAt: Timestamp,
  institution: Organization,
  contact: z
    .strictObject({ office: z.string().optional(), email: z.email().optional(), url: z.url().optional() })
    .optional(),
  profileDefaults: z
    .strictObject({
      person: z
        .strictObject({
          primaryOrganization: Organization.optional(),
          homeCountry: CountryCode.optional(),
          department: z.string().optional(),
          positionTitle: z.string().optional(),
        })
        .optional(),
      settings: SettingsDefaults.optional(),
    })
    .optional(),
  entries: z.array(TemplateShell).default([]),
  rulePacks: z.array(z.string().min(1)).default([]),
  customRules: z.array(RuleSpec).default([]),
  portals: z.array(PortalMap).default([]),
  screeningLists: z.array(ScreeningList).default([]),
  /** The institution's own due-diligence checklists, offered beside the bundled ones. */
  checklists: z.array(Checklist).optional(),
  resources: z.array(z.strictObject({ title: z.string().min(1), url: z.url() })).default([]),
  locked: z.array(z.string().min(1)).default([]),
});
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;

export const BACKUP_VERSION = 2;

/** Backup format version 1, frozen: still read (lib/io upgrades it to the current version) and still published as a schema. */
export const BackupV1 = z.strictObject({
  format: z.literal('candor.backup'),
  version: z.literal(1),
  exportedAt: Timestamp,
  profile: Profile,
  entries: z.array(Entry),
  templates: z.array(Template).default([]),
});
export type BackupV1 = z.infer<typeof BackupV1>;

/** Version 2 adds the researcher's checklist answers. */
export const Backup = BackupV1.extend({
  version: z.literal(BACKUP_VERSION),
  checklists: z.array(ChecklistAnswers).optional(),
});
export type Backup = z.infer<typeof Backup>;
export type BackupInput = z.input<typeof Backup>;
