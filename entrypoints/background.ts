import { onMessage } from '@/lib/messaging';
import { editorHash } from '@/lib/messaging/editor-url';

export default defineBackground(() => {
  onMessage('openEditor', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${editorHash(data)}`) });
  });
});
