import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RulePack } from '@/lib/model';
import { BUILTIN_PACKS, BUILTINS, loadPack, packById } from '@/lib/rules';

const dir = path.resolve(process.cwd(), 'lib/rules/packs');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('rule packs', () => {
  it('every pack file validates and is bundled', () => {
    expect(files.sort()).toEqual(['ca-research-security.json', 'erc.json', 'g7-core.json', 'jp-erad.json', 'uk-trusted-research.json', 'us-common-forms.json']);
    for (const file of files) {
      const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      expect(RulePack.safeParse(raw).success, file).toBe(true);
      expect(packById(raw.id)?.rules).toHaveLength(raw.rules.length);
      expect(`${raw.id}.json`).toBe(file);
    }
    expect(BUILTIN_PACKS).toHaveLength(files.length);
  });
  it('every pack names its source with a URL and date; every rule has a citation, a fix and unique id', () => {
    for (const pack of BUILTIN_PACKS) {
      expect(pack.source.url, pack.id).toMatch(/^https:\/\//);
      const ids = pack.rules.map((r) => r.id);
      expect(new Set(ids).size, pack.id).toBe(ids.length);
      for (const rule of pack.rules) {
        expect(rule.citation, `${pack.id}/${rule.id}`).toBeTruthy();
        if (typeof rule.citation !== 'string') expect(rule.citation.title.length).toBeGreaterThan(0);
        expect(rule.fix, `${pack.id}/${rule.id}`).toBeTruthy();
      }
    }
  });
  it('every builtin a pack calls exists, and every builtin is used by some pack', () => {
    const used = new Set(BUILTIN_PACKS.flatMap((p) => p.rules.flatMap((r) => ('builtin' in r.check ? [r.check.builtin] : []))));
    for (const name of used) expect(BUILTINS[name], name).toBeTypeOf('function');
    expect([...used].sort()).toEqual(Object.keys(BUILTINS).sort());
  });
  it('rejects a pack calling an unknown builtin, naming the rule', () => {
    const bad = { id: 'bad', title: 'Bad', source: { title: 'S' }, rules: [{ id: 'r1', severity: 'error', appliesTo: { kind: 'any' }, check: { builtin: 'nope' }, message: 'm', citation: 'c' }] };
    expect(() => loadPack(bad)).toThrow(/bad.*r1.*nope/);
  });
  it('packs differ by data: the currency the forms take', () => {
    expect(packById('us-common-forms')?.currency).toBe('USD');
    expect(packById('erc')?.currency).toBe('EUR');
    expect(packById('jp-erad')?.currency).toBe('JPY');
  });
  it('no rule wording mentions nationality, ethnicity or origin of a person', () => {
    const text = JSON.stringify(BUILTIN_PACKS).toLowerCase();
    for (const word of ['nationality', 'citizen', 'ethnic', 'origin', 'race', 'surname', 'family name']) expect(text, word).not.toContain(word);
  });
});
