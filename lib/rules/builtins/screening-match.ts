import type { Organization } from '@/lib/model';
import type { Builtin, Finding } from '../types';
import { officialSourceFor } from '../screening';
import { stringListParam } from '../params';

/**
 * Every organisation in the record (primary employer, and each target entry's organisation)
 * compared by normalised name and alias with the screening lists named in `lists` (default:
 * all given to evaluate()). Organisations only, never people.
 */
export const screeningMatch: Builtin = (ctx, targets) => {
  const wanted = stringListParam(ctx.params, 'lists', ctx.screening.map((s) => s.list.id));
  const indexes = ctx.screening.filter((s) => wanted.includes(s.list.id));
  if (!indexes.length) return [];
  const findings: Finding[] = [];
  const check = (organisation: Organization, base: Pick<Finding, 'entry' | 'path'>) => {
    for (const index of indexes) {
      for (const { list, entry: listed, matchedOn } of index.match(organisation.name)) {
        findings.push({
          ...base,
          vars: {
            organization: organisation.name,
            listedName: listed.name,
            matchedOn,
            listTitle: list.title,
            authority: list.authority ?? list.id,
            editions: (listed.listedIn ?? list.listDates ?? []).join(', ') || 'not stated',
            ended: listed.endDate ? `; entry end date ${listed.endDate}` : '',
            sourceUrl: officialSourceFor(list, listed),
            retrieved: typeof list.source.retrieved === 'string' ? list.source.retrieved : 'unknown date',
          },
        });
      }
    }
  };
  const primary = ctx.profile?.person.primaryOrganization;
  if (primary) check(primary, { path: 'person.primaryOrganization.name' });
  for (const entry of targets) check(entry.organization, { entry, path: 'organization.name' });
  return findings;
};
