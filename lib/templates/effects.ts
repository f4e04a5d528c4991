import type { PortalMap, RulePack, ScreeningList, Template } from '@/lib/model';

export interface TemplateContact { templateId: string; institution: string; office?: string; email?: string; url?: string }
export interface TemplateResource { templateId: string; institution: string; title: string; url: string }
export interface Lock { path: string; by: string; templateId: string }

export interface TemplateEffects {
  /** Built-in rule pack ids the templates ask for (deduplicated). */
  rulePacks: string[];
  /** Each template's custom rules as one pack titled with the institution's name. */
  customPacks: RulePack[];
  portals: PortalMap[];
  screeningLists: ScreeningList[];
  resources: TemplateResource[];
  contacts: TemplateContact[];
  locked: Lock[];
}

/** Who locked a path, as shown next to the read-only field. */
export const lockOwner = (t: Template) => (t.contact?.office ? `${t.contact.office}, ${t.institution.name}` : t.institution.name);

/** What the applied templates contribute to gaps (D), filling (E), the popup and the editor (A). Pure. */
export function activeTemplateEffects(templates: readonly Template[]): TemplateEffects {
  const uniqueBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];
  return {
    rulePacks: [...new Set(templates.flatMap((t) => t.rulePacks))],
    customPacks: templates
      .filter((t) => t.customRules.length)
      .map((t) => ({
        id: `template:${t.id}`,
        title: t.institution.name,
        source: { title: t.title, ...(t.contact?.url ? { url: t.contact.url } : {}), date: t.publishedAt },
        rules: t.customRules,
      })),
    portals: uniqueBy(templates.flatMap((t) => t.portals), (p) => p.id),
    screeningLists: uniqueBy(templates.flatMap((t) => t.screeningLists), (l) => l.id),
    resources: templates.flatMap((t) => t.resources.map((r) => ({ templateId: t.id, institution: t.institution.name, ...r }))),
    contacts: templates.filter((t) => t.contact).map((t) => ({ templateId: t.id, institution: t.institution.name, ...t.contact })),
    locked: templates.flatMap((t) => t.locked.map((path) => ({ path, by: lockOwner(t), templateId: t.id }))),
  };
}

/**
 * Lock paths are profile paths (`person.primaryOrganization`, `settings.reviewIntervalMonths`) or a
 * shell's field as `entries.<shellId>.<field>`, which locks that field on the entry `tpl:<template>:<shellId>`.
 * Returns the lock on `path` (for an entry field pass the entry id and the field path), if any.
 */
export function findLock(locks: readonly Lock[], path: string, entryId?: string): Lock | undefined {
  return locks.find((lock) => {
    if (!entryId) return lock.path === path || path.startsWith(`${lock.path}.`);
    const m = /^entries\.([^.]+)\.(.+)$/.exec(lock.path);
    return !!m && entryId === `tpl:${lock.templateId}:${m[1]}` && (path === m[2] || path.startsWith(`${m[2]}.`));
  });
}

/** The fields of one entry that a template locks (paths relative to the entry), with the lock that holds each. */
export function entryLockedFields(locks: readonly Lock[], entryId: string): { field: string; lock: Lock }[] {
  return locks.flatMap((lock) => {
    const m = /^entries\.([^.]+)\.(.+)$/.exec(lock.path);
    return m && entryId === `tpl:${lock.templateId}:${m[1]}` ? [{ field: m[2], lock }] : [];
  });
}

/** `next` with every locked field put back to its stored value, whatever the form held. */
export function withLockedValues<T extends object>(next: T, stored: object, fields: readonly string[]): T {
  const out = structuredClone(next) as Record<string, unknown>;
  for (const field of fields) {
    const keys = field.split('.');
    let from: unknown = stored;
    for (const k of keys) from = (from as Record<string, unknown> | undefined)?.[k];
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (from === undefined) delete to[last];
    else to[last] = structuredClone(from);
  }
  return out as T;
}

/** Rule packs for the gap engine: the given built-in packs plus each template's own rules as a pack titled with the institution. */
export function packsWithTemplates(builtin: readonly RulePack[], templates: readonly Template[]): RulePack[] {
  return [...builtin, ...activeTemplateEffects(templates).customPacks];
}

/** Screening lists for the gap engine: the given ones plus the templates' lists (a template list replaces a bundled one with the same id). */
export function screeningListsWithTemplates(builtin: readonly ScreeningList[], templates: readonly Template[]): ScreeningList[] {
  const fromTemplates = activeTemplateEffects(templates).screeningLists;
  const ids = new Set(fromTemplates.map((l) => l.id));
  return [...builtin.filter((l) => !ids.has(l.id)), ...fromTemplates];
}
