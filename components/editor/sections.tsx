import type { ReactNode } from 'react';

/**
 * The editor's top-level sections, in navigation order. Each capability adds one line here;
 * `id` is also the URL hash that opens it (e.g. options.html#gaps).
 */
export interface EditorSection {
  id: string;
  label: string;
  render: () => ReactNode;
}

export const EDITOR_SECTIONS: EditorSection[] = [];
