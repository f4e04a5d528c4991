import { RulePack } from '@/lib/model';
import { BUILTINS } from './builtins';
import g7Core from './packs/g7-core.json';
import usCommonForms from './packs/us-common-forms.json';
import caResearchSecurity from './packs/ca-research-security.json';
import ukTrustedResearch from './packs/uk-trusted-research.json';
import erc from './packs/erc.json';
import jpErad from './packs/jp-erad.json';

/** Validates a pack and checks that every builtin it calls exists, naming the rule when one does not. */
export function loadPack(raw: unknown): RulePack {
  const pack = RulePack.parse(raw);
  for (const rule of pack.rules) {
    if ('builtin' in rule.check && !(rule.check.builtin in BUILTINS)) {
      throw new Error(`Rule pack "${pack.id}", rule "${rule.id}": unknown builtin "${rule.check.builtin}"`);
    }
  }
  return pack;
}

/** Every bundled rule pack, validated at load. */
export const BUILTIN_PACKS: RulePack[] = [g7Core, usCommonForms, caResearchSecurity, ukTrustedResearch, erc, jpErad].map(loadPack);

export function packById(id: string): RulePack | undefined {
  return BUILTIN_PACKS.find((p) => p.id === id);
}
