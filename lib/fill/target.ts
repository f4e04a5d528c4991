/** Which tab a fill page works on: `?tab=<id>` (opened for a tab, or by automation), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Opens the review panel for a tab: Chrome's side panel, Firefox's sidebar (WXT builds the sidepanel
 * entrypoint as `sidebar_action` there; the panel then works on the active tab), or a tab where
 * there is neither. Both open calls need the user gesture, so nothing is awaited before them.
 */
export async function openFillPanel(tabId: number, windowId?: number): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome?.sidePanel;
  if (sidePanel) {
    await sidePanel.open(windowId !== undefined ? { windowId } : { tabId });
    return;
  }
  const sidebar = (globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser?.sidebarAction;
  if (sidebar) {
    await sidebar.open();
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`) });
}
