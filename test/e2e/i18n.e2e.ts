/**
 * The UI language in real Chromium: choosing Japanese in the editor's settings re-renders the open
 * editor and the popup opened next in Japanese; choosing "Same as the browser" brings English back
 * (the e2e Chromium runs in English). Ends with the harness's "no network request" check.
 */
import { describe, it } from 'vitest';
import { checkedSessions } from './harness';

const sessions = checkedSessions();

describe('UI language', () => {
  it('switches the editor and the popup to Japanese from the settings, and back to the browser language', async () => {
    const candor = await sessions.launch();
    const editor = await candor.open('options.html#profile');
    await editor.getByLabel(/^Family name/).fill('Okafor');
    await editor.getByLabel('Language of Candor').selectOption('ja');
    await editor.getByRole('button', { name: 'Save profile' }).click();

    // The open editor re-renders in Japanese without a reload.
    await editor.getByRole('heading', { name: '本人情報と設定' }).waitFor();
    await editor.getByRole('navigation', { name: 'セクション' }).getByRole('link', { name: '項目' }).waitFor();
    await editor.getByRole('button', { name: 'プロフィールを保存' }).waitFor();

    const popup = await candor.open('popup.html');
    await popup.getByRole('button', { name: 'エディターを開く' }).waitFor();
    await popup.getByRole('heading', { name: '見直し' }).waitFor();

    await editor.getByLabel('Candor の表示言語').selectOption('browser');
    await editor.getByRole('button', { name: 'プロフィールを保存' }).click();
    await editor.getByRole('heading', { name: 'Person and settings' }).waitFor();
    await popup.getByRole('button', { name: 'Open editor' }).waitFor();
    await popup.close();
    await editor.close();
  });
});
