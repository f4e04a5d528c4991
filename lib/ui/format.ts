/** Small pure formatting helpers shared by the editor and the popup. */
import { COUNTRY_CODES, type Entry, type Profile } from '@/lib/model';
import type { I18n } from '@/lib/i18n';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** "Canada" for "CA" (in the given UI locale); the code itself when the runtime has no name for it. */
export function countryName(code: string | undefined, locale: string): string {
  if (!code) return '';
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 3166-1 code with its name, sorted by name — the options of a country picker. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

/** "Ada Okafor", or undefined when there is no profile yet. */
export function personName(profile: Profile | undefined): string | undefined {
  if (!profile) return undefined;
  return [profile.person.givenName, profile.person.familyName].filter(Boolean).join(' ');
}

/** The line that names an entry: its title, programme, project or summary, else its role. */
export function entryTitle(entry: Entry): string {
  switch (entry.kind) {
    case 'support': return entry.title;
    case 'talentProgram': return entry.programName;
    case 'partnership': return entry.project;
    case 'inKind': return entry.summary;
    default: return entry.role ?? '';
  }
}

/** A partial ISO date (2024, 2024-06, 2024-06-15) as the UI language writes it: "2024-06" in English, "06/2024" in French, "2024/06" in Japanese. */
export function formatPartialDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', timeZone: 'UTC', ...(d ? { day: '2-digit' } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(y, m - 1, d || 1)));
}

/** A moment as the UI language writes the time of day ("14:05:09"). */
export function formatTime(date: Date, locale: string): string {
  return date.toLocaleTimeString(locale);
}

/** "2021-09 – ongoing", "2019 – 2022", "from 2024", "" (in the UI language of `i18n`). */
export function dateRange(entry: Pick<Entry, 'startDate' | 'endDate'>, { t, locale }: I18n): string {
  const { startDate, endDate } = entry;
  if (!startDate && endDate === undefined) return '';
  const end = endDate === null ? t('dates.ongoing') : endDate && formatPartialDate(endDate, locale);
  if (!startDate) return end ? t('dates.until', { date: end }) : '';
  const start = formatPartialDate(startDate, locale);
  return end ? t('dates.range', { start, end }) : t('dates.from', { date: start });
}

/** "USD 12,000" (digits grouped as the UI language groups them). */
export function formatMoney(money: { amount: number; currency: string } | undefined, locale: string): string {
  if (!money) return '';
  return `${money.currency} ${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(money.amount)}`;
}

/** A plain number grouped as the UI language groups it. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
