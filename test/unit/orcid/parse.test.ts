import { describe, expect, it } from 'vitest';
import { Entry } from '@/lib/model';
import { fundingStatus, normaliseFundref, normaliseOrcidId, parseOrcidRecord, PAYMENT_NOT_RECORDED, sectionFromFileName } from '@/lib/io';
import { affiliationSummaries, fullRecord, fundingSummaries, fuzzy, readSample, sampleFiles, type Json } from './samples';

const TODAY = '2026-11-24';

describe('parseOrcidRecord on the shared ORCID samples', () => {
  it.each(sampleFiles())('%s imports without throwing, and every entry is a valid Entry', (file) => {
    const parsed = parseOrcidRecord(readSample(file), { today: TODAY, section: sectionFromFileName(file) });
    for (const entry of parsed.entries) expect(Entry.safeParse(entry).success).toBe(true);
    // Every item is accounted for: imported, skipped or reported.
    expect(parsed.entries.length + parsed.skipped.length + parsed.problems.length).toBeGreaterThan(0);
  });

  it('reads the person: names and a checksum-valid (sandbox) ORCID iD', () => {
    const record = fullRecord();
    const { person } = parseOrcidRecord(record, { today: TODAY });
    expect(person).toEqual({
      givenName: record.person.name['given-names'].value,
      familyName: record.person.name['family-name'].value,
      orcid: record['orcid-identifier'].path,
    });
    expect(person?.orcid).toBe('0000-0002-7319-2192');
  });

  it('maps every employment, invited position, distinction, membership and service of the full record to an appointment', () => {
    const record = fullRecord();
    const parsed = parseOrcidRecord(record, { today: TODAY });
    const iD = record['orcid-identifier'].path;
    const summaries = affiliationSummaries(record);
    expect(summaries.length).toBe(6);
    for (const [section, s] of summaries) {
      const entry = parsed.entries.find((e) => e.id === `orcid:${iD}:${section}:${s['put-code']}`);
      expect(entry, `${section} ${s['put-code']}`).toBeDefined();
      if (entry?.kind !== 'appointment') throw new Error('not an appointment');
      const org = s.organization;
      expect(entry.organization.name).toBe(org.name);
      expect(entry.organization.city).toBe(org.address.city);
      expect(entry.organization.country).toBe(org.address.country);
      expect(entry.organization.fundrefId).toBe(org['disambiguated-organization']['disambiguated-organization-identifier'].replace(/^.*(10\.13039\/)/, '$1'));
      expect(entry.role).toBe(s['role-title']);
      expect(entry.description).toBe(`Department: ${s['department-name']}`);
      expect(entry.startDate).toBe(fuzzy(s['start-date']));
      expect(entry.endDate).toBe(fuzzy(s['end-date']) ?? null);
      expect(entry.provenance).toEqual({ source: 'orcid', ref: `put-code ${s['put-code']}` });
      expect(entry.paid).toBe(false);
      expect(entry.notes).toBe(PAYMENT_NOT_RECORDED);
      expect(parsed.needsReview.map((r) => r.id)).toContain(entry.id);
    }
    const typeOf = (section: string) => parsed.entries.find((e) => e.id.includes(`:${section}:`)) as Json;
    expect(typeOf('employment').appointmentType).toBe('other');
    expect(typeOf('invited-position').appointmentType).toBe('visiting');
    expect(typeOf('distinction').appointmentType).toBe('honorary');
    expect(typeOf('membership').appointmentType).toBe('affiliate');
    expect(typeOf('service').appointmentType).toBe('advisory');
  });

  it('maps every funding of the full record to support with title, sponsor, dates, grant numbers and status', () => {
    const record = fullRecord();
    const parsed = parseOrcidRecord(record, { today: TODAY });
    const fundings = fundingSummaries(record);
    expect(fundings.length).toBe(2);
    for (const f of fundings) {
      const entry = parsed.entries.find((e) => e.id === `orcid:${record['orcid-identifier'].path}:funding:${f['put-code']}`);
      if (entry?.kind !== 'support') throw new Error(`funding ${f['put-code']} missing`);
      expect(entry.title).toBe(f.title.title.value);
      expect(entry.organization.name).toBe(f.organization.name);
      expect(entry.organization.region).toBeUndefined(); // null region in the record
      expect(entry.startDate).toBe(fuzzy(f['start-date']));
      expect(entry.endDate).toBe(fuzzy(f['end-date']));
      const selfGrants = f['external-ids']['external-id']
        .filter((x: Json) => x['external-id-type'] === 'grant_number' && x['external-id-relationship'] === 'self')
        .map((x: Json) => x['external-id-value']);
      expect(entry.awardNumber).toBe(selfGrants.join('; '));
      expect(entry.status).toBe('completed'); // ended 2020 < today
    }
    // Spot check, written out.
    expect(parsed.entries.find((e) => e.id.endsWith(':funding:5132'))).toMatchObject({
      kind: 'support', title: 'Grant title', awardNumber: '1234', startDate: '2000-02-02', endDate: '2020-02-02',
      organization: { name: 'Wellcome Trust', fundrefId: '10.13039/100000001', city: 'London', country: 'GB' },
    });
  });

  it('skips education, qualifications, works, peer reviews and research resources with a note', () => {
    const parsed = parseOrcidRecord(fullRecord(), { today: TODAY });
    const skipped = parsed.skipped.map((s) => s.item).join(' | ');
    for (const word of ['education put-code 6455', 'qualification put-code 9269', 'works', 'peer-reviews', 'research-resources']) expect(skipped).toContain(word);
    expect(parsed.entries.some((e) => /education|qualification/.test(e.id))).toBe(false);
    expect(parsed.problems).toEqual([]);
  });
});

describe('single activity items and their quirks', () => {
  it('funding with the obsolete currency ADP: amount left out, problem named per item, grant numbers (self only) kept', () => {
    const item = readSample('funding-3.0-simple.json');
    const parsed = parseOrcidRecord(item, { today: TODAY });
    expect(parsed.entries).toHaveLength(1);
    const entry = parsed.entries[0] as Json;
    expect(entry.totalAmount).toBeUndefined();
    expect(entry.awardNumber).toBe('987654321; PTDC/NEU'); // the part-of 1234567 is the parent grant
    expect(entry.organization.rorId).toBe(item.organization['disambiguated-organization']['disambiguated-organization-identifier']);
    expect(parsed.problems).toEqual([{ item: 'funding (ORCID)', message: expect.stringMatching(/"ADP".*1000\.0/) }]);
  });

  it('keeps a current currency amount', () => {
    const item = { ...readSample('funding-3.0-simple.json'), amount: { value: '250000.50', 'currency-code': 'eur' } };
    const [entry] = parseOrcidRecord(item, { today: TODAY }).entries as Json[];
    expect(entry.totalAmount).toEqual({ amount: 250000.5, currency: 'EUR' });
  });

  it('turns missing months, null end dates and impossible days into partial dates, ongoing, or reported coarser dates', () => {
    const item = {
      ...readSample('funding-3.0-with-NISO-roles.json'),
      'start-date': { year: { value: '2025' }, month: null, day: null },
      'end-date': null,
    };
    const [entry] = parseOrcidRecord(item, { today: TODAY }).entries as Json[];
    expect(entry.startDate).toBe('2025');
    expect(entry.endDate).toBeNull();
    expect(entry.status).toBe('current');

    const odd = { ...readSample('employment-3.0.json'), 'start-date': { year: { value: '2023' }, month: { value: '02' }, day: { value: '30' } } };
    const parsed = parseOrcidRecord(odd, { today: TODAY, section: 'employment' });
    expect(parsed.entries[0].startDate).toBe('2023-02');
    expect(parsed.problems[0].message).toMatch(/2023-02-30 is not a real date; kept as 2023-02/);
  });

  it('derives funding status from dates against today', () => {
    expect(fundingStatus('2020', '2021-06', TODAY)).toBe('completed');
    expect(fundingStatus('2020', '2026-11', TODAY)).toBe('current');
    expect(fundingStatus('2027-01', null, TODAY)).toBe('pending');
    expect(fundingStatus(undefined, null, TODAY)).toBe('current');
    const future = { ...readSample('funding-3.0-simple.json'), 'start-date': { year: { value: '2027' } }, 'end-date': null };
    const parsed = parseOrcidRecord(future, { today: TODAY });
    expect(parsed.entries[0]).toMatchObject({ status: 'pending' });
    expect(parsed.needsReview[0].reason).toMatch(/pending/);
  });

  it('uses the section hint for items that do not name their section, and role words for the appointment type', () => {
    const item = readSample('employment-3.0.json');
    expect(parseOrcidRecord(item, { section: 'invited-position' }).entries[0]).toMatchObject({ appointmentType: 'visiting' });
    const unnamed = parseOrcidRecord(item, {});
    expect(unnamed.entries[0]).toMatchObject({ appointmentType: 'other' });
    expect(unnamed.problems[0].message).toMatch(/does not say which ORCID section/);
    const board = parseOrcidRecord({ ...readSample('service-3.0.json'), 'role-title': 'Member of the Board of Trustees' }, { section: 'service' });
    expect(board.entries[0]).toMatchObject({ appointmentType: 'board' });
    // A funding shows what it is; a wrong hint does not turn it into an appointment.
    expect(parseOrcidRecord(readSample('funding-3.0-simple.json'), { section: 'employment' }).entries[0]).toMatchObject({ kind: 'support' });
    const adjunct = parseOrcidRecord({ ...item, 'role-title': 'Adjunct Professor' }, { section: 'employment' });
    expect(adjunct.entries[0]).toMatchObject({ appointmentType: 'adjunct' });
  });

  it('ids are deterministic, so the same file parsed twice gives the same ids', () => {
    const a = parseOrcidRecord(readSample('membership-3.0.json'), { section: 'membership' }).entries.map((e) => e.id);
    const b = parseOrcidRecord(readSample('membership-3.0.json'), { section: 'membership' }).entries.map((e) => e.id);
    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^orcid:unknown:membership:h[0-9a-f]{8}$/);
  });

  it('keeps RINGGOLD/GRID ids in provenance.ref, and reports bad countries and missing organisation names per item', () => {
    const item = {
      ...readSample('distinction-3.0.json'),
      'put-code': 77,
      organization: { name: 'Some Institute', address: { city: 'X', country: 'XX' }, 'disambiguated-organization': { 'disambiguated-organization-identifier': '5292', 'disambiguation-source': 'RINGGOLD' } },
    };
    const parsed = parseOrcidRecord(item, { section: 'distinction', orcid: '0000-0002-1825-0097' });
    expect(parsed.entries[0].id).toBe('orcid:0000-0002-1825-0097:distinction:77');
    expect(parsed.entries[0].provenance).toEqual({ source: 'orcid', ref: 'put-code 77 · RINGGOLD 5292' });
    expect(parsed.entries[0].organization.country).toBeUndefined();
    expect(parsed.problems).toEqual([{ item: 'distinction put-code 77 (Some Institute)', message: expect.stringContaining('"XX"') }]);

    const nameless = parseOrcidRecord({ ...item, organization: { address: {} } }, { section: 'distinction' });
    expect(nameless.entries).toEqual([]);
    expect(nameless.problems[0].message).toMatch(/no organisation name/);
  });

  it('rejects non-records and bad iDs without throwing', () => {
    expect(parseOrcidRecord(null).problems[0].item).toBe('(file)');
    expect(parseOrcidRecord([1, 2]).problems[0].item).toBe('(file)');
    expect(parseOrcidRecord({ hello: 'world' }).problems[0].message).toMatch(/nothing to import/);
    const record = fullRecord();
    record['orcid-identifier'].path = '0000-0002-7319-2193';
    record.path = '/0000-0002-7319-2193';
    const parsed = parseOrcidRecord(record, { today: TODAY });
    expect(parsed.problems[0]).toMatchObject({ item: 'ORCID iD' });
    expect(parsed.person?.orcid).toBeUndefined();
  });
});

describe('identifier helpers', () => {
  it('normalises ORCID iDs and checks the check digit', () => {
    expect(normaliseOrcidId('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normaliseOrcidId(' 0000 0002 1694 233x ')).toBe('0000-0002-1694-233X');
    expect(normaliseOrcidId('0000-0002-1825-0098')).toBeUndefined();
  });
  it('normalises Crossref Funder ids', () => {
    expect(normaliseFundref('http://dx.doi.org/10.13039/100000001')).toBe('10.13039/100000001');
    expect(normaliseFundref('https://doi.org/10.13039/501100000780')).toBe('10.13039/501100000780');
    expect(normaliseFundref('100011942')).toBe('10.13039/100011942');
    expect(normaliseFundref('abc123')).toBeUndefined();
  });
  it('reads the section from a file name', () => {
    expect(sectionFromFileName('/x/invited-position-3.0.json')).toBe('invited-position');
    expect(sectionFromFileName('record-full-3.0.json')).toBeUndefined();
  });
});
