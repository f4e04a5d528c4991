import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '@/lib/io';
import { syntaxErrorOffset } from '@/lib/io/json-text';

const accepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('readJson', () => {
  it('names line and column, whatever the engine says', () => {
    const r = readJson('{\n  "a": 1,\n  "b": }\n');
    expect(r).toEqual({ ok: false, problems: [{ path: '(file)', message: expect.stringMatching(/^Not valid JSON at line 3, column 8: /) }] });
    expect(readJson('{"a": [1, 2')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/ends too early/) }] });
    expect(readJson(' {"a": "x"} ')).toEqual({ ok: true, data: { a: 'x' } });
  });

  it('finds a syntax error exactly when JSON.parse does (property)', () => {
    const mutatedJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\u0001', 'x', '0', '-', ' ', '{', '['))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(mutatedJson, fc.string({ maxLength: 30 }), fc.json()), (text) => {
        const offset = syntaxErrorOffset(text);
        expect(offset === undefined).toBe(accepts(text));
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('does not overflow on very deep nesting', () => {
    expect(() => readJson('['.repeat(200_000))).not.toThrow();
    expect(readJson('['.repeat(200_000)).ok).toBe(false);
  });
});
