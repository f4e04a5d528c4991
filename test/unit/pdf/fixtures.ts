/**
 * Records for the PDF and draft tests: every entry kind, accented Latin organisations and titles
 * (Łódź, Kraków, Ångström) and, in a second record, Japanese ones (東京大学). People's names appear
 * only as the researcher's own name.
 */
import { Entry, Profile } from '@/lib/model';

export const profile: Profile = Profile.parse({
  person: {
    givenName: 'Zoë', familyName: 'Łódź-Ångström', orcid: '0000-0002-1825-0097', homeCountry: 'US',
    primaryOrganization: { name: 'Example State University', city: 'Springfield', region: 'Illinois', country: 'US' },
    department: 'Chemistry', positionTitle: 'Associate Professor',
  },
  settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 },
});

export const latinEntries: Entry[] = [
  {
    id: 'a1', kind: 'appointment', organization: { name: 'Uniwersytet Łódzki', city: 'Łódź', country: 'PL' },
    role: 'Visiting Professor', appointmentType: 'visiting', paid: true, compensation: { amount: 12000, currency: 'PLN' },
    personMonthsPerYear: 1, startDate: '2021-09', endDate: null,
  },
  {
    id: 'a2', kind: 'appointment', organization: { name: 'Example State University', country: 'US' },
    role: 'Associate Professor', appointmentType: 'primary', paid: true, startDate: '2018-08', endDate: null,
  },
  {
    id: 'a3', kind: 'appointment', organization: { name: 'Ångström Laboratory, Uppsala University', country: 'SE' },
    role: 'Postdoctoral Fellow', appointmentType: 'other', paid: true, startDate: '2014-01', endDate: '2017-12',
  },
  {
    id: 'c1', kind: 'consulting', organization: { name: 'Kraków Catalysis Sp. z o.o.', city: 'Kraków', country: 'PL' },
    role: 'Scientific adviser', compensated: true, compensation: { amount: 8500, currency: 'EUR' }, startDate: '2024-03', endDate: '2025-02',
    relatedToResearch: true,
  },
  {
    id: 's1', kind: 'support', organization: { name: 'National Science Foundation', city: 'Alexandria', region: 'Virginia', country: 'US' },
    status: 'current', title: 'Żółć-free catalysts for ammonia synthesis', awardNumber: 'CHE-2345678', sponsorType: 'federal', role: 'PI',
    pdPi: 'Zoë Łódź-Ångström', placeOfPerformance: 'Example State University', totalAmount: { amount: 450000, currency: 'USD' },
    effort: [{ year: 2025, personMonths: 1.5 }, { year: 2026, personMonths: 1 }], objectives: 'Develop earth-abundant catalysts.',
    overlap: 'No scientific or budgetary overlap.', startDate: '2024-07-01', endDate: '2027-06-30',
  },
  {
    id: 's2', kind: 'support', organization: { name: 'Deutsche Forschungsgemeinschaft', city: 'Bonn', country: 'DE' },
    status: 'pending', title: 'Ångström-scale imaging of surfaces', sponsorType: 'foreign-government', role: 'co-I',
    effort: [{ year: 2026, personMonths: 0.5 }], startDate: '2026-01',
  },
  {
    id: 'k1', kind: 'inKind', organization: { name: 'Instytut Fizyki PAN', city: 'Warszawa', country: 'PL' }, status: 'current',
    summary: 'Beam time on the Łódź synchrotron line', estimatedValue: { amount: 30000, currency: 'USD' }, startDate: '2025-01',
  },
  {
    id: 'f1', kind: 'financialInterest', organization: { name: 'Catalytica Nova, Inc.', country: 'US' }, interestType: 'equity',
    value: { amount: 15000, currency: 'USD' }, relatedToResearch: true,
  },
  {
    id: 't1', kind: 'talentProgram', organization: { name: 'Fondation Exemple', country: 'FR' }, programName: 'Programme Étoile',
    status: 'declined', startDate: '2023',
  },
  {
    id: 'v1', kind: 'travel', organization: { name: 'Société Chimique de France', country: 'FR' }, travelType: 'honorarium',
    value: { amount: 1200, currency: 'EUR' }, purpose: 'Plenary lecture', destination: 'Paris', startDate: '2025-05-12',
  },
  {
    id: 'p1', kind: 'partnership', organization: { name: 'Technische Universität München', city: 'München', country: 'DE' },
    project: 'Joint study of zeolite membranes', partnerType: 'academic', fundingFlow: 'none', startDate: '2022',
  },
].map((e) => Entry.parse(e));

export const japaneseEntries: Entry[] = [
  ...latinEntries,
  {
    id: 'j1', kind: 'appointment', organization: { name: '東京大学', city: '東京', country: 'JP' }, role: '客員教授',
    appointmentType: 'visiting', paid: false, startDate: '2023-04', endDate: '2024-03',
  },
  {
    id: 'j2', kind: 'support', organization: { name: '日本学術振興会', country: 'JP' }, status: 'current', title: '触媒表面の研究',
    awardNumber: 'JP23H01234', totalAmount: { amount: 5000000, currency: 'JPY' }, effort: [{ year: 2025, personMonths: 0.5 }],
    startDate: '2023-04', endDate: '2026-03',
  },
].map((e) => Entry.parse(e));

/** A researcher whose own name is Japanese. */
export const japaneseProfile: Profile = Profile.parse({
  ...profile,
  person: { ...profile.person, givenName: '太郎', familyName: '山田' },
});

export const emptyProfile: Profile = Profile.parse({ person: { familyName: 'Kowalska', givenName: 'Ewa', homeCountry: 'PL' } });
