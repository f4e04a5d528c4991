/** Moves focus to the control for a model path (`organization.country`, `effort`, `person.orcid`). */
export function focusField(form: HTMLFormElement | null, path: string): boolean {
  if (!form) return false;
  const esc = CSS.escape(path);
  const target =
    form.querySelector<HTMLElement>(`[name="${esc}"]`) ??
    form.querySelector<HTMLElement>(`[name^="${esc}."]`) ??
    form.querySelector<HTMLElement>(`[data-focus-for="${esc}"]`);
  target?.focus();
  return !!target;
}
