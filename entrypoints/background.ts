import { onMessage } from '@/lib/messaging';
import { editorHash } from '@/lib/messaging/editor-url';
import { syncManagedPolicy } from '@/lib/templates/policy';
import { registerFillCommand } from '@/lib/fill/background';

export default defineBackground(() => {
  // Institution template from enterprise policy: applied at startup and whenever the policy changes.
  void syncManagedPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedPolicy();
  });
  registerFillCommand();
  onMessage('openEditor', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${editorHash(data)}`) });
  });
});
