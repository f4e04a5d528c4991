import { describe, expect, it } from 'vitest';
import { dateLayout, expectedCurrency, formatAmount, formatDate, japaneseEra, matchOption } from '@/lib/fill/format';
import type { FieldDescriptor } from '@/lib/fill/types';
import { descriptor } from './helpers';

const d = (extra: Partial<FieldDescriptor>): FieldDescriptor => descriptor({ selector: '', htmlId: '', ...extra });
const opts = (...texts: string[]) => texts.map((text, i) => ({ value: String(i), text }));

describe('dates', () => {
  it('formats partial dates for each layout', () => {
    expect(formatDate('2021-09', 'MM/YYYY')).toBe('09/2021');
    expect(formatDate('2021-09', 'YYYY-MM')).toBe('2021-09');
    expect(formatDate('2021-09', 'MM.YYYY')).toBe('09.2021');
    expect(formatDate('2021-09', 'YYYY-MM-DD')).toBe('2021-09-01');
    expect(formatDate('2024-02', 'YYYY-MM-DD', true)).toBe('2024-02-29');
    expect(formatDate('2024', 'MM/YYYY', true)).toBe('12/2024');
  });
  it('reads the layout a control asks for', () => {
    expect(dateLayout(d({ label: 'Start Date (MM/YYYY)' })).layout).toBe('MM/YYYY');
    expect(dateLayout(d({ label: 'Beginn (MM.JJJJ)' })).layout).toBe('MM.YYYY');
    expect(dateLayout(d({ label: 'Date de début (aaaa/mm)' })).layout).toBe('YYYY/MM');
    expect(dateLayout(d({ type: 'month' }))).toEqual({ part: 'full', layout: 'YYYY-MM' });
    expect(dateLayout(d({ type: 'date' }))).toEqual({ part: 'full', layout: 'YYYY-MM-DD' });
    expect(dateLayout(d({ label: 'Start', format: undefined } as never), 'YYYY-MM').layout).toBe('YYYY-MM');
  });
  it('recognises split month/year selects and boxes', () => {
    const months = [{ value: '', text: 'Month' }, ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((t, i) => ({ value: String(i + 1), text: t }))];
    expect(dateLayout(d({ type: 'select', options: months })).part).toBe('month');
    expect(dateLayout(d({ type: 'select', options: [{ value: '', text: '' }, { value: '2024', text: '2024' }, { value: '2025', text: '2025' }] })).part).toBe('year');
    expect(dateLayout(d({ label: 'Year', hints: ['Start date'] })).part).toBe('year');
    expect(dateLayout(d({ label: 'Month', hints: ['Start date'] })).part).toBe('month');
  });
});

describe('amounts', () => {
  it('are digits without grouping or symbol', () => {
    expect(formatAmount(2150000)).toBe('2150000');
    expect(formatAmount(1234.5)).toBe('1234.50');
  });
  it('reads the currency a control expects', () => {
    expect(expectedCurrency(d({ label: 'Amount (£)' }))).toBe('GBP');
    expect(expectedCurrency(d({ label: 'Amount (Euros)' }))).toBe('EUR');
    expect(expectedCurrency(d({ label: '研究費総額（円）' }))).toBe('JPY');
    expect(expectedCurrency(d({ label: 'Total Amount ($)' }))).toBe('USD');
    expect(expectedCurrency(d({ label: 'Amount' }))).toBeUndefined();
  });
});

describe('options in five languages', () => {
  it.each([
    ['current', opts('Select', 'Current', 'Pending'), 'Current'],
    ['current', opts('', 'Octroyé', 'En attente'), 'Octroyé'],
    ['pending', opts('', 'Laufend', 'Beantragt'), 'Beantragt'],
    ['current', opts('', 'In corso', 'In attesa'), 'In corso'],
    ['pending', opts('', '実施中', '申請中'), '申請中'],
    ['PI', opts('', 'Co-Investigator', 'Principal Investigator'), 'Principal Investigator'],
    ['co-I', opts('', '研究代表者', '研究分担者'), '研究分担者'],
    ['yes', opts('Oui', 'Non'), 'Oui'],
    ['no', opts('Ja', 'Nein'), 'Nein'],
    ['no', opts('Sì', 'No'), 'No'],
    ['no', opts('はい', 'いいえ'), 'いいえ'],
  ])('%s among %j → %s', (value, options, text) => {
    expect(matchOption(options, value)?.text).toBe(text);
  });
  it('options that only start with a synonym: the more telling synonym wins, whatever the option order', () => {
    expect(matchOption(opts('', 'Lead organisation contact', 'Principal investigator (coordinating)'), 'PI')?.text).toBe('Principal investigator (coordinating)');
  });
  it('reads what an option says before what it stores', () => {
    const options = [{ value: '', text: '' }, { value: 'LCI', text: 'Lead Chief Investigator' }, { value: 'PI', text: 'Partner Investigator' }];
    expect(matchOption(options, 'PI')?.text).toBe('Lead Chief Investigator');
  });
  it('among options that are all synonyms, the most telling synonym wins, whatever the option order', () => {
    expect(matchOption(opts('', 'Principal Applicant', 'Principal Investigator'), 'PI')?.text).toBe('Principal Investigator');
  });

  it('finds an option by either of the names a spaced slash joins, but not inside a slash-joined name', () => {
    const roles = opts('', 'Coordinator / Principal Investigator', 'Participant / Co-investigator');
    expect(matchOption(roles, 'PI')?.text).toBe('Coordinator / Principal Investigator');
    expect(matchOption(roles, 'co-I')?.text).toBe('Participant / Co-investigator');
    expect(matchOption(opts('', 'Co-PD/PI', 'PD/PI'), 'PI')?.text).toBe('PD/PI');
    expect(matchOption(opts('', 'Equity / ownership', 'Royalty', 'Salary'), 'startup')?.text).toBe('Equity / ownership');
  });

  it('finds an option by either form of a gender doublet ("cochercheuse ou cochercheur")', () => {
    const frq = opts('', 'Chercheuse principale ou chercheur principal', 'Cochercheuse principale ou cochercheur principal', 'Cochercheuse ou cochercheur', 'Collaboratrice ou collaborateur');
    expect(matchOption(frq, 'PI')?.text).toBe('Chercheuse principale ou chercheur principal');
    expect(matchOption(frq, 'co-PI')?.text).toBe('Cochercheuse principale ou cochercheur principal');
    expect(matchOption(frq, 'co-I')?.text).toBe('Cochercheuse ou cochercheur');
    expect(matchOption(opts('', 'Projektleiterin oder Projektleiter', 'Mitarbeiterin oder Mitarbeiter'), 'PI')?.text).toBe('Projektleiterin oder Projektleiter');
  });

  it('falls back to applicant / co-applicant and held / applied-for wording only when no closer option exists', () => {
    const nserc = opts('', 'Applicant', 'Co-applicant', 'Collaborator');
    expect(matchOption(nserc, 'PI')?.text).toBe('Applicant');
    expect(matchOption(nserc, 'co-I')?.text).toBe('Co-applicant');
    expect(matchOption(opts('', 'Co-applicant', 'Co-investigator'), 'co-I')?.text).toBe('Co-investigator');
    expect(matchOption(opts('', 'Held', 'Applied for'), 'current')?.text).toBe('Held');
    expect(matchOption(opts('', 'Held', 'Applied for'), 'pending')?.text).toBe('Applied for');
  });

  it('reads a Japanese option that begins with the synonym (no space between words)', () => {
    expect(matchOption(opts('', '受入中', '応募中'), 'current')?.text).toBe('受入中');
    expect(matchOption(opts('', '代表', '分担'), 'co-PI')?.text).toBe('分担');
  });
  it('matches by option value too', () => {
    expect(matchOption([{ value: 'USD', text: 'Dollar américain' }, { value: 'EUR', text: 'Euro' }], 'USD')?.text).toBe('Dollar américain');
  });
  it.each([
    ['PI', opts('選択してください', '代表', '分担'), '代表'],
    ['co-I', opts('選択してください', '代表', '分担'), '分担'],
    ['co-PI', opts('', '代表', '共同代表', '分担'), '共同代表'],
    ['PI', opts('', 'Co-porteur', 'Porteur de projet'), 'Porteur de projet'],
    ['co-PI', opts('', 'Porteur', 'Co-porteur'), 'Co-porteur'],
    ['PI', opts('', 'Co-applicant', 'Principal Applicant'), 'Principal Applicant'],
    ['co-PI', opts('', 'Projektleiterin', 'Mitantragstellerin'), 'Mitantragstellerin'],
    ['senior-personnel', opts('', 'Principal Investigator', 'Team member'), 'Team member'],
    ['pending', opts('', 'Ongoing', 'Submitted / under evaluation'), 'Submitted / under evaluation'],
    ['pending', opts('', '実施', '応募'), '応募'],
    ['current', opts('', '実施', '応募'), '実施'],
    ['completed', opts('', 'En cours', 'Achevé'), 'Achevé'],
    ['startup', opts('', 'Actions ou parts sociales', "Fondateur ou associé d'une start-up", 'Brevet'), "Fondateur ou associé d'une start-up"],
    ['startup', opts('', 'Aktien', 'Gründer eines Unternehmens'), 'Gründer eines Unternehmens'],
    ['yes', [{ value: '', text: '' }, { value: 'J', text: 'J' }, { value: 'N', text: 'N' }], 'J'],
    ['yes', opts('', '該当なし', '該当あり'), '該当あり'],
    ['no', opts('', '該当あり', '該当なし'), '該当なし'],
  ])('short and other forms: %s among %j → %s', (value, options, text) => {
    expect(matchOption(options, value)?.text).toBe(text);
  });
  it('returns nothing rather than a wrong option', () => {
    expect(matchOption(opts('Faculty', 'Other (Specify)'), 'PI')).toBeUndefined();
  });
});

describe('interest types in plural option texts', () => {
  it.each([
    ['royalty', 'Redevances'], ['patent', 'Brevets'], ['ip-license', 'Licences'], ['equity', 'Parts sociales'],
  ])('%s → %s', (value, text) => {
    expect(matchOption(opts('', 'Actions', 'Brevets', 'Licences', 'Redevances', 'Parts sociales', 'Autre').filter((o) => o.text !== (value === 'equity' ? 'Actions' : '')), value)?.text).toBe(text);
  });
});

describe('Japanese eras', () => {
  it('令和 began in May 2019: April 2019 is 平成31, May 2019 is 令和1, 2027 is 令和9', () => {
    expect(japaneseEra('2019-04')).toEqual({ name: '平成', year: 31 });
    expect(japaneseEra('2019-05')).toEqual({ name: '令和', year: 1 });
    expect(japaneseEra('2027-01-15')).toEqual({ name: '令和', year: 9 });
    expect(japaneseEra('1995-06')).toEqual({ name: '平成', year: 7 });
  });
});
