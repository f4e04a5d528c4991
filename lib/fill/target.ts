/** Which tab a fill page works on: `?tab=<id>` (opened for a tab, or by automation), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Opens the review panel for a tab: Chrome's side panel, or a tab where there is none. */
export async function openFillPanel(tabId: number, windowId?: number): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome?.sidePanel;
  if (sidePanel) {
    await sidePanel.open(windowId !== undefined ? { windowId } : { tabId });
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`) });
}
