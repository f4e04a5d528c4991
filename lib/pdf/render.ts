/** Draws a DocModel with jsPDF + autotable, choosing the font per text run and per table cell. */
import { jsPDF } from 'jspdf';
import { autoTable, type Cell, type CellHookData } from 'jspdf-autotable';
import type { Block, DocModel } from './layouts';
import { LATIN_FONT } from './fonts';
import { fontFor, fontRuns } from './font-runs';

const MARGIN = 15; // mm
const LINE = 4.6; // mm per 9 pt line
/** Yield to the event loop this often so a page's progress bar can repaint. */
const YIELD_MS = 40;

/** Draws one line run by run, switching face where the script needs it; returns nothing. */
function drawRuns(doc: jsPDF, line: string, x: number, y: number, style: 'normal' | 'bold', options?: { baseline: 'top' }): void {
  for (const run of fontRuns(line)) {
    doc.setFont(run.font, style);
    doc.text(run.text, x, y, options);
    x += doc.getTextWidth(run.text);
  }
}

/** Cells mixing Japanese with Latin-Extended letters: their lines, drawn run by run after autotable's pass. */
const mixedCells = new WeakMap<Cell, string[]>();

/** Autotable measures and wraps with the face chosen here, per cell. */
function cellFont(data: CellHookData): void {
  data.cell.styles.font = fontFor(data.cell.text.join(' '));
}

function holdMixedCell(data: CellHookData): void {
  const lines = data.cell.text;
  if (lines.some((line) => fontRuns(line).length > 1)) {
    mixedCells.set(data.cell, lines);
    data.cell.text = [''];
  }
}

/** Mirrors autotable's own placement (autoTableText, top-aligned, left-aligned cells). */
function drawMixedCell(data: CellHookData): void {
  const lines = mixedCells.get(data.cell);
  if (!lines) return;
  const doc = data.doc as jsPDF;
  const fontSize = doc.getFontSize() / doc.internal.scaleFactor;
  const lineHeight = fontSize * doc.getLineHeightFactor();
  const { x, y } = data.cell.getTextPos();
  const style = data.cell.styles.fontStyle === 'bold' ? 'bold' : 'normal';
  lines.forEach((line, i) => drawRuns(doc, line, x, y + fontSize * (2 - 1.15) + i * lineHeight, style));
}

export interface RenderOptions {
  /** PDF date string, `D:YYYYMMDDHHmmSS+00'00'`. */
  creationDate: string;
  /** 32 hex digits. */
  fileId: string;
  onProgress?: (fraction: number) => void;
}

export async function renderDocument(model: DocModel, doc: jsPDF, options: RenderOptions): Promise<Uint8Array> {
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const contentWidth = pageWidth - 2 * MARGIN;
  let y = MARGIN;

  const text = (value: string, size: number, style: 'normal' | 'bold', x = MARGIN, width = contentWidth) => {
    doc.setFont(fontFor(value), style).setFontSize(size);
    const lines = doc.splitTextToSize(value, width) as string[];
    const height = lines.length * size * 0.3528 * 1.3;
    if (y + height > pageHeight - MARGIN - 8) {
      doc.addPage();
      y = MARGIN;
    }
    const step = size * 0.3528 * 1.3;
    lines.forEach((line, i) => drawRuns(doc, line, x, y + i * step, style, { baseline: 'top' }));
    y += height;
  };
  const ensureSpace = (needed: number) => {
    if (y + needed > pageHeight - MARGIN - 8) {
      doc.addPage();
      y = MARGIN;
    }
  };
  const tableBase = {
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + 8 },
    theme: 'grid' as const,
    styles: { font: LATIN_FONT, fontStyle: 'normal' as const, fontSize: 8, cellPadding: 1.4, overflow: 'linebreak' as const },
    headStyles: { font: LATIN_FONT, fontStyle: 'bold' as const, fillColor: [230, 233, 238] as [number, number, number], textColor: 20 },
    didParseCell: cellFont,
    willDrawCell: holdMixedCell,
    didDrawCell: drawMixedCell,
  };
  const afterTable = () => {
    y = ((doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ?? y) + 5;
  };

  const draw: { [T in Block['type']]: (block: Extract<Block, { type: T }>) => void } = {
    heading: (b) => {
      ensureSpace(40); // keep a heading with the start of what follows it
      y += 2;
      text(b.text, 12, 'bold');
      y += 1.5;
    },
    paragraph: (b) => {
      text(b.text, 9, 'normal');
      y += 3;
    },
    table: (b) => {
      const columnStyles = Object.fromEntries([
        ...(b.nowrap ?? []).map((i) => [i, { cellWidth: 'wrap' as const }]),
        ...Object.entries(b.widths ?? {}).map(([i, width]) => [i, { cellWidth: width }]),
      ]);
      autoTable(doc, { ...tableBase, startY: y, head: [b.columns], body: b.rows, columnStyles });
      afterTable();
    },
    fields: (b) => {
      ensureSpace(30);
      autoTable(doc, {
        ...tableBase,
        startY: y,
        head: [[{ content: b.title, colSpan: 2 }]],
        body: b.rows,
        columnStyles: { 0: { cellWidth: 58, fontStyle: 'bold' } },
      });
      afterTable();
    },
    certification: (b) => {
      ensureSpace(45);
      y += 4;
      text('Certification', 12, 'bold');
      y += 1.5;
      text(b.statement, 9, 'normal');
      y += 14;
      doc.setDrawColor(60).setLineWidth(0.3);
      doc.line(MARGIN, y, MARGIN + 95, y);
      doc.line(MARGIN + 110, y, MARGIN + 160, y);
      y += 1.5;
      doc.setFont(LATIN_FONT, 'normal').setFontSize(8);
      doc.text('Signature', MARGIN, y, { baseline: 'top' });
      doc.text('Date', MARGIN + 110, y, { baseline: 'top' });
      y += LINE;
    },
  };

  text(model.title, 16, 'bold');
  y += 1;
  for (const line of model.header) text(line, 9.5, 'normal');
  y += 4;

  let lastYield = performance.now();
  for (let i = 0; i < model.blocks.length; i++) {
    const block = model.blocks[i];
    (draw[block.type] as (b: Block) => void)(block);
    options.onProgress?.((i + 1) / (model.blocks.length + 1));
    if (performance.now() - lastYield > YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }

  // Footers need the final page count, so they are drawn last on every page.
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFontSize(8).setTextColor(90);
    drawRuns(doc, model.title, MARGIN, pageHeight - MARGIN + 2, 'normal');
    doc.setFont(LATIN_FONT, 'normal');
    doc.text(`Page ${page} of ${pages}`, pageWidth - MARGIN, pageHeight - MARGIN + 2, { align: 'right' });
    doc.setTextColor(0);
  }

  doc.setProperties({ title: model.title, subject: model.subject, author: model.author, creator: 'Candor' });
  doc.setCreationDate(options.creationDate);
  doc.setFileId(options.fileId);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  options.onProgress?.(1);
  return bytes;
}
