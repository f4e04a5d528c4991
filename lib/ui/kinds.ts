import type { EntryKind } from '@/lib/model';
import type { TFunction } from '@/lib/i18n';

/** How each entry kind is named in the UI (locales `kinds.<kind>.*`): list heading, label, and the line on what it covers. */
export function kindText(t: TFunction, kind: EntryKind) {
  return {
    /** "Current and pending support": headings and filters. */
    plural: t(`kinds.${kind}.plural`),
    /** "Talent programme": a row's kind. */
    label: t(`kinds.${kind}.label`),
    /** "talent programme": inside a sentence. */
    singular: t(`kinds.${kind}.singular`),
    /** "talent programmes": the plural inside a sentence. */
    many: t(`kinds.${kind}.many`),
    add: t(`kinds.${kind}.add`),
    edit: t(`kinds.${kind}.edit`),
    covers: t(`kinds.${kind}.covers`),
  };
}
