/**
 * A select's options in order. Walking siblings is several times cheaper than indexing the live
 * `options` collection on long lists; it is exact when every child is an option (no optgroups).
 */
export function optionElements(select: HTMLSelectElement): ArrayLike<HTMLOptionElement> {
  const list = select.options;
  if (select.childElementCount !== list.length) return list;
  const out: HTMLOptionElement[] = new Array(list.length);
  let i = 0;
  for (let o = select.firstElementChild; o; o = o.nextElementSibling) out[i++] = o as HTMLOptionElement;
  return out;
}

/** The text of the first option holding `value`, as the page shows it; undefined when none does. */
export function optionTextOf(select: HTMLSelectElement, value: string): string | undefined {
  const list = optionElements(select);
  for (let i = 0; i < list.length; i++) if (list[i].value === value) return list[i].text;
  return undefined;
}
