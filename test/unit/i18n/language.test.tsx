import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, getProfile, saveProfile } from '@/lib/db';
import { i18nFor, resolveUiLanguage } from '@/lib/i18n';
import type { UiLanguage } from '@/lib/model';
import { countryName, countryOptions, dateRange, formatMoney, formatPartialDate } from '@/lib/ui';
import { LanguageProvider } from '@/components/ui';
import { PopupApp } from '@/components/popup/PopupApp';
import { newDb, seed, support } from '../editor/helpers';

beforeEach(() => { newDb(); });

async function chooseLanguage(uiLanguage: UiLanguage) {
  const profile = (await getProfile())!;
  await act(async () => { await saveProfile({ ...profile, settings: { ...profile.settings, uiLanguage } }); });
}

describe('UI language setting', () => {
  it('re-renders an open page in the language chosen, and back, without reloading it', async () => {
    await seed([support('Gamma grant', 'current')]);
    render(<LanguageProvider><PopupApp /></LanguageProvider>);
    expect(await screen.findByRole('button', { name: 'Open editor' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await chooseLanguage('fr');
    expect(await screen.findByRole('button', { name: 'Ouvrir l’éditeur' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Soutien en cours et en attente : 1' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await chooseLanguage('ja');
    expect(await screen.findByRole('button', { name: 'エディターを開く' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '見直し' })).toBeInTheDocument();
    expect(screen.getByText('1 件の項目が見直し時期です（12 か月ごと）。')).toBeInTheDocument();

    await chooseLanguage('browser');
    expect(await screen.findByRole('button', { name: 'Open editor' })).toBeInTheDocument();
  });

  it('stores "browser" as no setting, so records without the field keep following the browser', async () => {
    await seed([]);
    await chooseLanguage('de');
    expect((await getDb().profile.get('me'))?.settings.uiLanguage).toBe('de');
    expect(resolveUiLanguage(undefined, 'de-AT')).toBe('de');
    expect(resolveUiLanguage('browser', 'ja')).toBe('ja');
    expect(resolveUiLanguage(undefined, 'es-ES')).toBe('en');
    expect(resolveUiLanguage('it', 'fr-FR')).toBe('it');
  });
});

describe('t()', () => {
  it('substitutes named and numbered arguments and picks plural forms per language', () => {
    expect(i18nFor('en').t('popup.due', 1, { months: 12 })).toBe('1 entry is due for review (every 12 months).');
    expect(i18nFor('en').t('popup.due', 3, { months: 6 })).toBe('3 entries are due for review (every 6 months).');
    expect(i18nFor('fr').t('gapCounts.errors', 0)).toBe('0 erreur');
    expect(i18nFor('de').t('sidepanel.fill', 2)).toBe('2 Felder ausfüllen');
    expect(i18nFor('ja').t('sidepanel.fill', 1)).toBe('1 件の欄に入力');
    expect(i18nFor('it').t('popup.portalMap', { title: 'UKRI' })).toBe('Mappa del portale: UKRI');
  });
});

describe('formatting through Intl in the UI language', () => {
  it('writes dates as the language does; English keeps ISO year-month', () => {
    expect(formatPartialDate('2021-09', i18nFor('en').locale)).toBe('2021-09');
    expect(formatPartialDate('2021-09', i18nFor('fr').locale)).toBe('09/2021');
    expect(formatPartialDate('2021-09-03', i18nFor('de').locale)).toBe('03.09.2021');
    expect(formatPartialDate('2021-09', i18nFor('ja').locale)).toBe('2021/09');
    expect(formatPartialDate('2021', i18nFor('ja').locale)).toBe('2021');
    expect(dateRange({ startDate: '2021-09', endDate: null }, i18nFor('en'))).toBe('2021-09 – ongoing');
    expect(dateRange({ startDate: '2021-09', endDate: null }, i18nFor('fr'))).toBe('09/2021 – en cours');
    expect(dateRange({ startDate: '2019' }, i18nFor('de'))).toBe('ab 2019');
    expect(dateRange({ endDate: '2024-06' }, i18nFor('ja'))).toBe('2024/06まで');
  });

  it('groups amounts as the language does', () => {
    const grant = { amount: 1234567.5, currency: 'EUR' };
    expect(formatMoney(grant, i18nFor('en').locale)).toBe('EUR 1,234,567.5');
    expect(formatMoney(grant, i18nFor('de').locale)).toBe('EUR 1.234.567,5');
    expect(formatMoney(grant, i18nFor('fr').locale)).toMatch(/^EUR 1\s234\s567,5$/u);
    expect(formatMoney(grant, i18nFor('ja').locale)).toBe('EUR 1,234,567.5');
  });

  it('names and sorts countries in the language', () => {
    expect(countryName('DE', i18nFor('en').locale)).toBe('Germany');
    expect(countryName('DE', i18nFor('fr').locale)).toBe('Allemagne');
    expect(countryName('DE', i18nFor('it').locale)).toBe('Germania');
    expect(countryName('DE', i18nFor('ja').locale)).toBe('ドイツ');
    const fr = countryOptions(i18nFor('fr').locale).map((c) => c.name);
    expect(fr.indexOf('Allemagne')).toBeLessThan(fr.indexOf('Belgique'));
    expect(fr).toEqual([...fr].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});
