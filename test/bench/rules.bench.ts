/**
 * Gap engine benchmark: every bundled rule pack on a 2,000-entry record. Target: median < 50 ms.
 * The record mixes all eight kinds, foreign and home organisations, screening-list names and
 * planted gaps, so every builtin does real work.
 */
import { Entry, Profile, ENTRY_KINDS } from '@/lib/model';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import { measure, ms } from './measure';

const ORGS = [
  { name: 'National Science Foundation', country: 'US' }, { name: 'University of Toronto', country: 'CA' },
  { name: 'Harbin Institute of Technology', country: 'CN' }, { name: 'Institut Exemple', country: 'FR' },
  { name: 'Acme Analytical, Inc.', country: 'US' }, { name: 'Kyoto Research Institute', country: 'JP' },
  { name: 'Wellcome Trust', country: 'GB' }, { name: 'Northwestern University', country: 'US' },
];

export function makeEntry(i: number): Entry {
  const kind = ENTRY_KINDS[i % ENTRY_KINDS.length];
  const start = 2010 + (i % 16);
  const base = {
    id: `bench-${i}`, kind, organization: { ...ORGS[(i * 7) % ORGS.length], name: `${ORGS[(i * 7) % ORGS.length].name}${i % 5 ? '' : ` ${i}`}` },
    startDate: `${start}-0${1 + (i % 9)}`, endDate: i % 3 ? `${start + 3}-12` : null, description: i % 11 ? 'Work on catalysis.' : 'Call 555-123-4567',
    reviewedAt: i % 4 ? '2026-01-01' : undefined,
  };
  const effort = [0, 1, 2].map((k) => ({ year: start + k, personMonths: ((i + k) % 7) * 0.75 }));
  const money = { amount: 1000 * (i % 50), currency: i % 6 ? 'USD' : 'EUR' };
  const extra: Record<(typeof ENTRY_KINDS)[number], Record<string, unknown>> = {
    appointment: { appointmentType: ['visiting', 'adjunct', 'honorary', 'primary'][i % 4], paid: i % 2 === 0, personMonthsPerYear: i % 3 },
    consulting: { compensated: true, requiresResearch: i % 2 === 0, relatedToResearch: i % 3 === 0 ? undefined : false },
    support: { status: ['current', 'pending', 'completed'][i % 3], title: `Project ${i}`, effort, totalAmount: money, overlap: i % 4 ? 'None' : undefined, objectives: 'Aims.' },
    inKind: { status: i % 2 ? 'current' : 'pending', summary: 'Lab space', estimatedValue: money, effort, forThisProject: false },
    financialInterest: { interestType: 'equity' },
    talentProgram: { programName: 'Plan', status: ['participating', 'declined'][i % 2], malignIndicators: { nondisclosure: i % 5 === 0 } },
    travel: { travelType: 'travel' },
    partnership: { project: 'Joint study', partnerType: 'academic' },
  };
  return Entry.parse(JSON.parse(JSON.stringify({ ...base, ...extra[kind] })));
}

export default async function bench() {
  const profile = Profile.parse({ person: { familyName: 'Bench', homeCountry: 'US', primaryOrganization: { name: 'Example University', country: 'US' } } });
  const entries = Array.from({ length: 2000 }, (_, i) => makeEntry(i));
  const options = { today: '2026-11-24' };
  let gaps = 0;
  // CPU time per run as well: on a shared, loaded machine wall time mostly measures waiting for a core.
  const cpu: number[] = [];
  const run = () => {
    const start = process.cpuUsage();
    gaps = evaluate(profile, entries, BUILTIN_PACKS, options).length;
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  };
  // Warm-up runs also fill the screening memo, as an open editor page would have.
  const timing = await measure(run, { runs: 30, warmup: 5 });
  const timed = cpu.slice(-30).sort((a, b) => a - b);
  return {
    title: 'Gap engine: all rule packs on a 2,000-entry record',
    columns: ['packs', 'rules', 'entries', 'gaps', 'median ms', 'p95 ms', 'cpu median ms', 'target ms', 'pass'],
    rows: [
      {
        packs: BUILTIN_PACKS.length, rules: BUILTIN_PACKS.reduce((n, p) => n + p.rules.length, 0), entries: entries.length, gaps,
        'median ms': ms(timing.median), 'p95 ms': ms(timing.p95), 'cpu median ms': ms(timed[15]), 'target ms': 50, pass: timing.median < 50 ? 'yes' : 'no',
      },
    ],
    note: '30 timed runs after 5 warm-up runs (measure()); pass compares the wall-clock median with the target.',
  };
}
