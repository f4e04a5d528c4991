/**
 * The scan as it crosses from the page to the extension. Extension messaging serialises every
 * array it meets, and portal tables repeat one long list (countries) in every row: sent as is, a
 * 1,000-control page is over a megabyte of option text. Selects that share an options array in
 * the page share one entry of `optionLists` on the wire, and share it again once unpacked.
 * The whole scan travels as one JSON string: script results are converted value by value, and a
 * string is one value where a 1,000-control scan is tens of thousands.
 * Content-script safe: types only.
 */
import type { FieldDescriptor, FrameScan, OptionInfo } from './types';

type WireField = Omit<FieldDescriptor, 'options'> & { options?: OptionInfo[]; optionList?: number };
type WireScan = Omit<FrameScan, 'frameId' | 'fields'> & { fields: WireField[]; optionLists: OptionInfo[][] };

export function packScan(scan: Omit<FrameScan, 'frameId'>): string {
  const lists = new Map<OptionInfo[], number>();
  const fields = scan.fields.map((f): WireField => {
    if (!f.options || f.options.length < 2) return f;
    let index = lists.get(f.options);
    if (index === undefined) lists.set(f.options, (index = lists.size));
    const { options: _sent, ...rest } = f;
    return { ...rest, optionList: index };
  });
  const wire: WireScan = { ...scan, fields, optionLists: [...lists.keys()] };
  return JSON.stringify(wire);
}

export function unpackScan(packed: string, frameId: number): FrameScan {
  const wire = JSON.parse(packed) as WireScan;
  const { optionLists, fields, ...rest } = wire;
  return {
    ...rest,
    frameId,
    fields: fields.map(({ optionList, ...f }) => ({ ...f, frameId, ...(optionList !== undefined && { options: optionLists[optionList] }) })),
    addControls: wire.addControls.map((a) => ({ ...a, frameId })),
  };
}
