/** Reads a PDF back with unpdf (pdf.js): text per page with whitespace collapsed, and metadata. */
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfReadback {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
  /** The raw bytes as latin1, to look for font names in the (uncompressed) object dictionaries. */
  raw: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map((t) => t.replace(/\s+/g, ' ').trim());
  const { info } = await pdf.getMetadata();
  return { pages, text: pages.join(' '), info: info as Record<string, unknown>, raw: Buffer.from(bytes).toString('latin1') };
}

/** The text between a heading and the next of the given headings (or the end). */
export function section(text: string, heading: string, nextHeadings: string[]): string {
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`Heading "${heading}" not found`);
  const after = start + heading.length;
  const ends = nextHeadings.map((h) => text.indexOf(h, after)).filter((i) => i >= 0);
  return text.slice(after, ends.length ? Math.min(...ends) : undefined);
}
