import { describe, expect, it } from 'vitest';
import { packScan, unpackScan } from '@/lib/fill/wire';
import { scanDocument } from '@/lib/fill/dom/scan';

const countries = Array.from({ length: 30 }, (_, i) => `<option value="C${i}">Country ${i}</option>`).join('');
const others = Array.from({ length: 30 }, (_, i) => `<option value="C${i}">Land ${i}</option>`).join('');

function scanRows(): ReturnType<typeof scanDocument> {
  document.body.innerHTML = `<table>${Array.from({ length: 5 }, (_, r) => `<tr><td><select id="c${r}">${countries}</select></td><td><select id="s${r}"><option>Current</option><option>Pending</option></select></td></tr>`).join('')}
    <tr><td><select id="other">${others}</select></td><td><label><input type="checkbox" id="x" value="on"> Yes</label></td></tr></table>`;
  return scanDocument(document, { visibility: () => 'visible' });
}

describe('scan wire format', () => {
  it('selects whose options read the same share one array; other option text does not', () => {
    const { fields } = scanRows();
    const country = fields.filter((f) => f.htmlId.startsWith('c'));
    expect(new Set(country.map((f) => f.options)).size).toBe(1);
    expect(fields.find((f) => f.htmlId === 'other')!.options).not.toBe(country[0].options);
    expect(fields.find((f) => f.htmlId === 'other')!.options![3]).toEqual({ value: 'C3', text: 'Land 3' });
  });

  it('reads options inside optgroups, also when there are as many optgroups as options', () => {
    document.body.innerHTML = `<select id="g"><optgroup label="Europe"><option value="FR">France</option></optgroup><optgroup label="Asia"><option value="JP">Japan</option></optgroup></select>`;
    const { fields } = scanDocument(document, { visibility: () => 'visible' });
    expect(fields[0].options).toEqual([{ value: 'FR', text: 'France' }, { value: 'JP', text: 'Japan' }]);
  });

  it('reads option text and value as the DOM reports them: ASCII whitespace collapsed, other spaces kept, text as the value when there is none', () => {
    document.body.innerHTML = `<select id="w"><option>  Current\n   award </option><option value=" p ">Pending\u00a0</option><option>\tCo-PI</option><option value="">Plain</option></select>`;
    const select = document.querySelector('select')!;
    const { fields } = scanDocument(document, { visibility: () => 'visible' });
    expect(fields[0].options).toEqual([
      { value: 'Current award', text: 'Current award' },
      { value: ' p ', text: 'Pending\u00a0' },
      { value: 'Co-PI', text: 'Co-PI' },
      { value: '', text: 'Plain' },
    ]);
    expect(fields[0].options).toEqual(Array.from(select.options, (o) => ({ value: o.value, text: o.text })));
  });

  it('sends each shared list once and unpacks to the same descriptors, lists shared again', () => {
    const { fields, addControls } = scanRows();
    const scan = { url: 'http://127.0.0.1/x', fields, addControls, scanMs: 1 };
    const packed = packScan(scan);
    const wire = JSON.parse(packed);
    // The five country selects send one list; the other long list is its own. Short lists are read per select.
    expect(wire.optionLists.filter((l: unknown[]) => l.length === 30)).toHaveLength(2);
    expect(packed.split('Country 7').length - 1).toBe(1);
    const back = unpackScan(packed, 4);
    expect(back.fields).toEqual(fields.map((f) => ({ ...f, frameId: 4 })));
    expect(back.fields[0].options).toBe(back.fields[2].options);
    // Controls under the same headings share one section path, sent once.
    expect(wire.sections).toHaveLength(1);
    expect(back.fields[0].section).toBe(back.fields[5].section);
    expect(back.fields.find((f) => f.htmlId === 'x')!.options).toEqual([{ value: 'on', text: 'Yes' }]);
  });

  it('sends the instructions above a list once; each control and the add control get them back', () => {
    const note = 'List the funding held in the last 10 years. Do not include applications that have not been awarded.';
    document.body.innerHTML = `<h2>Research support</h2><p>${note}</p><table>${Array.from({ length: 4 }, (_, r) => `<tr><td><input id="t${r}" aria-label="Title"></td></tr>`).join('')}</table>
      <button type="button">Add another grant</button>`;
    const { fields, addControls } = scanDocument(document, { visibility: () => 'visible' });
    const packed = packScan({ url: 'http://127.0.0.1/x', fields, addControls, scanMs: 1 });
    expect(packed.split('last 10 years').length - 1).toBe(2); // once for the fields, once in the add control
    const back = unpackScan(packed, 0);
    expect(back.fields.map((f) => f.note)).toEqual([note, note, note, note]);
    expect(back.addControls[0].note).toBe(note);
  });
});
