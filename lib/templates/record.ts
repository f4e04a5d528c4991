import type { Problem, Template } from '@/lib/model';
import type { Change } from './diff';

/** Where an applied template came from. */
export type TemplateOrigin =
  | { kind: 'file'; name?: string }
  | { kind: 'url'; url: string }
  | { kind: 'policy'; url?: string };

/** A shell the template added, or one kept aside until the researcher completes it. */
export interface AppliedShell {
  entryId: string;
  /** Field → value the template wrote and still owns (the researcher has not changed it since). */
  set: Record<string, unknown>;
  /** `pending`: required fields are missing, so it is not an entry yet (see `pending`). */
  status: 'added' | 'pending';
  /** The partial entry awaiting completion, with the problems that keep it from being an entry. */
  pending?: Record<string, unknown>;
  problems?: Problem[];
}

/** Stored in `meta` under `templates.applied.<templateId>`: what the template wrote, so a newer version updates only that. */
export interface AppliedTemplateRecord {
  templateId: string;
  publishedAt: string;
  sha256?: string;
  origin: TemplateOrigin;
  appliedAt: string;
  /** Profile path → value the template filled and still owns. */
  profileSet: Record<string, unknown>;
  /** Profile defaults waiting for a profile to exist (a profile needs the researcher's family name first). */
  profilePending: Record<string, unknown>;
  shells: Record<string, AppliedShell>;
}

/** A newer version fetched by a subscription or policy, waiting for the researcher to review its diff. */
export interface StagedUpdate {
  template: Template;
  sha256?: string;
  origin: TemplateOrigin;
  diff: Change[];
  fetchedAt: string;
}

export const META = {
  applied: (templateId: string) => `templates.applied.${templateId}`,
  staged: (templateId: string) => `templates.staged.${templateId}`,
  subscriptions: 'templates.subscriptions',
  policy: 'templates.policy',
} as const;

export const shellEntryId = (templateId: string, shellId: string) => `tpl:${templateId}:${shellId}`;
export const shellRef = (template: Pick<Template, 'id' | 'publishedAt'>, shellId: string) => `${template.id}#${shellId}@${template.publishedAt}`;
