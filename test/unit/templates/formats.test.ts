import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { formatJsonSchemas } from '@/lib/io/json-schema';
import { Template, type Entry, type Profile } from '@/lib/model';
import { evaluate } from '@/lib/rules';
import { activeTemplateEffects, findLock } from '@/lib/templates';
import { chromeManagedSchema } from '@/lib/templates/managed-schema';
import { fixture } from './helpers';

const root = process.cwd();
const read = (p: string) => readFileSync(path.resolve(root, p), 'utf8');

describe('the DESIGN.md example template (written from DESIGN.md alone)', () => {
  it('validates with the zod schema and the shipped JSON Schema', () => {
    expect(Template.safeParse(fixture()).success).toBe(true);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(formatJsonSchemas()['candor.template.v1.json']);
    expect(validate(fixture()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...fixture(), format: 'candor.backup' })).toBe(false);
  });
});

describe('template effects', () => {
  const template = Template.parse(fixture());

  it('collects packs, custom rules under the institution name, maps, lists, resources, contacts and locks', () => {
    const effects = activeTemplateEffects([template]);
    expect(effects.rulePacks).toEqual(['g7-core', 'us-common-forms']);
    expect(effects.customPacks).toHaveLength(1);
    expect(effects.customPacks[0]).toMatchObject({ id: 'template:edu.example.research-office', title: 'University of Toronto' });
    expect(effects.portals.map((p) => p.id)).toEqual(['example-internal-coi']);
    expect(effects.screeningLists.map((l) => l.id)).toEqual(['example-restricted-partners']);
    expect(effects.resources[0]).toMatchObject({ title: 'Trusted research training', institution: 'University of Toronto' });
    expect(effects.contacts[0].office).toBe('Research Security Office');
    expect(effects.locked).toEqual([{ path: 'person.primaryOrganization', by: 'Research Security Office, University of Toronto', templateId: template.id }]);
  });

  it('a custom rule produces a gap through the gap engine, and template screening lists match', () => {
    const effects = activeTemplateEffects([template]);
    const profile: Profile = { person: { familyName: 'Okafor', homeCountry: 'CA' }, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 } };
    const consulting = { id: 'c1', kind: 'consulting', organization: { name: 'Acme Corp' }, compensated: true } as Entry;
    const gaps = evaluate(profile, [consulting], effects.customPacks, { today: '2026-11-24' });
    expect(gaps.map((g) => [g.ruleId, g.packId, g.entryId])).toContainEqual([
      'template:edu.example.research-office/example.consulting-amount', 'template:edu.example.research-office', 'c1',
    ]);
    // An unpaid consulting entry does not match the rule's `where`.
    expect(evaluate(profile, [{ ...consulting, compensated: false } as Entry], effects.customPacks, { today: '2026-11-24' })).toEqual([]);
    const partner = { id: 'p1', kind: 'partnership', organization: { name: 'Example Restricted Institute' }, project: 'X' } as Entry;
    const screeningPack = { id: 'screen', title: 'screen', source: { title: 's' }, rules: [{ id: 's', severity: 'warning' as const, appliesTo: { kind: 'any' as const }, check: { builtin: 'screeningMatch' }, message: 'm', citation: 'c' }] };
    const matched = evaluate(profile, [partner], [screeningPack], { today: '2026-11-24', screeningLists: effects.screeningLists });
    expect(matched.map((g) => g.entryId)).toContain('p1');
  });

  it('finds locks on profile paths and on shell fields', () => {
    const locks = [
      { path: 'person.primaryOrganization', by: 'Office', templateId: 't' },
      { path: 'entries.primary-appointment.organization', by: 'Office', templateId: 't' },
    ];
    expect(findLock(locks, 'person.primaryOrganization.name')?.by).toBe('Office');
    expect(findLock(locks, 'person.department')).toBeUndefined();
    expect(findLock(locks, 'organization', 'tpl:t:primary-appointment')?.path).toBe('entries.primary-appointment.organization');
    expect(findLock(locks, 'organization', 'tpl:t:other')).toBeUndefined();
  });
});

describe('enterprise policy schema and examples', () => {
  const shipped = JSON.parse(read('public/managed_schema.json'));

  it('public/managed_schema.json is generated from the template schema', () => {
    expect(shipped).toEqual(chromeManagedSchema());
  });

  it("is in Chrome's dialect: one type per node, no unions, no top-level additionalProperties", () => {
    const allowed = new Set(['type', 'description', 'title', 'properties', 'additionalProperties', 'items', 'enum', 'id', '$ref']);
    const walk = (node: Record<string, unknown>, at: string) => {
      expect(typeof node.type, at).toBe('string');
      for (const key of Object.keys(node)) expect(allowed.has(key), `${at}.${key}`).toBe(true);
      for (const [k, v] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) walk(v, `${at}.${k}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${at}[]`);
      if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>, `${at}{}`);
    };
    walk(shipped, '(top)');
    expect(shipped.type).toBe('object');
    expect(shipped.additionalProperties).toBeUndefined();
    expect(Object.keys(shipped.properties)).toEqual(['template', 'templateJson', 'templateUrl', 'templateSha256']);
  });

  /** Chrome's check of a policy value (SCHEMA_ALLOW_UNKNOWN): unknown keys are dropped, a wrong type invalidates the policy. */
  function chromeAccepts(schema: Record<string, any>, value: unknown): boolean {
    switch (schema.type) {
      case 'object':
        if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
        return Object.entries(value).every(([k, v]) => {
          const sub = schema.properties?.[k] ?? schema.additionalProperties;
          return !sub || chromeAccepts(sub, v);
        });
      case 'array': return Array.isArray(value) && value.every((v) => chromeAccepts(schema.items, v));
      case 'string': return typeof value === 'string' && (!schema.enum || schema.enum.includes(value));
      case 'integer': return Number.isInteger(value) && (!schema.enum || schema.enum.includes(value));
      case 'number': return typeof value === 'number';
      case 'boolean': return typeof value === 'boolean';
      default: return false;
    }
  }

  it('accepts the documented inline template, and refuses (never silently alters) values it cannot describe', () => {
    const inline = JSON.parse(read('docs/policies/chrome-managed-policy-inline.json'));
    const policy = Object.values(inline['3rdparty'].extensions as Record<string, object>)[0];
    expect(chromeAccepts(shipped, policy)).toBe(true);
    // A rule's free-form `where` (here a boolean) and a null country do not fit Chrome's dialect: such
    // templates go in templateJson or templateUrl (docs/policies/README.md).
    expect(chromeAccepts(shipped, { template: fixture() })).toBe(false);
    expect(chromeAccepts(shipped, { templateJson: JSON.stringify(fixture()) })).toBe(true);
  });

  it('the documented policy examples carry the Firefox id, the inline template or a 64-hex pin', () => {
    const chrome = JSON.parse(read('docs/policies/chrome-managed-policy.json'));
    const [[id, ext]] = Object.entries(chrome['3rdparty'].extensions) as [string, { templateUrl: string; templateSha256: string }][];
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(ext.templateSha256).toMatch(/^[0-9a-f]{64}$/);
    const inline = JSON.parse(read('docs/policies/chrome-managed-policy-inline.json'));
    expect(Template.safeParse(Object.values(inline['3rdparty'].extensions as Record<string, { template: unknown }>)[0].template).success).toBe(true);
    const firefox = JSON.parse(read('docs/policies/firefox-policies.json'));
    expect(Object.keys(firefox.policies['3rdparty'].Extensions)).toEqual(['candor@candor-disclosure.org']);
    expect(read('wxt.config.ts')).toContain("'candor@candor-disclosure.org'");
  });
});

describe('effects helpers for the gap engine', () => {
  it('adds template packs after the built-in ones, and template screening lists replace same-id bundled lists', async () => {
    const { packsWithTemplates, screeningListsWithTemplates } = await import('@/lib/templates');
    const template = Template.parse(fixture());
    const builtinPack = { id: 'g7-core', title: 'G7', source: { title: 'G7' }, rules: [] };
    expect(packsWithTemplates([builtinPack], [template]).map((p) => p.id)).toEqual(['g7-core', 'template:edu.example.research-office']);
    const bundled = { ...template.screeningLists[0], title: 'old' };
    const other = { ...bundled, id: 'other' };
    expect(screeningListsWithTemplates([bundled, other], [template]).map((l) => [l.id, l.title])).toEqual([
      ['other', 'old'], ['example-restricted-partners', 'Example University restricted partners'],
    ]);
  });
});
