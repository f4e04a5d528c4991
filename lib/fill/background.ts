/** Background wiring for filling: the keyboard command opens the review panel for the active tab. */
import { sendMessage } from '@/lib/messaging';
import { openFillPanel } from './target';

export const FILL_COMMAND = 'fill-page';

export function registerFillCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FILL_COMMAND || tab?.id === undefined) return;
    const tabId = tab.id;
    // sidePanel.open must run inside the command's user gesture: no await before it.
    void openFillPanel(tabId, tab.windowId).then(() =>
      // An already open panel rescans; a freshly opened one scans by itself and has no listener yet.
      sendMessage('fillRequested', { tabId }).catch(() => undefined),
    );
  });
}
