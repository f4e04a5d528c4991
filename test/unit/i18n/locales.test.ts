import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { LOCALES } from '@/lib/model';

const DIR = join(__dirname, '../../../locales');

/** Per key: its substitution count, named placeholders and whether it has plural forms. */
async function shape(locale: string): Promise<Map<string, string>> {
  const messages: ParsedMessage[] = await parseMessagesFile(join(DIR, `${locale}.yml`));
  return new Map(messages.map((m) => [
    m.key.join('.'),
    JSON.stringify({ substitutions: m.substitutions, named: [...m.namedSubstitutions].sort(), plural: m.type === 'plural' }),
  ]));
}

describe('locales', () => {
  it('has a file for every UI language and no other', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.yml')).map((f) => f.replace('.yml', '')).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has exactly English's keys, with the same placeholders`, async () => {
      const english = await shape('en');
      const other = await shape(locale);
      expect([...english.keys()].filter((k) => !other.has(k)), 'missing in ' + locale).toEqual([]);
      expect([...other.keys()].filter((k) => !english.has(k)), 'not in English').toEqual([]);
      // Japanese has no plural forms: a plural key there may be one form, but keeps its placeholders.
      const mismatched = [...english].filter(([k, v]) => {
        const a = JSON.parse(v);
        const b = JSON.parse(other.get(k)!);
        return a.substitutions !== b.substitutions || JSON.stringify(a.named) !== JSON.stringify(b.named) || a.plural !== b.plural;
      }).map(([k]) => k);
      expect(mismatched, 'placeholders differ').toEqual([]);
    });
  }

  it('no message is empty', async () => {
    for (const locale of LOCALES) {
      const messages = await parseMessagesFile(join(DIR, `${locale}.yml`));
      const empty = messages.filter((m) => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]).some((s) => !String(s).trim()));
      expect(empty.map((m) => `${locale}:${m.key.join('.')}`)).toEqual([]);
    }
  });
});
