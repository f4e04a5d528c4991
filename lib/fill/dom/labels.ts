/**
 * Label inference for one form control, in the order a person reading the page would use:
 * explicit associations first, then layout conventions (tables, dt/dd, floating and preceding
 * text), then the control's own placeholder, title and name/id tokens.
 */
import type { LabelSource } from '../types';
import { collapse, textOf, tokensOf } from './text';

export interface InferredLabel {
  label: string;
  source: LabelSource;
  hints: string[];
}

type Control = HTMLElement & { name?: string; placeholder?: string; type?: string };

const MAX_LABEL = 200;
/** A yes/no question over radios may run to a few lines ("From any for-profit organization, did you receive…"). */
const MAX_QUESTION = 400;

/** The nearest ancestor-or-self of each kind that label inference and sections ask about. */
export interface Surroundings {
  label: Element | null;
  cell: HTMLTableCellElement | null;
  table: HTMLTableElement | null;
  dd: Element | null;
  /** fieldset, radiogroup or group: where a question over several controls is asked. */
  group: Element | null;
  fieldset: Element | null;
}

const NOWHERE: Surroundings = { label: null, cell: null, table: null, dd: null, group: null, fieldset: null };

/** `el` added to its parent's surroundings; the parent's own object when `el` is none of the kinds. */
function surroundingsWith(el: Element, up: Surroundings): Surroundings {
  const tag = el.localName;
  const role = el.getAttribute('role');
  const group = tag === 'fieldset' || role === 'radiogroup' || role === 'group';
  const cell = tag === 'td' || tag === 'th';
  if (!group && !cell && tag !== 'label' && tag !== 'table' && tag !== 'dd') return up;
  return {
    label: tag === 'label' ? el : up.label,
    cell: cell ? (el as HTMLTableCellElement) : up.cell,
    table: tag === 'table' ? (el as HTMLTableElement) : up.table,
    dd: tag === 'dd' ? el : up.dd,
    group: group ? el : up.group,
    fieldset: tag === 'fieldset' ? el : up.fieldset,
  };
}

/**
 * Lookups built once per scan so inference stays linear in the number of controls: `label[for]`
 * per root, and each element's surroundings (what `closest()` would find), which the controls of
 * a table share above their cells.
 */
export class PageIndex {
  private labelsByRoot = new Map<Node, Map<string, HTMLLabelElement[]>>();
  private surroundings = new Map<Element, Surroundings>();
  private cellsWithControls = new Set<Element>();

  /**
   * Starts the `label[for]` index of a root the caller walks in full, calling addLabel for each
   * label it meets (cheaper than a second pass over the root when option lists are long).
   */
  walking(root: Document | ShadowRoot): void {
    this.labelsByRoot.set(root, new Map());
  }

  addLabel(root: Document | ShadowRoot, label: HTMLLabelElement): void {
    const key = label.getAttribute('for');
    if (key === null) return;
    const map = this.labelsByRoot.get(root)!;
    const list = map.get(key);
    if (list) list.push(label);
    else map.set(key, [label]);
  }

  forId(root: Document | ShadowRoot, id: string): HTMLLabelElement[] {
    if (!this.labelsByRoot.has(root)) {
      this.walking(root);
      for (const label of Array.from(root.querySelectorAll('label[for]'))) this.addLabel(root, label as HTMLLabelElement);
    }
    return this.labelsByRoot.get(root)!.get(id) ?? [];
  }

  private firstRadios = new Map<Node, Map<string, Element>>();

  /** Records a control the walk met, so that the table cells around it are known to hold one. */
  addControl(el: Element): void {
    if (el.localName === 'input' && (el as HTMLInputElement).type === 'radio') {
      const owner = (el as HTMLInputElement).form ?? rootOf(el);
      let byName = this.firstRadios.get(owner);
      if (!byName) this.firstRadios.set(owner, (byName = new Map()));
      const name = (el as HTMLInputElement).name;
      if (!byName.has(name)) byName.set(name, el);
    }
    for (let cell = this.around(el).cell; cell && !this.cellsWithControls.has(cell); cell = cell.parentElement && this.around(cell.parentElement).cell)
      this.cellsWithControls.add(cell);
  }

  /** The first radio of `radio`'s group (same name, same form) the walk met; the radio itself when none was recorded. */
  firstRadio(radio: HTMLInputElement): Element {
    return this.firstRadios.get(radio.form ?? rootOf(radio))?.get(radio.name) ?? radio;
  }

  private boxesByCell = new Map<Element, Element[]>();
  private boxesRecorded = false;

  /** Records an input, select or textarea of any type the walk met, under every table cell around it. */
  addBox(el: Element): void {
    this.boxesRecorded = true;
    for (let cell = this.around(el).cell; cell; cell = cell.parentElement && this.around(cell.parentElement).cell) {
      const boxes = this.boxesByCell.get(cell);
      if (boxes) boxes.push(el);
      else this.boxesByCell.set(cell, [el]);
    }
  }

  /**
   * The inputs, selects and textareas in a cell, in tree order: what `cell.querySelectorAll` finds,
   * from the walk's record (a query per control of a long table was a tenth of the scan).
   */
  boxesIn(cell: Element): Element[] {
    return this.boxesRecorded ? (this.boxesByCell.get(cell) ?? []) : Array.from(cell.querySelectorAll('input,select,textarea'));
  }

  /** Does this cell hold a control (a label cell holds none)? Asked of the DOM when no walk recorded controls. */
  holdsControl(cell: Element): boolean {
    return this.cellsWithControls.size ? this.cellsWithControls.has(cell) : !!cell.querySelector('input,select,textarea,[contenteditable]');
  }

  /** The label, cell, table, dd, group and fieldset `el` is in (or is), like `el.closest(kind)` for each. */
  private radioNames = new Map<Element, number>();

  /** How many radio groups (by name) a fieldset or radiogroup holds: several, and its legend asks none of them. */
  radioGroupsIn(group: Element): number {
    let count = this.radioNames.get(group);
    if (count === undefined) {
      count = new Set(Array.from(group.querySelectorAll('input[type=radio]'), (r) => (r as HTMLInputElement).name)).size;
      this.radioNames.set(group, count);
    }
    return count;
  }

  around(el: Element): Surroundings {
    const known = this.surroundings.get(el);
    if (known) return known;
    // Up to the nearest ancestor already known, then down again (no recursion: pages can nest deeply).
    const chain: Element[] = [];
    let up: Surroundings = NOWHERE;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const hit = this.surroundings.get(node);
      if (hit) {
        up = hit;
        break;
      }
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      up = surroundingsWith(chain[i], up);
      this.surroundings.set(chain[i], up);
    }
    return up;
  }
}

function rootOf(el: Element): Document | ShadowRoot {
  const root = el.getRootNode();
  return (root.nodeType === 11 || root.nodeType === 9 ? root : el.ownerDocument) as Document | ShadowRoot;
}

/** The text of the elements an `aria-labelledby`-style list of ids names, in the element's own root. */
export function byIds(el: Element, ids: string): string {
  const root = rootOf(el);
  return collapse(
    ids
      .split(/\s+/)
      .map((id) => textOf((root as Document).getElementById?.(id) ?? root.querySelector(`#${CSS.escape(id)}`)))
      .join(' '),
  );
}

const LABEL_HINT = '[class*="hint"],[class*="Hint"],[class*="help"],[class*="Help"]';

/**
 * A label's own words, and the help styled inside it ("Montant total <span class="fr-hint-text">in
 * the original currency</span>"): the help is evidence, not the field's name. textOf skips the
 * control a wrapping label contains.
 */
function labelText(label: Element): { text: string; hint: string } {
  const text = textOf(label);
  const help = label.querySelector(LABEL_HINT);
  const hint = help ? textOf(help) : '';
  const own = hint ? collapse(text.replace(hint, '')) : '';
  return own ? { text: own, hint } : { text, hint: '' };
}

interface HeaderLines {
  /** Header text per column, one list per line of a record. */
  lines: string[][];
  /** The header cells stacked over each column of each line, in order ("配分機関名" over "課題番号"). */
  stacks: string[][][];
}
const headerCache = new WeakMap<HTMLTableElement, HeaderLines>();

/**
 * Header text per column, from every header row, honouring colspan and rowspan — one list per
 * line of a record. A header row whose cell spans several cells of the row above does not refine
 * them ("Start date" over "Month | Year"): it heads a second line of each record (a record's title
 * and reasons on a row of their own under 状況 | 制度 | 期間 …).
 */
function headerLines(table: HTMLTableElement, bodyRow: HTMLTableRowElement): HeaderLines {
  const cached = headerCache.get(table);
  if (cached) return cached;
  const rows = table.tHead ? Array.from(table.tHead.rows) : leadingHeaderRows(table, bodyRow);
  const { owner: grid, starts } = cellGrid(rows);
  const lineStarts = [0];
  rows.forEach((row, r) => {
    const parallel = r > 0 && Array.from(row.cells).some((cell, i) => new Set(grid[r - 1].slice(starts[r][i], starts[r][i] + Math.max(1, cell.colSpan))).size > 1);
    if (parallel) lineStarts.push(r);
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  const stacks = lineStarts.map((start, k) => {
    const band = grid.slice(start, lineStarts[k + 1] ?? grid.length);
    return Array.from({ length: width }, (_, c) => [...new Set(band.map((g) => g[c]))].filter(Boolean).map((cell) => textOf(cell!)).filter(Boolean));
  });
  const result = { lines: stacks.map((line) => line.map((texts) => collapse(texts.join(' ')))), stacks };
  headerCache.set(table, result);
  return result;
}

/**
 * Without a <thead>, the header is the first row if it has header cells and no control, and each
 * row after it made of header cells only ("研究期間" spanning "開始 | 終了" on the row below).
 */
function leadingHeaderRows(table: HTMLTableElement, bodyRow: HTMLTableRowElement): HTMLTableRowElement[] {
  const out: HTMLTableRowElement[] = [];
  for (const row of Array.from(table.rows)) {
    if (row === bodyRow || row.querySelector('input,select,textarea')) break;
    const cells = Array.from(row.cells);
    if (out.length ? !cells.length || cells.some((c) => c.localName !== 'th') : !row.querySelector('th')) break;
    out.push(row);
  }
  return out;
}

/** The cell covering each column of each row, colspans and rowspans counted, and the column each row's own cells start at. */
function cellGrid(rows: HTMLTableRowElement[]): { owner: (HTMLTableCellElement | undefined)[][]; starts: number[][] } {
  const owner: (HTMLTableCellElement | undefined)[][] = rows.map(() => []);
  const starts = rows.map((row, r) => {
    const out: number[] = [];
    let col = 0;
    for (const cell of Array.from(row.cells)) {
      while (owner[r][col] !== undefined) col++;
      out.push(col);
      const span = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < Math.max(1, cell.rowSpan) && r + dr < rows.length; dr++)
        for (let dc = 0; dc < span; dc++) owner[r + dr][col + dc] = cell;
      col += span;
    }
    return out;
  });
  return { owner, starts };
}

interface RowLayout {
  /** The column each cell starts at. */
  starts: number[];
  /** Rows since the row whose spanning first cell ("No.", rowspan=2) also covers this one; 0 when none does. */
  spanned: number;
  /** Rows in the row's section. */
  siblings: number;
}

const layoutCache = new WeakMap<HTMLTableRowElement, RowLayout>();

/**
 * Where a row's cells sit, counting colspans and the rowspans of rows above it in its section;
 * one pass per section, not per control.
 */
function rowLayout(tr: HTMLTableRowElement): RowLayout {
  const cached = layoutCache.get(tr);
  if (cached) return cached;
  const section = tr.parentElement;
  const rows = section ? (Array.from(section.children).filter((c) => c.localName === 'tr') as HTMLTableRowElement[]) : [tr];
  const { owner, starts } = cellGrid(rows);
  rows.forEach((row, r) => {
    const first = owner[r][0]?.parentElement;
    layoutCache.set(row, { starts: starts[r], spanned: first ? r - rows.indexOf(first as HTMLTableRowElement) : 0, siblings: rows.length });
  });
  return layoutCache.get(tr) ?? { starts: [], spanned: 0, siblings: 1 };
}

/**
 * Which line of a record a body row is, when the header has several: the rows a record's first
 * cell spans, else the row's place in a section of whole records.
 */
function recordLine(tr: HTMLTableRowElement, lines: number): number {
  if (lines < 2) return 0;
  const { spanned, siblings } = rowLayout(tr);
  if (spanned) return Math.min(spanned, lines - 1);
  return siblings % lines === 0 ? tr.sectionRowIndex % lines : 0;
}

/** Column header and row label for a control in a table cell. */
/** Where a column sits under a header spanning several ("研究期間 (開始 ～ 終了)" over two cells): how many it spans, and which this is. */
interface HeaderRun { count: number; at: number }

function tableHeaders(el: Element, index: PageIndex): { column: string; row: string; run: HeaderRun; stack: string[] } | null {
  const cell = index.around(el).cell;
  if (!cell) return null;
  const tr = cell.parentElement as HTMLTableRowElement | null;
  const table = index.around(cell).table;
  if (!tr || !table) return null;
  const col = rowLayout(tr).starts[cell.cellIndex] ?? 0;
  const { lines, stacks } = tr.parentElement === table.tHead ? { lines: [], stacks: [] } : headerLines(table, tr);
  const lineIndex = recordLine(tr, lines.length);
  // A cell spanning columns that different headers head (a record's full-width second row) is under none of them.
  const spanned = lines.length ? new Set(lines[lineIndex].slice(col, col + Math.max(1, cell.colSpan))) : new Set<string>();
  const column = spanned.size === 1 ? ([...spanned][0] ?? '') : '';
  const stack = column && cell.colSpan === 1 ? stacks[lineIndex][col] : [];
  const run = { count: 1, at: 0 };
  if (column && cell.colSpan === 1) {
    const line = lines[lineIndex];
    let start = col;
    while (start > 0 && line[start - 1] === column) start--;
    let end = col;
    while (end + 1 < line.length && line[end + 1] === column) end++;
    Object.assign(run, { count: end - start + 1, at: col - start });
  }
  // Row label: the nearest cell before this one that holds text and no control (label | field | label | field layouts).
  let row = '';
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (index.holdsControl(c)) break;
    const t = textOf(c);
    if (t) {
      row = t;
      break;
    }
  }
  // A row header cell (`<th>` first in the row) labels every control across the row.
  const first = tr.cells[0];
  if (!row && first && first !== cell && first.localName === 'th' && !index.holdsControl(first)) row = textOf(first);
  if (!column && !row) return null;
  return { column, row, run, stack };
}

const CHOICE_OR_HIDDEN = new Set(['radio', 'checkbox', 'hidden']);
/** The boxes that take typed values among a cell's controls (not its radios, checkboxes or hidden inputs). */
const typedBoxes = (boxes: Element[]) => boxes.filter((b) => b.localName !== 'input' || !CHOICE_OR_HIDDEN.has((b as HTMLInputElement).type));
const HEADER_PARTS = /[/／～〜・]|\s[–—-]\s/;

/**
 * Boxes sharing one cell under a header that names each in turn ("Geldgeber / Förderkennzeichen",
 * "Laufzeit (von – bis)", "Amount / Currency"), or cells of their own under one header spanning
 * them ("研究期間（開始 YYYY/MM ～ 終了 YYYY/MM）" over two columns): the box's own part of the header, in order.
 */
function columnPart(el: Element, column: string, run: HeaderRun, index: PageIndex): string | null {
  if (!HEADER_PARTS.test(column)) return null;
  const boxes = typedBoxes(index.boxesIn(index.around(el).cell!));
  const shared = boxes.length >= 2;
  const count = shared ? boxes.length : run.count;
  if (count < 2) return null;
  const at = shared ? boxes.indexOf(el) : run.at;
  // A date format's own slash ("YYYY/MM") parts nothing.
  const split = (text: string) =>
    text.replace(DATE_SLASH, '$1\u2044').split(/\s*[/／・]\s*|\s+[–—-]\s+|\s*[～〜]\s*/).filter(Boolean).map((part) => part.replace(/\u2044/g, '/'));
  const inner = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(column);
  const innerParts = inner ? split(inner[2]) : [];
  // A bracketed date layout ("研究期間（YYYY/MM）") is no list of parts: two boxes under it are the period's ends.
  if (innerParts.length && innerParts.every((p) => p.split(/[\s/]+/).every((w) => DATE_TOKEN.test(w)))) {
    // Only when a range mark stands between boxes in one cell: "From (MM / YYYY)" over a month and a year is one date.
    if (count !== 2 || (shared && !RANGE_MARK.test(textBetween(boxes[0], boxes[1])))) return null;
    return `${column} ${/[\u3000-\u9fff]/.test(column) ? ['開始', '終了'][at] : ['from', 'to'][at]}`;
  }
  if (inner && innerParts.length === count) return inner[1] ? `${inner[1]} ${innerParts[at]}` : innerParts[at];
  // The parts before a bracketed format ("Laufzeit von – bis (MM.JJJJ)").
  const parts = split(inner ? inner[1] : column);
  return parts.length === count ? parts[at] : null;
}

const DATE_SLASH = /\b(yyyy|yy|mm|dd|jjjj|jj|aaaa|aa|tt|gg)\s*\/\s*(?=(?:yyyy|yy|mm|dd|jjjj|jj|aaaa|aa|tt|gg)\b)/gi;
const RANGE_MARK = /^\s*([～〜~–—-]|to|bis|au|al|a|から)\s*$/i;

/** The text between two controls that follow each other in one cell. */
function textBetween(a: Element, b: Element): string {
  let text = '';
  for (let node = a.nextSibling; node && node !== b; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).contains(b)) break;
    text += node.textContent ?? '';
  }
  return text;
}

const DATE_TOKEN = /^(y{2,4}|m{1,2}|d{1,2}|j{2,4}|a{2,4}|t{1,2}|g{1,2}|年|月|日|西暦)$/i;

/** A column header that only names a year or a numbered period ("2025", "Year 2"): what the row holds is in the row header. */
const PERIOD_ONLY = /^\s*((19|20)\d\d|(year|yr|annee|année|jahr|anno|budget period|period)\s*\d{1,2}|\d{1,2}\s*年目|(19|20)\d\d\s*年度?)\s*$/i;

/** A required or optional marker standing alone ("*", "必須", "(optional)"): it names nothing. */
const FIELD_MARKER = /^[(（]?\s*(\*|＊|必須|任意|required|optional|obligatoire|facultatif|pflichtfeld|pflicht|erforderlich|obbligatorio|facoltativo)\s*[)）]?$/i;

/** Text immediately before the control: previous siblings, then up to three ancestors' previous siblings. */
function precedingText(el: Element, max = MAX_LABEL): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    let sib: Node | null = node.previousSibling;
    while (sib) {
      if (sib.nodeType === 1 && ((sib as Element).matches('input,select,textarea,[contenteditable]') || (sib as Element).querySelector('input,select,textarea,[contenteditable]'))) return '';
      const t = sib.nodeType === 3 ? collapse(sib.nodeValue) : sib.nodeType === 1 ? textOf(sib) : '';
      // "他の研究費の受入・申請<span class=req>必須</span> ◯あり": the words are before the marker.
      if (t && !FIELD_MARKER.test(t)) return t.length <= max ? t : '';
      sib = sib.previousSibling;
    }
    node = node.parentElement;
    if (node && /^(FORM|FIELDSET|TABLE|BODY|SECTION)$/.test(node.tagName)) break;
  }
  return '';
}

/** A label-like sibling positioned over the field (Material-style floating labels, no `for`). */
function floatingLabel(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return '';
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === el || sib.querySelector('input,select,textarea')) continue;
    const cls = typeof sib.className === 'string' ? sib.className : '';
    if ((sib.tagName === 'LABEL' && !sib.hasAttribute('for')) || /(^|[\s_-])(floating-?label|label|float)([\s_-]|$)/i.test(cls)) {
      const t = textOf(sib);
      if (t && t.length <= MAX_LABEL) return t;
    }
  }
  return '';
}

function questionOfGroup(el: Element, index: PageIndex): string {
  const group = index.around(el).group;
  if (!group) return '';
  const by = group.getAttribute('aria-labelledby');
  if (by) return byIds(group, by);
  const aria = group.getAttribute('aria-label');
  if (aria) return collapse(aria);
  const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
  if (legend) return textOf(legend);
  return precedingText(group);
}

/** A radio group's question when no fieldset or radiogroup holds it: the text before its first option. */
function questionBeforeRadios(el: HTMLInputElement, index: PageIndex): string {
  const first = el.name ? index.firstRadio(el) : firstRadioAround(el);
  return precedingText(optionsTable(first as HTMLInputElement) ?? index.around(first).label ?? first, MAX_QUESTION);
}

/** A table holding nothing but one group's options (ASP.NET's RadioButtonList): the question stands before it. */
function optionsTable(radio: HTMLInputElement): Element | null {
  const table = radio.closest('table');
  if (!table || !radio.name) return null;
  for (const c of Array.from(table.querySelectorAll('input,select,textarea'))) if ((c as HTMLInputElement).name !== radio.name) return null;
  return table;
}

/** Radios with no name share no group: their options are the radios of the nearest element holding several. */
function firstRadioAround(el: HTMLInputElement): Element {
  for (let node = el.parentElement, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const radios = node.querySelectorAll('input[type=radio]');
    if (radios.length > 1) return radios[0];
  }
  return el;
}

export function inferLabel(control: Element, index: PageIndex): InferredLabel {
  const el = control as Control;
  const hints: string[] = [];
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const isChoice = type === 'radio';

  let label = '';
  let source: LabelSource = 'none';
  const take = (text: string, from: LabelSource) => {
    const t = collapse(text);
    if (!t) return;
    if (!label) {
      const max = isChoice ? MAX_QUESTION : MAX_LABEL;
      label = t.length > max ? t.slice(0, max) : t;
      source = from;
    } else if (t !== label) hints.push(t);
  };

  // Radios: the question is the label; the radio's own text is its option.
  if (isChoice) {
    // A fieldset holding several questions ("Liens d'intérêts": 1. …? Oui/Non, 2. …? Oui/Non): each asks its own, the legend titles them.
    const group = index.around(el).group;
    if (group && index.radioGroupsIn(group) > 1) take(questionBeforeRadios(el as HTMLInputElement, index), 'preceding-text');
    take(questionOfGroup(el, index), 'legend');
    if (!label) take(questionBeforeRadios(el as HTMLInputElement, index), 'preceding-text');
  }

  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) take(byIds(el, labelledBy), 'aria-labelledby');
  const takeLabel = (l: Element, from: LabelSource) => {
    const { text, hint } = labelText(l);
    take(text, from);
    if (hint && !hints.includes(hint)) hints.push(hint);
  };
  if (el.id) for (const l of index.forId(rootOf(el), el.id)) takeLabel(l, 'label-for');
  const around = index.around(el);
  if (around.label) takeLabel(around.label, 'label-wrap');
  const aria = el.getAttribute('aria-label');
  if (aria) take(aria, 'aria-label');
  const headers = tableHeaders(el, index);
  // Several controls in one cell beside one row header ("研究期間: 元号 年 月 ～ 元号 年 月", "氏名: 姓 [ ] 名 [ ]"):
  // each one's own title, or the word right before it, tells them apart; the row header stays as evidence.
  // Under a column header too ("研究期間": [開始年月] ～ [終了年月]), when the boxes' titles tell them apart.
  const cellBoxes = headers ? index.boxesIn(index.around(el).cell!) : [];
  const shared = !!headers?.row && !headers.column && cellBoxes.length > 1;
  const ownTitle = shared || (headers?.column && distinctTitles(cellBoxes)) ? el.getAttribute('title') : null;
  const ownWord = shared && !ownTitle ? wordBefore(el) : null;
  // Two boxes under one column ("Supporting Agency and Award Number": [Supporting agency] [Award No.]): each box's placeholder names it.
  const underColumn = !ownTitle && !!headers?.column && ROW_NUMBER_OR_NONE.test(headers.row ?? '');
  const ownPlaceholder = underColumn && distinctPlaceholders(cellBoxes) ? placeholderOf(el) : null;
  // Or by the word set before each ("<span>配分機関名</span>[ ] <span>制度名・事業名</span>[ ]").
  const ownCaption = underColumn && !ownPlaceholder && distinctCaptions(cellBoxes) ? wordBefore(el) : null;
  // A title already names what the row header says ("研究期間" in "研究期間（開始）年"); a bare word does not.
  if (ownTitle) {
    take(ownTitle, 'title');
    if (headers!.column) hints.push(headers!.column);
  } else if (ownPlaceholder || ownCaption) {
    take((ownPlaceholder ?? ownCaption)!, ownPlaceholder ? 'placeholder' : 'preceding-text');
    hints.push(headers!.column!);
  } else if (ownWord) {
    take(ownWord, 'preceding-text');
    hints.push(headers!.row!);
  } else if (headers) {
    const byRow = !headers.column || (!!headers.row && PERIOD_ONLY.test(headers.column));
    // Boxes stacked in one cell under headers stacked alike ("配分機関名" over "課題番号"): each box its own header.
    const typed = typedBoxes(cellBoxes);
    const stacked = !byRow && !isChoice && headers.stack.length > 1 && typed.length === headers.stack.length ? headers.stack[typed.indexOf(el)] : null;
    const part = stacked ?? (!byRow && !isChoice ? columnPart(el, headers.column, headers.run, index) : null);
    take(part ?? (byRow ? headers.row : headers.column), 'table');
    if (part) hints.push(headers.column);
    if (headers.column && headers.row) hints.push(byRow ? headers.column : headers.row);
  }
  if (around.dd) {
    let prev = around.dd.previousElementSibling;
    while (prev && prev.tagName !== 'DT') prev = prev.previousElementSibling;
    // Several boxes under one term ("氏名: 姓 [ ] 名 [ ]", "[Family name] [Given name]"): each one's own word or
    // placeholder tells them apart, the term stays as evidence.
    const boxes = label || !prev ? [] : Array.from(around.dd.querySelectorAll(TYPED_BOXES));
    if (boxes.length > 1 && distinctWords(boxes)) take(wordBefore(el)!, 'preceding-text');
    else if (boxes.length > 1 && distinctPlaceholders(boxes)) take(placeholderOf(el)!, 'placeholder');
    if (prev) take(textOf(prev), 'dt');
  }
  if (!isChoice && type !== 'checkbox') {
    const floating = floatingLabel(el);
    if (floating) take(floating, 'floating');
  }
  if (!label || type === 'checkbox') {
    const before = precedingText(el);
    if (before) take(before, 'preceding-text');
  }
  if (!isChoice) {
    // A group's question ("Start date" over Day/Month/Year boxes) is evidence for each part.
    const q = questionOfGroup(el, index);
    if (q && q !== label && q.length <= MAX_LABEL) hints.push(q);
  }
  // Help text the control points at ("Your ORCID iD, for example …"): evidence, never the label.
  const describedBy = el.getAttribute('aria-describedby');
  if (describedBy) {
    const described = byIds(el, describedBy);
    if (described && described !== label && described.length <= MAX_LABEL && !hints.includes(described)) hints.push(described);
  }
  // A unit printed right after the box ("[ ] 千円", "[ ] EUR"): what the box counts in.
  const after = el.nextSibling?.nodeType === 3 && collapse(el.nextSibling.nodeValue) ? el.nextSibling : el.nextElementSibling;
  const unitText = after && !(after.nodeType === 1 && (after as Element).matches('input,select,textarea,button')) ? collapse(after.textContent) : '';
  if (unitText.length <= 8 && UNIT.test(unitText)) hints.push(unitText);
  // Help printed under the box's wrapper ("Format: 12/31/2024"), when it shows what to type.
  // Help printed after the box inside its wrapper ("<input><label/><div class=hint>Format: …</div>") counts too.
  let help = el.parentElement?.nextElementSibling;
  for (let sib = el.nextElementSibling, n = 0; sib && n < 3; sib = sib.nextElementSibling, n++) if (HELP_CLASS.test(sib.getAttribute('class') ?? '')) help = sib;
  const helpText = help && HELP_CLASS.test(help.getAttribute('class') ?? '') ? collapse(help.textContent) : '';
  if (helpText && helpText.length <= MAX_LABEL && FORMAT_HINT.test(helpText) && !hints.includes(helpText)) hints.push(helpText);
  const placeholder = placeholderOf(el);
  if (placeholder) take(placeholder, 'placeholder');
  const title = el.getAttribute('title');
  if (title) take(title, 'title');
  const name = el.getAttribute('name') || el.id;
  if (name) take(tokensOf(fieldName(name)), 'name');
  return { label, source, hints };
}

const HELP_CLASS = /(^|[\s_-])(help|hint|form-text|helptext|help-block)([\s_-]|$)/i;
const FORMAT_HINT = /format|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|yyyy|jjjj|aaaa/i;
const UNIT = /[%％円€$£]|\b(EUR|USD|CHF|GBP|JPY|CAD|AUD)\b/;

/**
 * The field's own part of a qualified name: "frmFin:tblFin:0:programme" is the programme, not a
 * "fin"; "otherSupport[2].agency" is the agency.
 */
function fieldName(name: string): string {
  const parts = name.split(/[:.[\]]+/).filter((p) => p && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? name;
}

/** The text of a radio's or checkbox's own option label. */
export function optionLabel(control: Element, index: PageIndex): string {
  const el = control as HTMLElement;
  if (el.id) {
    const l = index.forId(rootOf(el), el.id)[0];
    if (l) return textOf(l);
  }
  const wrap = index.around(el).label;
  if (wrap) return textOf(wrap);
  const aria = el.getAttribute('aria-label');
  if (aria) return collapse(aria);
  const next = el.nextSibling;
  if (next) {
    const t = next.nodeType === 3 ? collapse(next.nodeValue) : textOf(next);
    if (t) return t;
  }
  return (el as HTMLInputElement).value ?? '';
}

/** Longest text taken as a box's own word inside a shared cell ("姓", "Family name", "from"). */
const MAX_OWN_WORD = 24;

/**
 * The short text of the element right before a control in its cell ("<span>姓</span><input>"), if
 * there is one. Bare text between boxes ("[ ] 年 [ ] 月") is a unit after the box before, not a label.
 */
/** Two or more boxes whose titles all differ ("開始年月", "終了年月"). */
function distinctTitles(boxes: Element[]): boolean {
  const titles = boxes.map((b) => collapse(b.getAttribute('title')));
  return titles.length > 1 && titles.every((t) => t) && new Set(titles).size === titles.length;
}

/** No row header, or only the row's number ("1", "2."), which names nothing. */
const ROW_NUMBER_OR_NONE = /^(\d{1,3}\.?)?$/;

function placeholderOf(el: Element): string | null {
  return el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
}

/** A placeholder or caption showing a format or a date part ("MM/YYYY", "YYYY", "年") tells what to type, not what the box is. */
const FORMAT_TEXT = /\d|^\s*(m{1,2}|y{2,4}|d{1,2}|j{2,4}|a{2,4}|t{2}|g{2}|mois|monat|mese|jahr|anno|annee|année|day|month|year|年|月|日)\s*$|[/.-]\s*(yy|jj|aa|mm)/i;

/** Two or more boxes whose placeholders all differ and name things rather than formats. */
function distinctPlaceholders(boxes: Element[]): boolean {
  const texts = boxes.map((b) => collapse(placeholderOf(b)));
  return texts.length > 1 && texts.every((t) => t && !FORMAT_TEXT.test(t)) && new Set(texts).size === texts.length;
}

/**
 * Two or more boxes each right after its own caption element, all different and none a format
 * or date part ("[ ] 年 [ ] 月" are units after the boxes, not captions before them).
 */
function distinctCaptions(boxes: Element[]): boolean {
  if (boxes.length < 2) return false;
  const captions: string[] = [];
  for (const box of boxes) {
    if (previousNonBlank(box)?.nodeType !== 1) return false;
    const text = wordBefore(box);
    if (!text || FORMAT_TEXT.test(text)) return false;
    captions.push(text);
  }
  return new Set(captions).size === captions.length;
}

const TYPED_BOXES = 'input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=button]):not([type=submit]),select,textarea';

/** Two or more boxes each right after its own word, all different and none a format or date part ("姓 [ ] 名 [ ]", not "[ ] 年 [ ] 月"). */
function distinctWords(boxes: Element[]): boolean {
  const words = boxes.map(wordBefore);
  return words.every((w) => !!w && !FORMAT_TEXT.test(w)) && new Set(words).size === words.length;
}

/** The node right before `el`, past blank text. */
function previousNonBlank(el: Element): ChildNode | null {
  let node = el.previousSibling;
  while (node && node.nodeType === 3 && !node.textContent?.trim()) node = node.previousSibling;
  return node;
}

function wordBefore(el: Element): string | null {
  const node = previousNonBlank(el);
  // A bare word ("姓 [ ]　名 [ ]") or a word in its own element ("<span>Family</span> [ ]").
  if (!node || (node.nodeType !== 1 && node.nodeType !== 3) || (node.nodeType === 1 && (node as Element).querySelector('input,select,textarea'))) return null;
  const text = collapse(node.textContent);
  return text && text.length <= MAX_OWN_WORD ? text : null;
}
