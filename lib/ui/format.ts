/** Small pure formatting helpers shared by the editor and the popup. */
import { COUNTRY_CODES, type Entry, type Profile } from '@/lib/model';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** "Canada" for "CA" (in the given UI locale); the code itself when the runtime has no name for it. */
export function countryName(code: string | undefined, locale = 'en'): string {
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
export function countryOptions(locale = 'en'): { code: string; name: string }[] {
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

/** "2021-09 – ongoing", "2019 – 2022", "from 2024", "" */
export function dateRange(entry: Pick<Entry, 'startDate' | 'endDate'>): string {
  const { startDate, endDate } = entry;
  if (!startDate && endDate === undefined) return '';
  const end = endDate === null ? 'ongoing' : endDate;
  if (!startDate) return end ? `until ${end}` : '';
  return end ? `${startDate} – ${end}` : `from ${startDate}`;
}

/** "USD 12,000" */
export function formatMoney(money: { amount: number; currency: string } | undefined, locale = 'en'): string {
  if (!money) return '';
  return `${money.currency} ${money.amount.toLocaleString(locale)}`;
}
