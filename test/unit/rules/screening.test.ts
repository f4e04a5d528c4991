import { describe, expect, it } from 'vitest';
import { BUILTIN_SCREENING_LISTS, buildScreeningIndex, normaliseOrgName } from '@/lib/rules';
import { ScreeningList } from '@/lib/model';

const [us, ca] = BUILTIN_SCREENING_LISTS;
const usIndex = buildScreeningIndex(us);
const caIndex = buildScreeningIndex(ca);
const listed = (index: ReturnType<typeof buildScreeningIndex>, name: string) => index.match(name).map((m) => m.entry.name);

describe('bundled screening lists', () => {
  it('load both lists from the shared data folder with their sources', () => {
    expect(BUILTIN_SCREENING_LISTS.map((l) => l.id)).toEqual(['us-dod-section-1286', 'ca-named-research-organizations']);
    expect(us.entries).toHaveLength(184);
    expect(ca.entries).toHaveLength(103);
    for (const list of BUILTIN_SCREENING_LISTS) expect(list.source.unofficial).toBe(true);
  });
});

describe('normaliseOrgName', () => {
  it('ignores case, diacritics, punctuation, "the", &/and and common abbreviations', () => {
    expect(normaliseOrgName('The Harbin Inst. of Tech.')).toBe('harbin institute of technology');
    expect(normaliseOrgName('École Polytechnique Fédérale')).toBe('ecole polytechnique federale');
    expect(normaliseOrgName('Air Force Xi’an Flight Academy')).toBe(normaliseOrgName("Air Force Xi'an Flight Academy"));
    expect(normaliseOrgName('Science & Technology Univ')).toBe('science and technology university');
  });
});

describe('screening matcher', () => {
  it('matches real listed names, in any case and with extra department text', () => {
    expect(listed(usIndex, 'National University of Defense Technology')).toContain('National University of Defense Technology');
    expect(listed(caIndex, 'national university of defense technology')).toContain('National University of Defense Technology');
    expect(listed(usIndex, 'School of Physics, Harbin Institute of Technology')).toContain('Harbin Institute of Technology');
    expect(listed(caIndex, 'Northwestern Polytechnical University')).toContain('Northwestern Polytechnical University');
  });
  it('matches by alias, and an acronym only as the whole name or in parentheses', () => {
    expect(listed(usIndex, 'Beijing University of Aeronautics and Astronautics')).toContain('Beihang University');
    expect(listed(caIndex, 'NUDT')).toContain('National University of Defense Technology');
    expect(listed(caIndex, 'Defense Technology Univ. (NUDT)')).toContain('National University of Defense Technology');
    expect(listed(caIndex, 'NUDT Alumni Association of Ohio')).toEqual([]);
    expect(listed(caIndex, 'BIT Consulting GmbH')).toEqual([]);
  });
  it('does not match near-misses', () => {
    for (const name of ['University of Toronto', 'Northwestern University', 'Harbin Medical University', 'Technology University', 'National University of Singapore', 'MIT']) {
      expect(listed(usIndex, name), name).toEqual([]);
      expect(listed(caIndex, name), name).toEqual([]);
    }
  });
  it('works on any list in the shared shape', () => {
    const custom = ScreeningList.parse({ id: 'x', title: 'X', source: { url: 'https://example.org/list' }, entries: [{ name: 'Example Weapons Institute', aliases: ['EWI'] }] });
    expect(buildScreeningIndex(custom).match('example weapons inst.')).toHaveLength(1);
  });
});
