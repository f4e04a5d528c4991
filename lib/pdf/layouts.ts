/**
 * The three layouts as a document model (headings, tables, field blocks), built without jsPDF so
 * the renderer stays generic and the CJK check can see every string that will be printed.
 */
import type { Citation, Entry, EntryKind, EntryOf, Gap, Profile } from '@/lib/model';
import { ANSWER_LABELS, derivedText, effectiveText, entryLabel, MEASURE_LABELS, type ChecklistEvaluation } from '@/lib/checklists';
import {
  foreignMark, formatDateRange, formatEffort, formatLocation, formatMoney, formatNumber, formatOrganization, formatYesNo,
  personName, reverseChronological,
} from './format';

export const PDF_LAYOUTS = ['summary', 'cps', 'appointments'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

export const LAYOUT_TITLES: Record<PdfLayout, string> = {
  summary: 'Disclosure summary',
  cps: 'Current and Pending (Other) Support',
  appointments: 'Appointments and positions',
};

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** `nowrap`: indices of columns kept on one line (amounts, dates, codes stay searchable as printed). */
  /** `widths`: fixed column widths in mm, by column index, for columns of long prose. */
  | { type: 'table'; columns: string[]; rows: string[][]; nowrap?: number[]; widths?: Record<number, number> }
  /** A label/value block: one project or contribution in the common-form layout. */
  | { type: 'fields'; title: string; rows: [string, string][] }
  | { type: 'certification'; statement: string };

export interface DocModel {
  title: string;
  subject: string;
  author: string;
  /** Lines under the title: name, ORCID iD, primary organisation, date. */
  header: string[];
  blocks: Block[];
}

interface KindSection<K extends EntryKind> {
  heading: string;
  columns: string[];
  /** Short values (dates, amounts, codes) that must not wrap. */
  nowrap: string[];
  row: (entry: EntryOf<K>, profile: Profile) => string[];
}

const org = (e: Entry) => formatOrganization(e.organization);
const dash = (value: string) => value || '—';

/** One table per entry kind in the summary; each row ends with the entry's foreign-tie mark. */
const SUMMARY_SECTIONS: { [K in EntryKind]: KindSection<K> } = {
  appointment: {
    heading: 'Appointments and positions',
    columns: ['Organisation', 'Role', 'Type', 'Dates', 'Paid / compensation', 'Person-months / year', 'Foreign tie'],
    nowrap: ['Dates', 'Paid / compensation', 'Foreign tie'],
    row: (e, p) => [org(e), e.role ?? '', e.appointmentType, formatDateRange(e), [e.paid ? 'Paid' : 'Unpaid', formatMoney(e.compensation)].filter(Boolean).join(', '), e.personMonthsPerYear === undefined ? '' : formatNumber(e.personMonthsPerYear), foreignMark(e, p)],
  },
  consulting: {
    heading: 'Consulting and outside activities',
    columns: ['Organisation', 'Role', 'Dates', 'Compensation', 'Person-months / year', 'Related to research', 'Foreign tie'],
    nowrap: ['Dates', 'Compensation', 'Foreign tie'],
    row: (e, p) => [org(e), e.role ?? '', formatDateRange(e), [e.compensated ? 'Compensated' : 'Uncompensated', formatMoney(e.compensation)].filter(Boolean).join(', '), e.personMonthsPerYear === undefined ? '' : formatNumber(e.personMonthsPerYear), formatYesNo(e.relatedToResearch), foreignMark(e, p)],
  },
  support: {
    heading: 'Current and pending (other) support',
    columns: ['Title', 'Sponsor', 'Status', 'Award number', 'Total amount', 'Dates', 'Role', 'Foreign tie'],
    nowrap: ['Award number', 'Total amount', 'Dates', 'Foreign tie'],
    row: (e, p) => [e.title, org(e), e.status, e.awardNumber ?? '', formatMoney(e.totalAmount), formatDateRange(e), e.role ?? '', foreignMark(e, p)],
  },
  inKind: {
    heading: 'In-kind contributions',
    columns: ['Source', 'Contribution', 'Status', 'Estimated value', 'Dates', 'Foreign tie'],
    nowrap: ['Estimated value', 'Dates', 'Foreign tie'],
    row: (e, p) => [org(e), e.summary, e.status, formatMoney(e.estimatedValue), formatDateRange(e), foreignMark(e, p)],
  },
  financialInterest: {
    heading: 'Financial interests',
    columns: ['Organisation', 'Type', 'Value', 'Related to research', 'Jurisdiction', 'Dates', 'Foreign tie'],
    nowrap: ['Value', 'Dates', 'Foreign tie'],
    row: (e, p) => [org(e), e.interestType, formatMoney(e.value), formatYesNo(e.relatedToResearch), e.jurisdiction ?? '', formatDateRange(e), foreignMark(e, p)],
  },
  talentProgram: {
    heading: 'Talent recruitment programmes',
    columns: ['Programme', 'Sponsor', 'Status', 'Compensation types', 'Dates', 'Foreign tie'],
    nowrap: ['Dates', 'Foreign tie'],
    row: (e, p) => [e.programName, org(e), e.status, (e.compensationTypes ?? []).join(', '), formatDateRange(e), foreignMark(e, p)],
  },
  travel: {
    heading: 'Sponsored travel, gifts and honoraria',
    columns: ['Sponsor', 'Type', 'Purpose', 'Destination', 'Value', 'Dates', 'Foreign tie'],
    nowrap: ['Value', 'Dates', 'Foreign tie'],
    row: (e, p) => [org(e), e.travelType, e.purpose ?? '', e.destination ?? '', formatMoney(e.value), formatDateRange(e), foreignMark(e, p)],
  },
  partnership: {
    heading: 'Research partnerships',
    columns: ['Partner', 'Project', 'Partner type', 'Funding flow', 'Agreement on file', 'Dates', 'Foreign tie'],
    nowrap: ['Dates', 'Foreign tie'],
    row: (e, p) => [org(e), e.project, e.partnerType ?? '', e.fundingFlow ?? '', formatYesNo(e.agreementOnFile), formatDateRange(e), foreignMark(e, p)],
  },
};

const KIND_ORDER = Object.keys(SUMMARY_SECTIONS) as EntryKind[];

export const CERTIFICATION =
  'I certify that the information in this disclosure is true, complete and accurate to the best of my knowledge.';

function citationText(citation: Citation): string {
  if (typeof citation === 'string') return citation;
  return [citation.title, citation.section, citation.url].filter(Boolean).join(' — ');
}

function header(profile: Profile, date: string): string[] {
  const p = profile.person;
  const primary = p.primaryOrganization ? formatOrganization(p.primaryOrganization) : '';
  return [
    personName(profile),
    p.orcid ? `ORCID iD: https://orcid.org/${p.orcid}` : '',
    [p.positionTitle, p.department, primary].filter(Boolean).join(', '),
    `Date: ${date}`,
  ].filter(Boolean);
}

function byKind<K extends EntryKind>(entries: readonly Entry[], kind: K): EntryOf<K>[] {
  return entries.filter((e): e is EntryOf<K> => e.kind === kind);
}

function summaryBlocks(profile: Profile, entries: readonly Entry[], gaps: readonly Gap[] | undefined): Block[] {
  const blocks: Block[] = [];
  for (const kind of KIND_ORDER) {
    const section = SUMMARY_SECTIONS[kind] as KindSection<EntryKind>;
    const own = reverseChronological(byKind(entries, kind));
    blocks.push({ type: 'heading', text: section.heading });
    const nowrap = section.nowrap.map((c) => section.columns.indexOf(c));
    if (own.length) blocks.push({ type: 'table', columns: section.columns, rows: own.map((e) => section.row(e, profile)), nowrap });
    else blocks.push({ type: 'paragraph', text: 'None recorded.' });
  }
  if (gaps) {
    const labels = new Map(entries.map((e) => [e.id, `${SUMMARY_SECTIONS[e.kind].heading}: ${e.organization.name}`]));
    blocks.push({ type: 'heading', text: 'Appendix: open gaps' });
    if (gaps.length) {
      blocks.push({
        type: 'table',
        columns: ['Severity', 'Concerns', 'Gap', 'Source'],
        widths: { 0: 16, 1: 60, 3: 80 },
        rows: gaps.map((g) => [g.severity, (g.entryId && labels.get(g.entryId)) || g.path || 'Record', g.message, citationText(g.citation)]),
      });
    } else blocks.push({ type: 'paragraph', text: 'The gap check found nothing to complete.' });
  }
  blocks.push({ type: 'certification', statement: CERTIFICATION });
  return blocks;
}

export const CHECKLISTS_APPENDIX = 'Appendix: due-diligence checklists';

/** One field block and one question table per checklist, in the checklist's own grouping and wording. */
function checklistBlocks(evaluations: readonly ChecklistEvaluation[], entries: readonly Entry[]): Block[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const blocks: Block[] = [
    { type: 'heading', text: CHECKLISTS_APPENDIX },
    {
      type: 'paragraph',
      text: 'Answers marked “from the record” were derived from the entries in this record by the rule shown. A derived “yes” is a prompt for due diligence, not a finding.',
    },
  ];
  for (const ev of evaluations) {
    const { checklist } = ev;
    const source = [checklist.source.title, checklist.source.date, checklist.source.url].filter(Boolean).join(' — ');
    const subject = checklist.appliesTo === 'record' ? 'The whole record' : ev.subjectEntry ? entryLabel(ev.subjectEntry) : `Partnership ${ev.subject} (no longer in the record)`;
    const mitigation = ev.mitigation;
    blocks.push({
      type: 'fields',
      title: checklist.title,
      rows: [
        ['Source', source],
        ['About', subject],
        ['Progress', `${ev.progress.answered} of ${ev.progress.total} questions answered${ev.complete ? ' — complete' : ''}`],
        ['Mitigation plan', dash(mitigation?.text.trim() ?? '') + (ev.needsMitigation && !mitigation?.text.trim() && !mitigation?.measures.length ? ' (called for by the answers below)' : '')],
        ['Measures', dash((mitigation?.measures ?? []).map((m) => MEASURE_LABELS[m]).join(', '))],
        ['Last updated', dash(ev.updatedAt ?? '')],
      ],
    });
    const groupTitles = new Map(checklist.groups.map((g) => [g.id, g.title]));
    blocks.push({
      type: 'table',
      columns: ['Group', 'Question', 'Answer', 'Basis, evidence and notes'],
      widths: { 0: 30, 2: 40 },
      rows: ev.questions.map((q) => [
        groupTitles.get(q.groupId) ?? '',
        q.question.text,
        `${effectiveText(q.effective)}${q.needsMitigation ? ' [mitigation]' : ''}`,
        [
          q.derived ? derivedText(q.derived, byId) : '',
          q.response?.override && q.derived ? `Derived answer was ${ANSWER_LABELS[q.derived.answer]}.` : '',
          q.response?.note ? `Note: ${q.response.note}` : '',
        ].filter(Boolean).join(' '),
      ]),
    });
  }
  return blocks;
}

const STATUS_ORDER = ['current', 'pending', 'planned', 'completed'];
const byStatus = <T extends { status: string }>(items: T[]) =>
  items.slice().sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));

function cpsBlocks(entries: readonly Entry[]): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: 'Projects and proposals' }];
  const support = byStatus(reverseChronological(byKind(entries, 'support')));
  if (!support.length) blocks.push({ type: 'paragraph', text: 'None recorded.' });
  support.forEach((e, i) => {
    const sponsor = [e.organization.name, formatLocation(e.organization)].filter(Boolean).join(', ');
    blocks.push({
      type: 'fields',
      title: `${i + 1}. ${e.title}`,
      rows: [
        ['Title', e.title],
        ['Status of support', e.status],
        ['Proposal/award number', dash(e.awardNumber ?? '')],
        ['Source of support (sponsor, location)', sponsor],
        ['Primary place of performance', dash(e.placeOfPerformance ?? '')],
        ['Project/proposal start date', dash(e.startDate ?? '')],
        ['Project/proposal end date', e.endDate === null ? 'ongoing' : dash(e.endDate ?? '')],
        ['Total award amount (including indirect costs)', dash(formatMoney(e.totalAmount))],
        ['Person-months per year', dash(formatEffort(e.effort))],
        ['PD/PI', dash(e.pdPi ?? '')],
        ['Role', dash(e.role ?? '')],
        ['Overall objectives', dash(e.objectives ?? '')],
        ['Statement of potential overlap', dash(e.overlap ?? '')],
      ],
    });
  });
  const inKind = byStatus(reverseChronological(byKind(entries, 'inKind')));
  blocks.push({ type: 'heading', text: 'In-kind contributions' });
  if (!inKind.length) blocks.push({ type: 'paragraph', text: 'None recorded.' });
  inKind.forEach((e, i) => {
    blocks.push({
      type: 'fields',
      title: `${i + 1}. ${e.summary}`,
      rows: [
        ['Status', e.status],
        ['Source of contribution', formatOrganization(e.organization)],
        ['Summary of contribution', e.summary],
        ['Estimated value', dash(formatMoney(e.estimatedValue))],
        ['Dates', dash(formatDateRange(e))],
        ['Primary place of performance', dash(e.placeOfPerformance ?? '')],
        ['Person-months per year', dash(formatEffort(e.effort))],
        ['For this project', dash(formatYesNo(e.forThisProject))],
        ['Overall objectives', dash(e.objectives ?? '')],
        ['Statement of potential overlap', dash(e.overlap ?? '')],
      ],
    });
  });
  return blocks;
}

function appointmentBlocks(entries: readonly Entry[]): Block[] {
  const appointments = reverseChronological(byKind(entries, 'appointment'));
  const blocks: Block[] = [{ type: 'heading', text: 'Positions, scientific appointments and honors' }];
  if (!appointments.length) return [...blocks, { type: 'paragraph', text: 'None recorded.' }];
  blocks.push({
    type: 'table',
    columns: ['Dates', 'Position', 'Organisation'],
    nowrap: [0],
    rows: appointments.map((e) => [
      formatDateRange(e).replace('ongoing', 'present'),
      [e.role, `${e.appointmentType}${e.paid ? '' : ', unpaid'}`].filter(Boolean).join(' — '),
      formatOrganization(e.organization),
    ]),
  });
  return blocks;
}

export function buildDocument(
  layout: PdfLayout,
  profile: Profile,
  entries: readonly Entry[],
  gaps: readonly Gap[] | undefined,
  date: string,
  checklists: readonly ChecklistEvaluation[] = [],
): DocModel {
  const author = personName(profile);
  const blocks = layout === 'summary' ? summaryBlocks(profile, entries, gaps) : layout === 'cps' ? cpsBlocks(entries) : appointmentBlocks(entries);
  // Every layout can carry the checklists appendix; in the summary it comes before the certification.
  if (checklists.length) {
    const appendix = checklistBlocks(checklists, entries);
    const at = blocks.findIndex((b) => b.type === 'certification');
    blocks.splice(at < 0 ? blocks.length : at, 0, ...appendix);
  }
  return {
    title: `${LAYOUT_TITLES[layout]} — ${author}`,
    subject: `${LAYOUT_TITLES[layout]} as of ${date}`,
    author,
    header: header(profile, date),
    blocks,
  };
}

/** Every string the document prints (for the CJK font decision). */
export function documentText(doc: DocModel): string {
  const parts: string[] = [doc.title, ...doc.header];
  for (const b of doc.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') parts.push(b.text);
    else if (b.type === 'table') parts.push(...b.columns, ...b.rows.flat());
    else if (b.type === 'fields') parts.push(b.title, ...b.rows.flat());
    else parts.push(b.statement);
  }
  return parts.join('\n');
}
