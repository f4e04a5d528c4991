import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * Every message between Candor's pages, background and content scripts. One map, so both ends
 * of each message share its types. Later capabilities add their messages here.
 */
export interface ProtocolMap {
  /** Opens (or focuses) the editor, optionally at an entry kind or entry. */
  openEditor(target: { kind?: string; entryId?: string } | undefined): void;
  /** Background → fill review panel: the researcher asked to fill this tab (keyboard command). */
  fillRequested(data: { tabId: number }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
