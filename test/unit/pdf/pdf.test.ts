// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { containsCjk, pdfFileName, renderPdf, type PdfLayout } from '@/lib/pdf';
import { fontRuns } from '@/lib/pdf/font-runs';
import { nodeFontSource } from '@/lib/pdf/node-fonts';
import { Entry, type Gap, type Profile } from '@/lib/model';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import { emptyProfile, japaneseEntries, japaneseProfile, latinEntries, profile } from './fixtures';
import { readPdf, section, type PdfReadback } from './pdf-text';

// Embedding the 5 MB Japanese face takes seconds on a busy machine; allow for it.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATE = '2026-11-24';
const fonts = nodeFontSource();
const render = (p: Profile, entries: Entry[], layout: PdfLayout, gaps?: Gap[]) => renderPdf({ profile: p, entries, layout, date: DATE, fonts, gaps });

const SUMMARY_HEADINGS = [
  'Appointments and positions', 'Consulting and outside activities', 'Current and pending (other) support', 'In-kind contributions',
  'Financial interests', 'Talent recruitment programmes', 'Sponsored travel, gifts and honoraria', 'Research partnerships',
  'Appendix: open gaps', 'Certification',
];
const inSection = (text: string, heading: string) => section(text, heading, SUMMARY_HEADINGS.filter((h) => h !== heading));

describe('disclosure summary (Latin record)', () => {
  let bytes: Uint8Array;
  let pdf: PdfReadback;
  let gaps: Gap[];
  beforeAll(async () => {
    gaps = evaluate(profile, latinEntries, BUILTIN_PACKS, { today: DATE });
    bytes = await render(profile, latinEntries, 'summary', gaps);
    pdf = await readPdf(bytes);
  });

  it('prints the header: name, ORCID iD, primary organisation and date', () => {
    const page1 = pdf.pages[0];
    expect(page1).toContain('Disclosure summary — Zoë Łódź-Ångström');
    expect(page1).toContain('https://orcid.org/0000-0002-1825-0097');
    expect(page1).toContain('Example State University (Springfield, Illinois, US)');
    expect(page1).toContain(`Date: ${DATE}`);
  });

  it("puts every entry's key facts in its kind's section, accents intact", () => {
    const appointments = inSection(pdf.text, 'Appointments and positions');
    expect(appointments).toContain('Uniwersytet Łódzki (Łódź, PL)');
    expect(appointments).toContain('Visiting Professor');
    expect(appointments).toContain('Paid, PLN 12,000');
    expect(appointments).toContain('2021-09 – ongoing');
    expect(appointments).toContain('Ångström Laboratory, Uppsala University (SE)');
    expect(appointments).toContain('2014-01 – 2017-12');
    const consulting = inSection(pdf.text, 'Consulting and outside activities');
    expect(consulting).toContain('Kraków Catalysis Sp. z o.o. (Kraków, PL)');
    expect(consulting).toContain('Compensated, EUR 8,500');
    const support = inSection(pdf.text, 'Current and pending (other) support');
    for (const fact of ['Żółć-free catalysts for ammonia synthesis', 'CHE-2345678', 'USD 450,000', '2024-07-01 – 2027-06-30', 'Ångström-scale imaging of surfaces', 'Deutsche Forschungsgemeinschaft (Bonn, DE)', 'pending']) {
      expect(support).toContain(fact);
    }
    const inKind = inSection(pdf.text, 'In-kind contributions');
    expect(inKind).toContain('Beam time on the Łódź synchrotron line');
    expect(inKind).toContain('USD 30,000');
    expect(inSection(pdf.text, 'Financial interests')).toContain('Catalytica Nova, Inc. (US) equity USD 15,000');
    expect(inSection(pdf.text, 'Talent recruitment programmes')).toContain('Programme Étoile Fondation Exemple (FR) declined');
    const travel = inSection(pdf.text, 'Sponsored travel, gifts and honoraria');
    expect(travel).toContain('Société Chimique de France (FR) honorarium Plenary lecture Paris EUR 1,200');
    expect(inSection(pdf.text, 'Research partnerships')).toContain('Technische Universität München (München, DE) Joint study of zeolite membranes');
  });

  it('marks foreign ties in text, and only foreign ones', () => {
    const appointments = inSection(pdf.text, 'Appointments and positions');
    expect(appointments).toContain('Foreign — PL');
    expect(appointments).toContain('Foreign — SE');
    expect(appointments).toMatch(/Example State University \(US\) Associate Professor primary 2018-08 – ongoing Paid (?!Foreign)/);
    expect(inSection(pdf.text, 'Current and pending (other) support')).toContain('Foreign — DE');
  });

  it('appends the gaps with their citations, then an unsigned certification block', () => {
    expect(gaps.length).toBeGreaterThan(0);
    // The appendix names sections in its "Concerns" column, so it ends only at the certification.
    const appendix = section(pdf.text, 'Appendix: open gaps', ['Certification']);
    // Cells wrap anywhere in Japanese, so compare without whitespace.
    const squeezed = appendix.replace(/\s+/g, '');
    for (const gap of gaps) {
      expect(squeezed).toContain(gap.message.replace(/\s+/g, '').slice(0, 40));
      const title = typeof gap.citation === 'string' ? gap.citation : gap.citation.title;
      expect(squeezed).toContain(title.replace(/\s+/g, '').slice(0, 30));
    }
    const certification = section(pdf.text, 'Certification', ['Page ']);
    expect(certification).toContain('I certify that the information in this disclosure is true');
    expect(certification).toContain('Signature');
    expect(certification).toContain('Date');
  });

  it('numbers every page "Page i of n"', () => {
    const n = pdf.pages.length;
    expect(n).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${n}`));
  });

  it('sets title, author, subject, creator and the creation date from the given date', () => {
    expect(pdf.info.Title).toBe('Disclosure summary — Zoë Łódź-Ångström');
    expect(pdf.info.Author).toBe('Zoë Łódź-Ångström');
    expect(pdf.info.Subject).toBe(`Disclosure summary as of ${DATE}`);
    expect(pdf.info.Creator).toBe('Candor');
    expect(String(pdf.info.CreationDate)).toMatch(/^D:20261124000000/);
  });

  it('is byte-identical for the same record and date, and differs for another date', async () => {
    const again = await render(profile, latinEntries, 'summary', gaps);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderPdf({ profile, entries: latinEntries, gaps, layout: 'summary', date: '2026-11-25', fonts });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  it('embeds the Japanese font exactly when a printed gap or citation is in Japanese', () => {
    const cjkGap = gaps.some((g) => containsCjk(`${g.message} ${JSON.stringify(g.citation)}`));
    expect(/\/BaseFont \/NotoSansJP/.test(pdf.raw)).toBe(cjkGap);
  });

  it('embeds Noto Sans regular and bold with a ToUnicode map, and no Japanese font when nothing printed is CJK', async () => {
    const bytes = await render(profile, latinEntries, 'summary');
    const pdf = await readPdf(bytes);
    // Two Type0 (Identity-H) fonts: Noto Sans regular and bold, each with its own ToUnicode map.
    expect(pdf.raw.match(/\/Subtype \/Type0/g)).toHaveLength(2);
    expect(pdf.raw.match(/\/BaseFont \/NotoSans\b/g)?.length).toBeGreaterThanOrEqual(2);
    expect(pdf.raw.match(/\/ToUnicode \d+ 0 R/g)).toHaveLength(2);
    expect(pdf.raw).not.toContain('NotoSansJP');
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = [];
    await renderPdf({ profile, entries: latinEntries.slice(0, 2), layout: 'appointments', date: DATE, fonts, onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('Japanese text', () => {
  let bytes: Uint8Array;
  let pdf: PdfReadback;
  beforeAll(async () => {
    bytes = await render(japaneseProfile, japaneseEntries, 'summary');
    pdf = await readPdf(bytes);
  });

  it('embeds Noto Sans JP and extracts the Japanese organisations, titles and name', () => {
    expect(pdf.raw).toMatch(/\/BaseFont \/NotoSansJP/);
    expect(pdf.raw).toMatch(/\/BaseFont \/NotoSans\b/);
    expect(pdf.pages[0]).toContain('Disclosure summary — 太郎 山田');
    expect(inSection(pdf.text, 'Appointments and positions')).toContain('東京大学 (東京, JP) 客員教授 visiting 2023-04 – 2024-03 Unpaid Foreign — JP');
    const support = inSection(pdf.text, 'Current and pending (other) support');
    expect(support).toContain('触媒表面の研究 日本学術振興会 (JP) current JP23H01234 JPY 5,000,000');
    // Latin cells next to Japanese ones keep their accents.
    expect(support).toContain('Żółć-free catalysts for ammonia synthesis');
  });

  it('omits the gaps appendix when no gaps are given', () => {
    expect(pdf.text).not.toContain('Appendix: open gaps');
  });
});

describe('Current and Pending (Other) Support layout', () => {
  let pdf: PdfReadback;
  beforeAll(async () => {
    pdf = await readPdf(await render(profile, latinEntries, 'cps'));
  });

  it('prints one block per project with every common-form field', () => {
    const block = section(pdf.text, '1. Żółć-free catalysts for ammonia synthesis', ['2. ']);
    const fields: [string, string][] = [
      ['Status of support', 'current'], ['Proposal/award number', 'CHE-2345678'],
      ['Source of support (sponsor, location)', 'National Science Foundation, Alexandria, Virginia, US'],
      ['Primary place of performance', 'Example State University'], ['Project/proposal start date', '2024-07-01'],
      ['Project/proposal end date', '2027-06-30'], ['Total award amount (including indirect costs)', 'USD 450,000'],
      ['Person-months per year', '2025: 1.5; 2026: 1'], ['PD/PI', 'Zoë Łódź-Ångström'], ['Role', 'PI'],
      ['Overall objectives', 'Develop earth-abundant catalysts.'], ['Statement of potential overlap', 'No scientific or budgetary overlap.'],
    ];
    for (const [label, value] of fields) expect(block).toContain(`${label} ${value}`);
  });

  it('shows unrecorded fields as a dash rather than inventing them', () => {
    const pending = section(pdf.text, '2. Ångström-scale imaging of surfaces', ['In-kind contributions']);
    expect(pending).toContain('Proposal/award number —');
    expect(pending).toContain('Total award amount (including indirect costs) —');
    expect(pending).toContain('Status of support pending');
  });

  it('lists in-kind contributions after the projects', () => {
    const inKind = section(pdf.text, 'In-kind contributions', ['Page ']);
    expect(inKind).toContain('Source of contribution Instytut Fizyki PAN (Warszawa, PL)');
    expect(inKind).toContain('Estimated value USD 30,000');
    expect(pdf.text.indexOf('In-kind contributions')).toBeGreaterThan(pdf.text.indexOf('2. Ångström-scale'));
  });
});

describe('appointments layout', () => {
  it('lists appointments reverse chronologically, ongoing as "present"', async () => {
    const pdf = await readPdf(await render(profile, latinEntries, 'appointments'));
    const list = section(pdf.text, 'Positions, scientific appointments and honors', ['Page ']);
    const order = ['2021-09 – present', '2018-08 – present', '2014-01 – 2017-12'].map((d) => list.indexOf(d));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list).not.toContain('Kraków'); // consulting is not an appointment
  });

  it('says so when nothing is recorded', async () => {
    const pdf = await readPdf(await render(emptyProfile, [], 'appointments'));
    expect(pdf.text).toContain('Positions, scientific appointments and honors None recorded.');
  });
});

describe('pdfFileName', () => {
  it('is <family>-<given>-<layout>-<date>.pdf in lower-case ASCII', () => {
    expect(pdfFileName(profile, 'summary', DATE)).toBe('lodz-angstrom-zoe-summary-2026-11-24.pdf');
    expect(pdfFileName(emptyProfile, 'cps', DATE)).toBe('kowalska-ewa-cps-2026-11-24.pdf');
  });

  it('keeps names without Latin letters safe for file systems', () => {
    expect(pdfFileName(japaneseProfile, 'appointments', DATE)).toBe('appointments-2026-11-24.pdf');
    const odd = { ...profile, person: { ...profile.person, familyName: '../O’Brien / Smith', givenName: undefined } };
    expect(pdfFileName(odd, 'cps', DATE)).toBe('o-brien-smith-cps-2026-11-24.pdf');
  });
});

describe('mixed Japanese and Latin-Extended text', () => {
  it('splits runs only where one face lacks the glyphs (Noto Sans JP has no Ł, ż, ř)', () => {
    expect(fontRuns('Żółć-free catalysts')).toEqual([{ font: 'NotoSans', text: 'Żółć-free catalysts' }]);
    expect(fontRuns('東京大学 (東京, JP)')).toEqual([{ font: 'NotoSansJP', text: '東京大学 (東京, JP)' }]);
    expect(fontRuns('Łódź–東京 Centre')).toEqual([
      { font: 'NotoSans', text: 'Łódź–' }, { font: 'NotoSansJP', text: '東京 Centre' },
    ]);
  });

  it('prints a cell and a header mixing both, each character in a face that has it', async () => {
    const mixed = Entry.parse({
      id: 'm1', kind: 'partnership', organization: { name: 'Łódź–東京 Żółć Centre', country: 'JP' }, project: '共同研究 with Brno (Říčany)',
    });
    const who = { ...japaneseProfile, person: { ...japaneseProfile.person, givenName: 'Łucja' } };
    const pdf = await readPdf(await render(who, [mixed], 'summary'));
    expect(pdf.pages[0]).toContain('Disclosure summary — Łucja 山田');
    expect(inSection(pdf.text, 'Research partnerships')).toContain('Łódź–東京 Żółć Centre (JP) 共同研究 with Brno (Říčany)');
  });
});
