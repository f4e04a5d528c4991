/**
 * PDF export benchmark: a 300-entry record (all eight kinds) in each layout. Targets: summary
 * median < 2 s, file < 1.5 MB without the CJK font. The CJK row renames a tenth of the
 * organisations in Japanese, which embeds Noto Sans JP (subset) as well.
 */
import { Entry, Profile } from '@/lib/model';
import { renderPdf, type PdfLayout } from '@/lib/pdf';
import { nodeFontSource } from '@/lib/pdf/node-fonts';
import { makeEntry } from './rules.bench';
import { measure, ms } from './measure';

const TARGET_MS = 2000;
const TARGET_BYTES = 1.5 * 1024 * 1024;

export default async function bench() {
  const profile = Profile.parse({
    person: { givenName: 'Zoë', familyName: 'Bench', homeCountry: 'US', primaryOrganization: { name: 'Example University', country: 'US' } },
  });
  const latin = Array.from({ length: 300 }, (_, i) => makeEntry(i));
  const cjk = latin.map((e, i) => (i % 10 ? e : Entry.parse({ ...e, organization: { name: `東京大学 ${i}`, country: 'JP' } })));
  const fonts = nodeFontSource();
  const cases: [string, PdfLayout, Entry[]][] = [
    ['summary', 'summary', latin], ['cps', 'cps', latin], ['appointments', 'appointments', latin], ['summary + CJK', 'summary', cjk],
  ];
  const rows = [];
  for (const [name, layout, entries] of cases) {
    let size = 0;
    const run = async () => {
      size = (await renderPdf({ profile, entries, layout, date: '2026-11-24', fonts })).length;
    };
    const timing = await measure(run, { runs: 5, warmup: 1 });
    const cjkCase = entries === cjk;
    rows.push({
      layout: name, entries: entries.length, 'median ms': ms(timing.median), 'p95 ms': ms(timing.p95), 'size KB': Math.round(size / 1024),
      pass: timing.median < TARGET_MS && (cjkCase || size < TARGET_BYTES) ? 'yes' : 'no',
    });
  }
  return {
    title: 'PDF export: 300-entry record',
    columns: ['layout', 'entries', 'median ms', 'p95 ms', 'size KB', 'pass'],
    rows,
    note: `Targets: median < ${TARGET_MS} ms; size < 1.5 MB without the CJK font (size not a target with CJK). No gaps appendix (the gap engine has its own benchmark).`,
  };
}
