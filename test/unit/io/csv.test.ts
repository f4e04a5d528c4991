import { describe, expect, it } from 'vitest';
import { csvColumns, csvFileName, entriesToCsv, neutraliseFormula } from '@/lib/io';
import type { Entry } from '@/lib/model';

/** Minimal RFC 4180 reader, so the tests check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}

const support: Entry = {
  id: 's1', kind: 'support', status: 'current', title: 'Membranes, "smart" ones\nand more',
  organization: { name: 'U.S. National Science Foundation', country: 'US' }, role: 'PI',
  totalAmount: { amount: 498000, currency: 'USD' }, effort: [{ year: 2025, personMonths: 1.5 }, { year: 2026, personMonths: 1 }],
  endDate: null, thisProposal: false,
};

describe('CSV export', () => {
  it('has a header of the kind’s fields with nested paths flattened', () => {
    const header = readCsv(entriesToCsv('support', []))[0];
    expect(header).toEqual(csvColumns('support'));
    expect(header).toEqual(expect.arrayContaining(['id', 'organization.name', 'organization.country', 'totalAmount.amount', 'totalAmount.currency', 'effort', 'title']));
    expect(header).not.toContain('kind');
    expect(csvColumns('consulting')).toEqual(expect.arrayContaining(['compensation.amount', 'compensation.currency']));
    expect(csvColumns('talentProgram')).toContain('malignIndicators');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and ends lines with CRLF', () => {
    const text = entriesToCsv('support', [support]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Membranes, ""smart"" ones\nand more"');
    const [header, row] = readCsv(text);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('title')).toBe('Membranes, "smart" ones\nand more');
    expect(cell('effort')).toBe('2025:1.5; 2026:1');
    expect(cell('totalAmount.amount')).toBe('498000');
    expect(cell('totalAmount.currency')).toBe('USD');
    expect(cell('organization.country')).toBe('US');
    expect(cell('endDate')).toBe('ongoing');
    expect(cell('thisProposal')).toBe('no');
    expect(cell('awardNumber')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx']) expect(neutraliseFormula(evil)).toBe(`'${evil}`);
    expect(neutraliseFormula('Plain text = fine')).toBe('Plain text = fine');
    const entry: Entry = { id: 't1', kind: 'travel', travelType: 'gift', organization: { name: '=cmd|"/c calc"!A1' }, purpose: '@evil' };
    const [header, row] = readCsv(entriesToCsv('travel', [entry]));
    expect(row[header.indexOf('organization.name')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row[header.indexOf('purpose')]).toBe("'@evil");
  });

  it('writes keyed yes/no records and lists readably', () => {
    const entry: Entry = {
      id: 'tp', kind: 'talentProgram', programName: 'P', status: 'declined', organization: { name: 'Sponsor' },
      compensationTypes: ['cash', 'title'], malignIndicators: { recruitTrainees: false, nondisclosure: true },
    };
    const [header, row] = readCsv(entriesToCsv('talentProgram', [entry]));
    expect(row[header.indexOf('compensationTypes')]).toBe('cash; title');
    expect(row[header.indexOf('malignIndicators')]).toBe('recruitTrainees:no; nondisclosure:yes');
  });

  it('keeps only entries of the requested kind, one row each', () => {
    const travel: Entry = { id: 't', kind: 'travel', travelType: 'travel', organization: { name: 'X' } };
    expect(readCsv(entriesToCsv('support', [support, travel, { ...support, id: 's2' }]))).toHaveLength(3);
  });

  it('names the file by kind and date', () => {
    expect(csvFileName('inKind', new Date('2026-11-23T23:00:00Z'))).toBe('candor-inKind-2026-11-23.csv');
  });
});
