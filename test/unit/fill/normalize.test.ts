/** Text matching shared by classification and option matching: words at word starts, CJK as substrings. */
import { describe, expect, it } from 'vitest';
import { anyWordMatcher, contains, indexOfPattern, normalize } from '@/lib/fill/normalize';

const texts = ['total amount', 'to be confirmed', 'co investigator', 'principal investigator', 'co principal investigator', '研究分担者', 'current and pending', 'currently held', 'associate professor', 'professore associato', 'a+b (c)'].map(normalize);
const wordSets = [['to'], ['investigator'], ['co i', 'co pi', 'co principal'], ['分担'], ['current'], ['pending', 'professor'], ['a b'], ['(c)'], []];

describe('matching words in normalised text', () => {
  it('finds a short word only whole, a long one at a word start, a CJK one anywhere, and says where', () => {
    expect(contains('total amount', 'to')).toBe(false);
    expect(contains('to be confirmed', 'to')).toBe(true);
    expect(contains('co principal investigator', 'principal')).toBe(true);
    expect(contains('coprincipal', 'principal')).toBe(false);
    expect(contains('研究分担者', '分担')).toBe(true);
    expect(indexOfPattern('a co pi b', 'co pi')).toBe(2);
    expect(indexOfPattern('xco pi co pi', 'co pi')).toBe(7);
  });

  it('a matcher built from several words matches exactly where contains matches one of them', () => {
    for (const words of wordSets) {
      const matcher = anyWordMatcher(words.map(normalize));
      for (const text of texts) expect(matcher.test(text), `${JSON.stringify(words)} in "${text}"`).toBe(words.map(normalize).some((w) => contains(text, w)));
    }
  });
});
