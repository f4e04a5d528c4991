/**
 * Plain types shared by the content script (scan/apply/undo) and the extension side
 * (classify/plan). Type-only: nothing here pulls zod or lib/model into the content script.
 */

export type ControlType =
  | 'text' | 'textarea' | 'email' | 'number' | 'tel' | 'url' | 'search'
  | 'date' | 'month' | 'select' | 'select-multiple' | 'checkbox' | 'radio'
  | 'contenteditable' | 'password' | 'file' | 'hidden' | 'other';

/** Why a control may not be touched, decided in the page where layout is known. */
export type Visibility =
  | 'visible' | 'hidden' | 'zero-size' | 'off-screen' | 'clipped' | 'transparent' | 'covered' | 'disabled' | 'readonly' | 'unreachable';

export interface OptionInfo {
  value: string;
  text: string;
}

/** What the content script tells the extension about one control. No values of the user flow here. */
export interface FieldDescriptor {
  /** Index within its frame's scan; the content script keeps the element for this id. */
  id: number;
  /** Injection frame id (chrome frameId) — filled in by the extension side. */
  frameId: number;
  /** "main" or the frame's name / path. */
  frame: string;
  selector: string;
  tag: string;
  type: ControlType;
  name: string;
  htmlId: string;
  label: string;
  labelSource: LabelSource;
  /** Other label texts seen (placeholder, name tokens…), weaker evidence. */
  hints: string[];
  /** Nearest headings/legends, innermost first. Controls under the same ones share one array. */
  section: string[];
  /**
   * Instructions printed under those headings up to this control ("Do not include applications",
   * "held in the last 10 years"): they may narrow which entries a list takes.
   */
  note?: string;
  options?: OptionInfo[];
  /** Radio group name, for radios. */
  radioGroup?: string;
  value: string;
  checked?: boolean;
  visibility: Visibility;
  autocomplete: string;
  maxLength?: number;
  pattern?: string;
  inputMode?: string;
  /** Portal-map selector hits resolved in the page: indexes into the map's sections / fields. */
  mapSections?: number[];
  mapFields?: number[];
}

/** CSS selectors of the matched portal map, sent with the scan request. */
export interface ScanSelectors {
  sections: string[];
  fields: string[];
}

export type LabelSource =
  | 'label-for' | 'label-wrap' | 'aria-labelledby' | 'aria-label' | 'legend' | 'table' | 'dt'
  | 'preceding-text' | 'floating' | 'placeholder' | 'title' | 'name' | 'none';

/** An "Add another…" control the page offers for a repeatable group. */
export interface AddControl {
  id: number;
  frameId: number;
  text: string;
  section: string[];
  /** Instructions above it, as for fields. */
  note?: string;
  /** Scan id of the last control before it in the page (-1 when none): a list's rows come before its add control. */
  near: number;
}

export interface FrameScan {
  frameId: number;
  url: string;
  fields: FieldDescriptor[];
  addControls: AddControl[];
  scanMs: number;
  /** The page's `<html lang>`, when it declares one: the language narrative drafts are written in. */
  lang?: string;
  /** The document's title: whose form the page is ("… | NHMRC"). */
  title?: string;
}

/** One approved write, sent to the content script of one frame. */
export interface FillInstruction {
  id: number;
  /** For checkbox/radio: desired checked state; for select: option value; else text. */
  value: string;
  checked?: boolean;
  /** For select: the chosen option's text as scanned. The write is refused if the page's option reads otherwise. */
  optionText?: string;
}

export type SkipReason =
  | 'hidden' | 'zero-size' | 'off-screen' | 'clipped' | 'transparent' | 'covered' | 'disabled' | 'readonly' | 'unreachable'
  | 'password' | 'payment' | 'certification' | 'file' | 'search'
  | 'no-value' | 'low-confidence' | 'unclassified' | 'has-value' | 'already-filled' | 'no-option'
  | 'currency-mismatch' | 'not-approved' | 'gone' | 'no-row';

export interface ApplyOutcome {
  id: number;
  status: 'filled' | 'skipped';
  reason?: SkipReason;
}

export interface FrameApplyResult {
  frameId: number;
  outcomes: ApplyOutcome[];
  fillMs: number;
}
