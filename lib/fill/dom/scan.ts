/**
 * One pass over a document in reading order: form controls (through open shadow roots and
 * same-origin frames), the heading/legend each sits under, and the page's "Add another…" controls.
 * Reads only; the content script keeps the returned elements so later calls can refer to them by id.
 */
import type { AddControl, ControlType, FieldDescriptor, OptionInfo, ScanSelectors } from '../types';
import addVocab from '../vocab/add-controls.json';
import cues from '../vocab/cues.json';
import { byIds, inferLabel, optionLabel, PageIndex } from './labels';
import { collapse, headingTextOf, isEditingHost, textOf } from './text';
import { LEAD_MARK, normalize, NUMBERED_PART } from '../normalize';
import type { VisibilityCheck } from './visibility';

export interface ScanOptions {
  visibility: VisibilityCheck;
  frame?: string;
  selectors?: ScanSelectors;
}

function hits(el: Element, selectors: string[], within: boolean): number[] | undefined {
  const out: number[] = [];
  selectors.forEach((sel, i) => {
    try {
      if (sel && (within ? el.closest(sel) : el.matches(sel))) out.push(i);
    } catch {
      // An invalid selector in a map matches nothing.
    }
  });
  return out.length ? out : undefined;
}

export interface ScanResult {
  fields: FieldDescriptor[];
  addControls: AddControl[];
  elements: HTMLElement[];
  addElements: HTMLElement[];
  /** Every document and open shadow root the scan read, outermost first. */
  roots: (Document | ShadowRoot)[];
}

const ADD_RE = new RegExp(addVocab.add, 'i');
const NEVER_RE = new RegExp(addVocab.never, 'i');
const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const NAMED_INPUT_TYPES = new Set<string>(['text', 'email', 'number', 'tel', 'url', 'search', 'date', 'month', 'checkbox', 'radio', 'password', 'file']);
const SKIP_SUBTREES = new Set(['OPTION', 'OPTGROUP', 'DATALIST', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function controlType(el: Element): ControlType | null {
  switch (el.tagName) {
    case 'TEXTAREA':
      return 'textarea';
    case 'SELECT':
      return (el as HTMLSelectElement).multiple ? 'select-multiple' : 'select';
    case 'INPUT': {
      const t = ((el as HTMLInputElement).type || 'text').toLowerCase();
      if (SKIP_INPUT_TYPES.has(t)) return t === 'hidden' ? 'hidden' : null;
      if (NAMED_INPUT_TYPES.has(t)) return t as ControlType;
      return 'other';
    }
    default:
      if (isEditingHost(el)) return 'contenteditable';
      return null;
  }
}

/** h1–h6 or role=heading: its level (1–6), else 0. */
function headingLevel(el: Element, role: string | null): number {
  const tag = el.localName;
  if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') return Number(tag[1]);
  if (role !== 'heading') return 0;
  return Math.min(6, Math.max(1, Number(el.getAttribute('aria-level')) || 2));
}

/** Class names of section titles drawn as styled text rather than headings ("blocktitle", "section-title", "panel-heading", "wfr-sect-h"). */
const TITLE_CLASS = /(^|[\s_-])((section|sect|sec|sez|sezione|separator|block|bloc|blocco|panel|card|form|group|box|page|sub|riquadro|pagina|rubrique|abschnitt|bereich|accordion|acc|region|portlet|module|step)[-_]?(title|titre|titel|titolo|heading|header|head|hdg|intestazione|entete|kopf|ueberschrift)|(section|sect|sec|panel|card|block|box|accordion|acc)[-_]?(hdr|hd|h)|(title|titre|titel|titolo|intestazione|entete|ueberschrift)[-_]?(section|sec|sez|bloc|block|sezione|blocco|riquadro|pagina|page|rubrique|abschnitt|bereich|box|panel)|heading|subheading|midashi|ueber|uberschrift|ueberschrift)([\s_-]|$)/i;
/** Terse class names ("cy-h2", "cy-sub", "ttl", a box's "h") that title a block only when their text is not a sentence ("sp-sub" paragraphs are instructions). */
const TERSE_TITLE_CLASS = /(^|[\s_-])(h[1-6]?|hd|hdr|sub|ttl|tit|sect|title|titre|titel|titolo)([\s_-]|$)/i;
/** A coloured bar across the form carrying a section's name ("bluebar", "section-bar"), not a bar of tools, tabs or links. */
const BAR_CLASS = /^(?!(nav|tool|side|progress|scroll|status|menu|tab|search|app|top|bottom|action|button|btn|info|alert|notification|snack)[-_]?bar$)[a-z]{2,}[-_]?bar$/i;
const SENTENCE_END = /[.!?。]$/;
/** Sub-titles ("cy-sub", "subheading"): they sit under the styled title before them rather than replace it. */
const SUB_TITLE_CLASS = /(^|[\s_-])(sub|subheading|sub[-_]?title|subtitle|h5|h6)([\s_-]|$)/i;
/** A card's own number ("Funding 2", "Finanziamento n. 3"): it sits under the list's title, not in its place. */
const ROW_TITLE = /^[^\d]{1,40}?\s(?:n[.°º]?\s*|no\.?\s*|#\s*)?\d{1,2}$/u;
const MAX_TITLE = 150;
/** A numbered part's title is a few words; longer numbered text is an instruction ("1. List every …"). */
const MAX_NUMBERED_PART = 80;
const HELP_TOGGLE = new RegExp(cues.helpToggle, 'i');
/** A question's end, with a required-field star after it. */
const QUESTION_END = /\s*[?？]\s*\*?\s*$/;

/** `used`: a list has followed the question; `run`: it came right after another question, with no list between. */
interface Lead { text: string; fieldset: Element; headingsSeen: number; used: boolean; run: boolean }

const RUN_IN_NOTE = /^(note|nb|n b|please note|important|hinweis|wichtig|achtung|remarque|attention|nota|avvertenza|注意|※)\b/i;

/** The bold words a paragraph opens with, ending in a colon ("Weitere Anbindungen:"), lettered ("A) …") or followed by a dash, unless they only say "Note:". */
function runInTitle(p: Element): string {
  const bold = p.firstElementChild;
  let first = p.firstChild;
  while (first && first.nodeType === 3 && !first.nodeValue?.trim()) first = first.nextSibling;
  if (!bold || !/^(strong|b)$/.test(bold.localName) || first !== bold) return '';
  const text = collapse(bold.textContent);
  // Ending in a colon, lettered like a sub-section ("A) Finanziamenti ottenuti."), or a line of its own (bold, then a line break).
  let after = bold.nextSibling;
  while (after && after.nodeType === 3 && !after.nodeValue?.trim()) after = after.nextSibling;
  // Or set off from the instruction after it by a dash ("<strong>Register of interests</strong> – list each …").
  const dashed = after?.nodeType === 3 && /^\s*[–—-]\s/.test(after.nodeValue ?? '');
  const titled = /[:：]$/.test(text) || /^([A-Za-z]|\d{1,2})[).]\s/.test(text) || ((after?.nodeName === 'BR' || dashed) && !SENTENCE_END.test(text));
  if (!titled || text.length > 80 || RUN_IN_NOTE.test(text)) return '';
  return text.replace(/[:：.]$/, '').trim();
}

/** A section's first block when it is a short title, not a heading, paragraph or anything holding controls. */
function leadingTitle(section: Element): string {
  const first = section.firstElementChild;
  if (!first || headingLevel(first, first.getAttribute('role')) || !/^(div|span|header|strong|b)$/.test(first.localName)) return '';
  if (first.querySelector('input,select,textarea,[contenteditable],h1,h2,h3,h4,h5,h6,[role=heading],p')) return '';
  const text = collapse(first.textContent);
  return SENTENCE_END.test(text) ? '' : text;
}

/**
 * A heading the page shows. One inside a hidden template ("Funding n. __" of the card an Add
 * button copies) titles nothing: the rows after it are under the headings before it.
 */
function rendered(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

function isStyledTitle(el: Element): boolean {
  if (!el.hasAttributes() || el.localName === 'label' || el.localName === 'legend' || el.localName === 'caption') return false;
  const cls = el.getAttribute('class');
  if (!cls || el.querySelector('input,select,textarea,[contenteditable]')) return false;
  // Inside a column header or a label it names a column or a box ("Person Months <span class=sub>Cal | Acad</span>").
  if (el.closest('th,label')) return false;
  if (TITLE_CLASS.test(cls)) return true;
  // A numbered part written as classed text ("<div class=qt>3. Intellectual property, patents and royalties</div>"),
  // its number perhaps in an element of its own ("<span class=qn>3.2</span>Completed research funding").
  const first = el.firstChild;
  const lead = first?.nodeType === 3 ? first.nodeValue : first?.nodeType === 1 && !(first as Element).firstElementChild ? `${first.textContent} ` : null;
  if (lead && NUMBERED_PART.test(lead)) {
    const text = collapse(el.textContent);
    return text.length <= MAX_NUMBERED_PART && !SENTENCE_END.test(text);
  }
  // A bar right above a heading is a banner ("Proposal #1408823 – Deadline …"), not the section's title.
  // A bar holding buttons ("Delete entry") is a toolbar.
  if (cls.split(/\s+/).some((c) => BAR_CLASS.test(c))) return !el.querySelector('button,[role=button]') && !(el.nextElementSibling && headingLevel(el.nextElementSibling, el.nextElementSibling.getAttribute('role')));
  // A terse class on the text right before a box ("<span class=sub>姓</span><input>") names that box.
  return TERSE_TITLE_CLASS.test(cls) && !SENTENCE_END.test(collapse(el.textContent)) && !el.nextElementSibling?.matches('input,select,textarea');
}

/**
 * A table row that only names the rows below it ("【応募中の研究費】", "Pending" across all columns):
 * one cell spanning several columns, no control in it.
 */
function isGroupRow(el: Element): boolean {
  if (el.localName !== 'tr') return false;
  const cells = (el as HTMLTableRowElement).cells;
  return cells.length === 1 && cells[0].colSpan > 1 && !el.closest('thead') && !el.querySelector('input,select,textarea,button,[contenteditable]');
}

/** A sub-section number ("2.2", "6.1.") opening a paragraph. */
const NUMBERED_TITLE = /^(?:\d{1,2}|[A-H])\.\d{1,2}\.?\s/;
/** A numbered sub-section title may carry a sentence of description; a longer text is instructions. */
const MAX_NUMBERED_TITLE = 400;
/** The end of a sentence inside a text: a stop followed by a space (not the stop of a number, "2.2"). */
const SENTENCE_BREAK = /(?<=[.!?。])\s+/;

/** Instructions printed as text: paragraphs, help and guidance boxes. */
const NOTE_CLASS = /(^|[\s_-])(help|hint|instructions?|guidance|notes?|notice|intro|description|explanation|info|callout|hinweis|aide|aiuto|consigne|nota|istruzioni|avvertenza|remarque|erlaeuterung)([\s_-]|$)/i;
/** Per heading: instructions run to a few sentences; longer text is page copy, not scope. */
const MAX_NOTE = 1200;

const NOT_NOTES = new Set(['label', 'legend', 'caption', 'th', 'td', 'dt', 'option', 'button', 'a', 'script', 'style', 'template']);
/** A sentence of its own, not a label: a note may carry no telling class ("sous-titre"). */
const SENTENCE = 40;

function isNote(el: Element, role: string | null): boolean {
  if (el.localName === 'p' || role === 'note') return true;
  if (NOT_NOTES.has(el.localName)) return false;
  const cls = el.getAttribute('class');
  if (cls && NOTE_CLASS.test(cls)) return true;
  // A question ends in "?": it asks, it does not instruct.
  const first = el.firstChild;
  const text = first?.nodeType === 3 ? (first.nodeValue ?? '').trim() : '';
  return text.length >= SENTENCE && !/[?？]$/.test(text);
}

/** Ids that need no escaping in a selector (most do not; CSS.escape costs a native call each). */
const PLAIN_ID = /^[A-Za-z_][\w-]*$/;

function cssPath(el: Element): string {
  if (el.id) return PLAIN_ID.test(el.id) ? `#${el.id}` : `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  const tag = el.tagName.toLowerCase();
  if (name) {
    const value = el.getAttribute('type') === 'radio' || el.getAttribute('type') === 'checkbox' ? el.getAttribute('value') : null;
    return `${tag}[name="${name}"]${value !== null ? `[value="${value}"]` : ''}`;
  }
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.parentElement && parts.length < 4) {
    const parent: Element = node.parentElement;
    const i = Array.prototype.indexOf.call(parent.children, node) + 1;
    parts.unshift(`${node.tagName.toLowerCase()}:nth-child(${i})`);
    if (parent.id) {
      parts.unshift(`#${CSS.escape(parent.id)}`);
      break;
    }
    node = parent;
  }
  return parts.join(' > ');
}

/** Below this many options, reading them all is cheaper than sampling a few to find a shared list. */
const SHARED_LIST_MIN = 20;

/**
 * A select's options in order. Walking siblings is several times cheaper than indexing the live
 * `options` collection on long lists; it applies when every child is an option (no optgroups).
 */
function optionElements(select: HTMLSelectElement): ArrayLike<HTMLOptionElement> {
  const list = select.options;
  if (select.childElementCount !== list.length) return list;
  const out: HTMLOptionElement[] = new Array(list.length);
  let i = 0;
  for (let o = select.firstElementChild; o; o = o.nextElementSibling) {
    // As many optgroups (of one option each) as children: the counts agree, the children are not options.
    if (o.localName !== 'option') return list;
    out[i++] = o as HTMLOptionElement;
  }
  return out;
}

const ASCII_SPACE = /[\t\n\f\r ]+/g;
const UNTIDY_SPACE = /[\t\n\f\r]| {2}|^ | $/;

/**
 * What `option.text` returns (text with ASCII whitespace stripped and collapsed), read through
 * textContent, which costs a third as much; apply compares against the DOM's own `option.text`.
 */
function optionText(o: HTMLOptionElement): string {
  const raw = o.textContent ?? '';
  return UNTIDY_SPACE.test(raw) ? raw.replace(ASCII_SPACE, ' ').replace(/^ | $/g, '') : raw;
}

function optionInfo(o: HTMLOptionElement): OptionInfo {
  const text = optionText(o);
  // Without a value attribute, an option's value is its text.
  return { value: o.getAttribute('value') ?? text, text };
}

function readOptions(list: ArrayLike<HTMLOptionElement>): OptionInfo[] {
  const out: OptionInfo[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = optionInfo(list[i]);
  // A first entry that only prompts ("-- Selezionare --" valued -1) is no choice: it reads as empty.
  if (out[0] && isPrompt(out[0])) out[0] = { value: '', text: out[0].text };
  return out;
}

const PROMPT = /^(please )?(select|choose|pick)( (one|an option|a value|from list))?$|^(veuillez )?(selectionner|choisir|choisissez)( une option)?$|^(bitte )?(auswahlen|wahlen)( sie)?$|^(bitte )?auswahl$|^(seleziona(re)?|scegli(ere)?)( una voce| un opzione)?$|^選択(してください|して下さい)?$|^未選択$/;

/** Dashes, or a "Select…" prompt under a sentinel value (-1, 0, none). */
function isPrompt(o: OptionInfo): boolean {
  const text = normalize(o.text);
  return o.value !== '' && (text === '' || (/^(-1|0|-+|none|null|_)$/i.test(o.value.trim()) && PROMPT.test(text)) || (PROMPT.test(text) && normalize(o.value) === text));
}

const sample = (o: HTMLOptionElement) => {
  const { value, text } = optionInfo(o);
  return `${value}\u0001${text}`;
};

/**
 * A select's options as value/text pairs. Repeated rows repeat the same long lists (countries),
 * so a list is read once per scan and selects that agree on it share one array, which the wire
 * format sends once. Agreement is judged on the count and five options (both ends and the
 * middle), a fraction of the cost of reading every option of every row. That is safe because
 * every select write carries the option text the review showed, and apply refuses (before any
 * event) a value whose option reads differently in the page.
 */
function optionsOf(select: HTMLSelectElement, seen: Map<string, OptionInfo[]>): OptionInfo[] {
  const list = select.options;
  const count = list.length;
  if (count < SHARED_LIST_MIN) {
    // Short lists (statuses, roles) are read whole, then shared by content: each distinct list is indexed once by the plan.
    const read = readOptions(optionElements(select));
    let key = 'all|';
    for (const o of read) key += `${o.value}\u0001${o.text}\u0002`;
    const known = seen.get(key);
    if (known) return known;
    seen.set(key, read);
    return read;
  }
  const key = `${count}|${sample(list[0])}|${sample(list[1])}|${sample(list[count >> 1])}|${sample(list[count - 2])}|${sample(list[count - 1])}`;
  let known = seen.get(key);
  if (!known) seen.set(key, (known = readOptions(optionElements(select))));
  return known;
}

/**
 * Does the scan look inside this element? Not inside a select: its content is options (and, in a
 * customizable select, the button showing the choice); the parser keeps form controls out.
 */
function walksInto(el: Element): boolean {
  return el.tagName !== 'SELECT';
}

/** `node` itself when the scan visits it, else the next visited element after its subtree. */
function firstVisited(node: HTMLElement | null, root: Node): HTMLElement | null {
  while (node && SKIP_SUBTREES.has(node.tagName)) node = afterSubtree(node, root);
  return node;
}

/** The next element in tree order after `node`'s subtree, without leaving `root`. */
function afterSubtree(node: Element, root: Node): HTMLElement | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    const next = (n as Element).nextElementSibling;
    if (next) return next as HTMLElement;
  }
  return null;
}

/** The element the scan visits after `node`: its first child, else what follows its subtree. */
function nextVisited(node: HTMLElement, root: Node): HTMLElement | null {
  const child = walksInto(node) ? (node.firstElementChild as HTMLElement | null) : null;
  return firstVisited(child ?? afterSubtree(node, root), root);
}

/** Icon glyphs inside a button: ligature fonts spell their name ("add"), which is not the button's text. */
const ICON_TAGS = new Set(['mat-icon', 'svg', 'i', 'img']);
const ICON_CLASS = /(^|[\s_-])(icon|icons|material-icons|material-symbols[\w-]*|fa|fas|far|glyphicon|bi)([\s_-]|$)/i;

function isIcon(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || ICON_TAGS.has(el.localName)) return true;
  const cls = el.getAttribute('class');
  return !!cls && ICON_CLASS.test(cls);
}

/** A button's or link's text without its icons and aria-hidden parts; plain text buttons cost one read. */
function buttonText(node: Element): string {
  if (!node.firstElementChild) return node.textContent ?? '';
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !isIcon(c as Element)) walk(c as Element);
    }
  };
  walk(node);
  return parts.join(' ');
}

function frameName(frameEl: HTMLIFrameElement | HTMLFrameElement, doc: Document): string {
  return frameEl.getAttribute('name') || frameEl.id || doc.location.pathname;
}

export function scanDocument(doc: Document, options: ScanOptions): ScanResult {
  const fields: FieldDescriptor[] = [];
  const addControls: AddControl[] = [];
  const elements: HTMLElement[] = [];
  const addElements: HTMLElement[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  const index = new PageIndex();
  const headings: string[] = [];
  /** The fieldset each real heading sits in ("Sources de financement" inside card 1): it titles nothing outside it. */
  const headingScopes: (Element | null)[] = [];
  /** The real heading element at each level, as last seen. */
  const headingNodes: (Element | undefined)[] = [];
  // Instructions under each real heading level (0: before any heading); a heading clears its own and deeper ones.
  const notes: string[] = [];
  let noteText = '';
  let noteElement: Element | null = null;
  const restartNotes = (depth: number) => {
    notes.length = depth;
    noteText = notes.filter(Boolean).join(' ');
  };
  const optionLists = new Map<string, OptionInfo[]>();
  // Legends and captions, read once per fieldset and table rather than once per control in them.
  const titles = new Map<Element, string>();
  const sections = new Map<string, string[]>();
  let lastFieldId = -1;

  const titleOf = (el: Element, read: () => Element | null | undefined): string => {
    let text = titles.get(el);
    if (text === undefined) {
      const title = read();
      titles.set(el, (text = title ? textOf(title) : ''));
    }
    return text;
  };

  // Consecutive controls mostly share fieldset, table and headings: the last answer is kept.
  let headingsSeen = 0;
  let realHeadingLevel = 0;
  /** Where the last title that is no real heading sat, while only deeper real headings have followed it. */
  let titleLevel = 0;
  /** Where a card's own number ("Funding 2") sits: the next real heading ends that card. */
  let rowTitleLevel = 0;
  /** Titled sections entered, with the headings' depth before each one's title. */
  const regions: { el: Element; depth: number }[] = [];
  let last = { fieldset: null as Element | null, table: null as Element | null, headingsSeen: -1, lead: null as Lead | null, section: [] as string[] };
  /**
   * The yes/no question a list follows ("1. Do you consult …? [Yes/No] If yes: | table |"), until the
   * next heading or question: under one heading, each question's list holds what it asks about.
   */
  let lead: Lead | null = null;

  /**
   * A title that is no real heading: a styled title one level below the last real heading, so such
   * titles in a row replace each other; a sub-title, table group row or numbered paragraph two, under
   * the styled title if there is one. A real heading inside the previous styled block ("1. Applicant"
   * › h4 "Home institution") does not push the next one ("2. Other funding") below it.
   */
  const subHeading = (text: string, depth = 1) => {
    const level = (titleLevel && realHeadingLevel >= titleLevel ? titleLevel - 1 : realHeadingLevel) + depth;
    headings.length = level;
    headings[level - 1] = text;
    headingScopes[level - 1] = null;
    if (depth === 1) titleLevel = level;
    headingsSeen++;
  };

  /**
   * `addControl`: an "Add" button follows the question only once a control has (or it sits in the
   * list's table): cards it adds in their own fieldsets ("Award 2") do not, and must match it.
   */
  const sectionOf = (el: Element, addControl = false): string[] => {
    const { fieldset, table, dd } = index.around(el);
    const follows = !addControl || !!table || !!dd || !!lead?.used;
    const led = lead && follows && !lead.run && lead.headingsSeen === headingsSeen && !fieldset && !lead.fieldset.contains(el) ? lead : null;
    if (led) led.used = true;
    if (fieldset === last.fieldset && table === last.table && headingsSeen === last.headingsSeen && led === last.lead) return last.section;
    const out: string[] = led ? [led.text] : [];
    // Innermost first: a table's caption comes before the legends of the fieldsets around the table.
    const caption = table ? titleOf(table, () => table.caption) : '';
    let captionDue = !!caption;
    for (let fs = fieldset; fs; fs = fs.parentElement && index.around(fs.parentElement).fieldset) {
      if (captionDue && fs.contains(table)) {
        out.push(caption);
        captionDue = false;
      }
      const legend = titleOf(fs, () => fs!.querySelector(':scope > legend'));
      if (legend) out.push(legend);
    }
    if (captionDue) out.push(caption);
    for (let i = headings.length - 1; i >= 0; i--) if (headings[i] && (!headingScopes[i] || headingScopes[i]!.contains(el))) out.push(headings[i]);
    // One array per distinct section: the wire sends it once and classification reads it once.
    const key = out.join('\u0000');
    let shared = sections.get(key);
    if (!shared) sections.set(key, (shared = out));
    last = { fieldset, table, headingsSeen, lead: led, section: shared };
    return shared;
  };

  const visit = (root: Document | ShadowRoot, frame: string, hostPath: string, frameVerdict: FieldDescriptor['visibility'] | null) => {
    roots.push(root);
    index.walking(root);
    // Labels may follow their control: label text is read once the whole root has been walked.
    const unlabelled: { field: FieldDescriptor; node: HTMLElement }[] = [];
    // Tree order over elements, by hand rather than a filtered TreeWalker (a JS filter call per
    // element is the scan's largest cost). Options, scripts and templates hold no controls: their
    // subtrees are skipped (large selects are common).
    for (let node = firstVisited(root.firstElementChild as HTMLElement | null, root); node; node = nextVisited(node, root)) {
      const tag = node.tagName;
      // Most elements of a long form (cells, rows, options' parents) carry no attributes at all.
      const role = node.hasAttributes() ? node.getAttribute('role') : null;
      let level = headingLevel(node, role);
      if (level && !rendered(node)) continue;
      if (level) {
        const text = headingTextOf(node);
        // A card's own number ("Appointment 1") drawn as a heading of the list's rank, in a box the
        // list's heading is outside of, sits under that heading rather than ending it.
        const previous = headingNodes[level - 1];
        const cardTitle = ROW_TITLE.test(text) && (!!rowTitleLevel || (!!previous?.isConnected && !ROW_TITLE.test(headings[level - 1] ?? '') && !node.parentElement!.contains(previous) && headings.length >= level));
        // Inside a titled section, a heading sits under the section's title, whatever its rank.
        const region = regions[regions.length - 1];
        if (cardTitle) level = rowTitleLevel || headings.length + 1;
        else if (region?.el.contains(node) && level <= region.depth + 1) level = region.depth + 2;
        headings.length = level;
        headings[level - 1] = text;
        headingScopes[level - 1] = node.closest('fieldset');
        headingsSeen++;
        restartNotes(level);
        if (cardTitle) {
          rowTitleLevel = level;
          continue;
        }
        headingNodes[level - 1] = node;
        realHeadingLevel = level;
        if (level <= titleLevel) titleLevel = 0;
        if (rowTitleLevel && rowTitleLevel < level) delete headings[rowTitleLevel - 1];
        rowTitleLevel = 0;
        continue;
      }
      // A region named by its title (<section aria-labelledby="…">) is headed by it, however the title is drawn.
      if ((tag === 'SECTION' || role === 'region') && rendered(node)) {
        const by = node.getAttribute('aria-labelledby');
        // Unnamed, its first block of text is its title ("<section><div class=ph>8. Conflicts of interest</div>").
        const name = by ? byIds(node, by) : collapse(node.getAttribute('aria-label')) || leadingTitle(node);
        if (name && name.length <= MAX_TITLE) {
          // A titled section ends the headings of the sections before it that do not hold it.
          while (regions.length && !regions[regions.length - 1].el.contains(node)) {
            const { depth } = regions.pop()!;
            if (headings.length > depth) headings.length = depth;
            realHeadingLevel = Math.min(realHeadingLevel, depth);
            if (titleLevel > depth) titleLevel = 0;
            if (rowTitleLevel > depth) rowTitleLevel = 0;
          }
          regions.push({ el: node, depth: headings.length });
          subHeading(name);
        }
      }
      // A disclosure widget's summary ("<details><summary>6. Budget</summary>") titles what it opens, even with role=button (Drupal).
      // A toggle named only "Instructions" or "Help" opens guidance, not a section.
      const styled = ((role === null && isStyledTitle(node)) || (tag === 'SUMMARY' && !HELP_TOGGLE.test(collapse(node.textContent)))) && rendered(node);
      if (styled || (role === null && isGroupRow(node))) {
        // Styled titles in a row replace each other; sub-titles and table group rows nest under them.
        const text = headingTextOf(node);
        const rowTitle = styled && ROW_TITLE.test(text);
        // An unnumbered title after a numbered one drawn alike ("6 Interests" › "Details") sits under it.
        const underNumbered = !!titleLevel && NUMBERED_PART.test(headings[titleLevel - 1] ?? '') && !NUMBERED_PART.test(text);
        if (text && text.length <= MAX_TITLE) subHeading(text, styled && !SUB_TITLE_CLASS.test(node.getAttribute('class') ?? '') && !rowTitle && !underNumbered ? 1 : 2);
        if (rowTitle) rowTitleLevel = headings.length;
      } else if (node.hasAttributes() || node.localName === 'p' || node.firstChild?.nodeType === 3) {
        if (isNote(node, role) && !noteElement?.contains(node) && !node.closest('label') && !node.querySelector('input,select,textarea,[contenteditable]')) {
          noteElement = node;
          // Under a styled title, with the enclosing real heading: a page's intro printed below its
          // styled title still holds for the styled blocks that follow.
          const depth = realHeadingLevel;
          const text = textOf(node);
          // Rows repeat their hints ("MM/YYYY"): a text already noted is not noted again.
          if (text && (notes[depth]?.length ?? 0) < MAX_NOTE && !noteText.includes(text)) {
            notes[depth] = notes[depth] ? `${notes[depth]} ${text}` : text;
            noteText = notes.filter(Boolean).join(' ');
          }
          // "2.2 Consulting activities for …": a numbered sub-section written as a paragraph titles what follows it.
          // Its first sentence is the title; what follows instructs ("D.2 – Consulenze. Indicare … se conclusa …"), and is in the note.
          const number = NUMBERED_TITLE.exec(text)?.[0];
          if (number && text.length <= MAX_NUMBERED_TITLE) subHeading(number + text.slice(number.length).split(SENTENCE_BREAK)[0].replace(/[.。]$/, ''), 2);
          else {
            // "<strong>Other appointments:</strong> List …": a bold run-in title names the list that follows.
            const runIn = runInTitle(node);
            if (runIn) subHeading(runIn, 2);
          }
        }
      }
      if (node.localName === 'label') index.addLabel(root, node as HTMLLabelElement);
      else if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') index.addBox(node);
      const type = controlType(node);
      if (type && type !== 'hidden') {
        const id = fields.length;
        const input = node as HTMLInputElement;
        const choices = type === 'select' || type === 'select-multiple' ? optionsOf(node as unknown as HTMLSelectElement, optionLists) : undefined;
        const verdict = frameVerdict ?? options.visibility(node);
        const field: FieldDescriptor = {
          id,
          frameId: 0,
          frame,
          selector: hostPath + cssPath(node),
          tag: tag.toLowerCase(),
          type,
          name: node.getAttribute('name') ?? '',
          htmlId: node.id,
          label: '',
          labelSource: 'none',
          hints: [],
          section: sectionOf(node),
          note: noteText || undefined,
          options: choices,
          radioGroup: type === 'radio' ? input.name : undefined,
          value: type === 'contenteditable' ? collapse(node.textContent) : type === 'select-multiple' || (choices && (node as unknown as HTMLSelectElement).selectedIndex === 0 && choices[0].value === '') ? '' : (input.value ?? ''),
          checked: type === 'checkbox' || type === 'radio' ? input.checked : undefined,
          visibility: verdict,
          autocomplete: (node.getAttribute('autocomplete') ?? '').toLowerCase(),
          maxLength: input.maxLength > 0 ? input.maxLength : undefined,
          pattern: node.getAttribute('pattern') ?? undefined,
          inputMode: node.getAttribute('inputmode') ?? undefined,
          mapSections: options.selectors && hits(node, options.selectors.sections, true),
          mapFields: options.selectors && hits(node, options.selectors.fields, false),
        };
        fields.push(field);
        if (type === 'radio') {
          const question = field.section[0] ?? '';
          const { fieldset } = index.around(node);
          if (fieldset && QUESTION_END.test(question) && lead?.fieldset !== fieldset) {
            // Questions in a row, then one list ("If yes to any of the above, list …"): the list answers them all.
            const run = !!lead && !lead.used && lead.headingsSeen === headingsSeen;
            lead = { text: LEAD_MARK + question.replace(QUESTION_END, ''), fieldset, headingsSeen, used: false, run };
          }
        }
        index.addControl(node);
        unlabelled.push({ field, node });
        elements.push(node);
        lastFieldId = id;
      } else if (tag === 'BUTTON' || tag === 'A' || role === 'button' || (tag === 'INPUT' && /^(button|submit)$/i.test((node as HTMLInputElement).type))) {
        const text = collapse(buttonText(node) || node.getAttribute('aria-label') || node.getAttribute('title') || (node as HTMLInputElement).value || '');
        if (text && text.length < 80 && ADD_RE.test(text) && !NEVER_RE.test(text)) {
          addControls.push({ id: addElements.length, frameId: 0, text, section: sectionOf(node, true), note: noteText || undefined, near: lastFieldId });
          addElements.push(node);
        }
      }
      if (node.shadowRoot) visit(node.shadowRoot, frame, `${hostPath}${cssPath(node)} >>> `, frameVerdict);
      if (tag === 'IFRAME' || tag === 'FRAME') {
        let child: Document | null = null;
        try {
          child = (node as HTMLIFrameElement).contentDocument;
        } catch {
          child = null; // cross-origin: its own injection scans it
        }
        if (child?.documentElement) {
          const verdict = options.visibility(node);
          visit(child, frameName(node as HTMLIFrameElement, child), '', frameVerdict ?? (verdict === 'visible' ? null : verdict));
        }
      }
    }
    for (const { field, node } of unlabelled) {
      const inferred = inferLabel(node, index);
      field.label = inferred.label;
      field.labelSource = inferred.source;
      field.hints = inferred.hints;
      if (field.type === 'radio' || field.type === 'checkbox') field.options = [{ value: (node as HTMLInputElement).value, text: optionLabel(node, index) }];
    }
  };

  visit(doc, options.frame ?? 'main', '', null);
  return { fields, addControls, elements, addElements, roots };
}
