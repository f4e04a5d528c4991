/**
 * Disclosure PDFs (jsPDF + jspdf-autotable): disclosure summary, Current and Pending (Other)
 * Support, and appointments. Runs in an extension page or Node — never the service worker.
 * Output is deterministic for a given record, layout and date.
 */
import { jsPDF } from 'jspdf';
import type { Entry, Gap, Profile } from '@/lib/model';
import type { ChecklistEvaluation } from '@/lib/checklists';
import { buildDocument, documentText, type PdfLayout } from './layouts';
import { renderDocument } from './render';
import { containsCjk } from './format';
import { registerFonts, type FontSource } from './fonts';

export { PDF_LAYOUTS, LAYOUT_TITLES, CHECKLISTS_APPENDIX, type PdfLayout } from './layouts';
export { FONT_FILES, type FontFace, type FontSource } from './fonts';
export { containsCjk } from './format';

export interface RenderPdfInput {
  profile: Profile;
  entries: Entry[];
  /** Gap-engine output for the summary's appendix; omitted → no appendix. */
  gaps?: Gap[];
  /** Evaluated checklists for the due-diligence appendix (any layout); omitted or empty → no appendix. */
  checklists?: ChecklistEvaluation[];
  layout: PdfLayout;
  /** YYYY-MM-DD: printed in the header and used as the PDF creation date. */
  date: string;
  fonts: FontSource;
  onProgress?: (fraction: number) => void;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 32 hex digits from the content (four FNV-1a lanes): same input, same PDF file ID. */
function contentId(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ (c + l), 0x01000193) >>> 0;
  }
  return lanes.map((v) => v.toString(16).padStart(8, '0')).join('');
}

export async function renderPdf(input: RenderPdfInput): Promise<Uint8Array> {
  const day = ISO_DAY.exec(input.date);
  if (!day) throw new Error(`The PDF date must be YYYY-MM-DD, got "${input.date}"`);
  input.onProgress?.(0);
  const model = buildDocument(input.layout, input.profile, input.entries, input.gaps, input.date, input.checklists);
  const printed = documentText(model);
  // The summary's eight-column tables need the width of a landscape page.
  const orientation = input.layout === 'summary' ? 'landscape' : 'portrait';
  const doc = new jsPDF({ unit: 'mm', format: 'letter', orientation, compress: true, putOnlyUsedFonts: true });
  await registerFonts(doc, input.fonts, containsCjk(printed));
  return renderDocument(model, doc, {
    creationDate: `D:${day[1]}${day[2]}${day[3]}000000+00'00'`,
    fileId: contentId(`${input.layout}\n${input.date}\n${printed}`),
    onProgress: input.onProgress,
  });
}

/** `<family>-<given>-<layout>-<yyyy-mm-dd>.pdf`, lower-case ASCII (accents dropped, other characters → '-'). */
export function pdfFileName(profile: Profile, layout: PdfLayout, date: string): string {
  const slug = (text: string | undefined) =>
    (text ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/đ/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = [slug(profile.person.familyName), slug(profile.person.givenName), layout, date].filter(Boolean);
  return `${parts.join('-').slice(0, 150)}.pdf`;
}
