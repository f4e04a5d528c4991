import { ENTRY_KINDS, Template, listProblems, type EntryKind, type Problem, type TemplateInput } from '@/lib/model';

/** The authoring form's state: plain strings as typed, turned into a template by buildTemplate(). */
export interface ShellDraft { shellId: string; kind: EntryKind; organizationIsInstitution: boolean; organizationName: string; role: string; extraJson: string }
export interface RuleDraft {
  id: string; severity: 'error' | 'warning' | 'info'; kind: string; whereJson: string;
  checkType: 'required' | 'builtin'; required: string; builtin: string; paramsJson: string; message: string; citation: string;
}
export interface AuthorDraft {
  id: string; title: string; publishedAt: string;
  institution: { name: string; rorId: string; city: string; region: string; country: string };
  contact: { office: string; email: string; url: string };
  defaults: { institutionIsPrimary: boolean; homeCountry: string; department: string; positionTitle: string; reviewIntervalMonths: string; currency: string };
  shells: ShellDraft[];
  rulePacks: string[];
  rules: RuleDraft[];
  portalsJson: string;
  screeningListsJson: string;
  resources: { title: string; url: string }[];
  locked: string[];
}

export const RULE_KINDS = [...ENTRY_KINDS, 'profile', 'any'] as const;

export const emptyShell = (i: number): ShellDraft => ({
  shellId: `shell-${i + 1}`, kind: 'appointment', organizationIsInstitution: true, organizationName: '', role: '', extraJson: '{}',
});
export const emptyRule = (i: number): RuleDraft => ({
  id: `rule-${i + 1}`, severity: 'warning', kind: 'consulting', whereJson: '', checkType: 'required', required: '', builtin: '', paramsJson: '', message: '', citation: '',
});

export function emptyDraft(today = new Date().toISOString().slice(0, 10)): AuthorDraft {
  return {
    id: '', title: '', publishedAt: today,
    institution: { name: '', rorId: '', city: '', region: '', country: '' },
    contact: { office: '', email: '', url: '' },
    defaults: { institutionIsPrimary: true, homeCountry: '', department: '', positionTitle: '', reviewIntervalMonths: '', currency: '' },
    shells: [], rulePacks: [], rules: [], portalsJson: '[]', screeningListsJson: '[]', resources: [], locked: [],
  };
}

/** Drops blank strings so optional fields are absent rather than empty. */
const compact = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;
const nonEmpty = (o: object) => (Object.keys(o).length ? o : undefined);

/** Turns the form into a template object, and every problem (JSON syntax and schema) with its path. */
export function buildTemplate(d: AuthorDraft): { value: TemplateInput; problems: Problem[]; template?: Template } {
  const problems: Problem[] = [];
  const json = (text: string, path: string, fallback: unknown) => {
    if (!text.trim()) return fallback;
    try {
      return JSON.parse(text);
    } catch (e) {
      problems.push({ path, message: `Not valid JSON: ${(e as Error).message}` });
      return fallback;
    }
  };
  const institution = compact(d.institution);
  const value = {
    format: 'candor.template', version: 1, id: d.id, title: d.title, publishedAt: d.publishedAt,
    institution,
    contact: nonEmpty(compact(d.contact)),
    profileDefaults: nonEmpty(compact({
      person: nonEmpty(compact({
        primaryOrganization: d.defaults.institutionIsPrimary ? institution : undefined,
        homeCountry: d.defaults.homeCountry, department: d.defaults.department, positionTitle: d.defaults.positionTitle,
      })),
      settings: nonEmpty(compact({
        reviewIntervalMonths: d.defaults.reviewIntervalMonths ? Number(d.defaults.reviewIntervalMonths) : undefined,
        currency: d.defaults.currency,
      })),
    })),
    entries: d.shells.map((s, i) => ({
      ...(json(s.extraJson, `entries[${i}] (more fields, JSON)`, {}) as object),
      shellId: s.shellId, kind: s.kind,
      ...(s.organizationIsInstitution ? { organization: institution } : s.organizationName ? { organization: { name: s.organizationName } } : {}),
      ...(s.role ? { role: s.role } : {}),
    })),
    rulePacks: d.rulePacks,
    customRules: d.rules.map((r, i) => ({
      id: r.id, severity: r.severity,
      appliesTo: { kind: r.kind, ...(r.whereJson.trim() ? { where: json(r.whereJson, `customRules[${i}].appliesTo.where (JSON)`, {}) } : {}) },
      check: r.checkType === 'required'
        ? { required: r.required.split(',').map((p) => p.trim()).filter(Boolean) }
        : { builtin: r.builtin, ...(r.paramsJson.trim() ? { params: json(r.paramsJson, `customRules[${i}].check.params (JSON)`, {}) } : {}) },
      message: r.message,
      citation: r.citation.trim().startsWith('{') ? json(r.citation, `customRules[${i}].citation (JSON)`, r.citation) : r.citation,
    })),
    portals: json(d.portalsJson, 'portals (JSON)', []),
    screeningLists: json(d.screeningListsJson, 'screeningLists (JSON)', []),
    resources: d.resources,
    locked: d.locked,
  } as TemplateInput;
  const parsed = Template.safeParse(value);
  if (!parsed.success) problems.push(...listProblems(parsed.error));
  return { value, problems, template: problems.length ? undefined : parsed.data };
}

/** Loads an existing template into the form, so an office can revise last year's. */
export function draftFromTemplate(t: Template): AuthorDraft {
  const inst = t.institution;
  const str = (v: unknown) => (v === undefined ? '' : String(v));
  const sameOrg = (o: unknown) => JSON.stringify(o) === JSON.stringify(inst);
  return {
    id: t.id, title: t.title, publishedAt: t.publishedAt,
    institution: { name: inst.name, rorId: str(inst.rorId), city: str(inst.city), region: str(inst.region), country: str(inst.country) },
    contact: { office: str(t.contact?.office), email: str(t.contact?.email), url: str(t.contact?.url) },
    defaults: {
      institutionIsPrimary: sameOrg(t.profileDefaults?.person?.primaryOrganization),
      homeCountry: str(t.profileDefaults?.person?.homeCountry), department: str(t.profileDefaults?.person?.department),
      positionTitle: str(t.profileDefaults?.person?.positionTitle),
      reviewIntervalMonths: str(t.profileDefaults?.settings?.reviewIntervalMonths), currency: str(t.profileDefaults?.settings?.currency),
    },
    shells: t.entries.map((s) => {
      const { shellId, kind, organization, role, ...extra } = s as Record<string, unknown> & { shellId: string; kind: EntryKind; organization?: { name: string }; role?: string };
      return {
        shellId, kind, organizationIsInstitution: sameOrg(organization), organizationName: sameOrg(organization) ? '' : str(organization?.name),
        role: str(role), extraJson: JSON.stringify(extra, null, 1),
      };
    }),
    rulePacks: t.rulePacks,
    rules: t.customRules.map((r) => ({
      id: r.id, severity: r.severity, kind: r.appliesTo.kind, whereJson: r.appliesTo.where ? JSON.stringify(r.appliesTo.where) : '',
      checkType: 'required' in r.check ? 'required' : 'builtin',
      required: 'required' in r.check ? r.check.required.join(', ') : '',
      builtin: 'builtin' in r.check ? r.check.builtin : '', paramsJson: 'builtin' in r.check && r.check.params ? JSON.stringify(r.check.params) : '',
      message: r.message, citation: typeof r.citation === 'string' ? r.citation : JSON.stringify(r.citation),
    })),
    portalsJson: JSON.stringify(t.portals, null, 2), screeningListsJson: JSON.stringify(t.screeningLists, null, 2),
    resources: t.resources, locked: t.locked,
  };
}
