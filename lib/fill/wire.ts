/**
 * The scan as it crosses from the page to the extension. Extension messaging serialises every
 * array it meets, and portal tables repeat one long list (countries) in every row: sent as is, a
 * 1,000-control page is over a megabyte of option text. Selects that share an options array in
 * the page share one entry of `optionLists` on the wire, and share it again once unpacked; the
 * same goes for section paths and instruction notes. Each field travels as an array of its values (property names
 * repeated a thousand times were most of the bytes), and the whole scan as one JSON string:
 * script results are converted value by value, and a string is one value where a 1,000-control
 * scan is tens of thousands.
 * Content-script safe: types only.
 */
import type { FieldDescriptor, FrameScan, OptionInfo } from './types';

/** A descriptor's values in this order; `null` stands for absent (JSON has no undefined). */
type WireField = [
  id: number, frame: string, selector: string, tag: string, type: FieldDescriptor['type'], name: string, htmlId: string,
  label: string, labelSource: FieldDescriptor['labelSource'], hints: string[],
  /** Index into `sections`. */
  section: number,
  /** Index into `notes`. */
  note: number | null,
  /** Index into `optionLists`, or a one-option list inline (a checkbox's or radio's own text). */
  options: number | OptionInfo[] | null,
  radioGroup: string | null, value: string, checked: boolean | null, visibility: FieldDescriptor['visibility'], autocomplete: string,
  maxLength: number | null, pattern: string | null, inputMode: string | null, mapSections: number[] | null, mapFields: number[] | null,
];

interface WireScan extends Omit<FrameScan, 'frameId' | 'fields'> {
  fields: WireField[];
  optionLists: OptionInfo[][];
  sections: string[][];
  notes: string[];
}

function indexer<T>(): { of(value: T): number; values(): T[] } {
  const seen = new Map<T, number>();
  return {
    of(value) {
      let index = seen.get(value);
      if (index === undefined) seen.set(value, (index = seen.size));
      return index;
    },
    values: () => [...seen.keys()],
  };
}

export function packScan(scan: Omit<FrameScan, 'frameId'>): string {
  const lists = indexer<OptionInfo[]>();
  const sections = indexer<string[]>();
  const notes = indexer<string>();
  const fields = scan.fields.map((f): WireField => [
    f.id, f.frame, f.selector, f.tag, f.type, f.name, f.htmlId, f.label, f.labelSource, f.hints, sections.of(f.section), f.note ? notes.of(f.note) : null,
    f.options ? (f.options.length < 2 ? f.options : lists.of(f.options)) : null,
    f.radioGroup ?? null, f.value, f.checked ?? null, f.visibility, f.autocomplete,
    f.maxLength ?? null, f.pattern ?? null, f.inputMode ?? null, f.mapSections ?? null, f.mapFields ?? null,
  ]);
  const wire: WireScan = { ...scan, fields, optionLists: lists.values(), sections: sections.values(), notes: notes.values() };
  return JSON.stringify(wire);
}

export function unpackScan(packed: string, frameId: number): FrameScan {
  const { optionLists, sections, notes, fields, ...rest } = JSON.parse(packed) as WireScan;
  return {
    ...rest,
    frameId,
    fields: fields.map(([id, frame, selector, tag, type, name, htmlId, label, labelSource, hints, section, note, options, radioGroup, value, checked, visibility, autocomplete, maxLength, pattern, inputMode, mapSections, mapFields]): FieldDescriptor => ({
      id, frameId, frame, selector, tag, type, name, htmlId, label, labelSource, hints,
      section: sections[section],
      note: note === null ? undefined : notes[note],
      options: typeof options === 'number' ? optionLists[options] : (options ?? undefined),
      radioGroup: radioGroup ?? undefined, value, checked: checked ?? undefined, visibility, autocomplete,
      maxLength: maxLength ?? undefined, pattern: pattern ?? undefined, inputMode: inputMode ?? undefined,
      mapSections: mapSections ?? undefined, mapFields: mapFields ?? undefined,
    })),
    addControls: rest.addControls.map((a) => ({ ...a, frameId })),
  };
}
