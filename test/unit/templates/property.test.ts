import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Template, type Entry, type Profile } from '@/lib/model';
import { isRefusal, planTemplateApply, shellEntryId, type TemplatePlan } from '@/lib/templates';
import { getPath, isEmpty } from '@/lib/templates/values';
import { arbCountry, arbEntry, arbOrganization, arbProfile, arbTemplate, arbText } from '../io/arbitraries';

/** Turns an entry into a template shell: a random subset of its fields, keyed by a shell id. */
const arbShell = fc
  .tuple(arbEntry, fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.func(fc.boolean()))
  .map(([entry, shellId, keep]) => {
    const { id: _i, createdAt: _c, updatedAt: _u, kind, ...rest } = entry;
    return { shellId, kind, ...Object.fromEntries(Object.entries(rest).filter(([k]) => keep(k))) };
  });

const arbFullTemplate: fc.Arbitrary<Template> = fc
  .tuple(
    arbTemplate,
    fc.record(
      { primaryOrganization: arbOrganization, homeCountry: arbCountry, department: arbText(40, 1), positionTitle: arbText(40, 1) },
      { requiredKeys: [] },
    ),
    fc.record({ reviewIntervalMonths: fc.integer({ min: 1, max: 120 }) }, { requiredKeys: [] }),
    fc.uniqueArray(arbShell, { selector: (s) => s.shellId, maxLength: 4 }),
  )
  .map(([t, person, settings, entries]) => Template.parse({ ...t, profileDefaults: { person, settings }, entries }));

/** Researcher entries, some under the template's shell ids (as if entered or edited by the researcher). */
const arbState = (template: Template) =>
  fc.tuple(arbProfile, fc.array(fc.tuple(arbEntry, fc.option(fc.constantFrom(...template.entries.map((s) => s.shellId), 'x'), { nil: undefined })), { maxLength: 5 }))
    .map(([profile, pairs]) => {
      const entries = new Map<string, Entry>();
      for (const [entry, shellId] of pairs) {
        const id = shellId ? shellEntryId(template.id, shellId) : entry.id;
        entries.set(id, { ...entry, id });
      }
      return { profile, entries: [...entries.values()] };
    });

/** Every researcher-entered profile value: non-empty person fields, and settings they moved off the default. */
function researcherProfileValues(profile: Profile): [string, unknown][] {
  const person = Object.entries(profile.person).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [`person.${k}`, v] as [string, unknown]);
  const settings = Object.entries(profile.settings)
    .filter(([k, v]) => v !== (DEFAULT_SETTINGS as Record<string, unknown>)[k])
    .map(([k, v]) => [`settings.${k}`, v] as [string, unknown]);
  return [...person, ...settings];
}

/**
 * `researcher`: the values the researcher entered (path → value); `entries`: their entries as they
 * entered them; `current`: the entries as stored before this plan. Checks the plan keeps all of them.
 */
function assertNothingLost(researcher: [string, unknown][], profile: Profile, entries: Entry[], current: Entry[], plan: TemplatePlan) {
  const next = plan.nextProfile ?? profile;
  for (const [path, value] of researcher) expect(getPath(next, path)).toEqual(value);
  const stored = new Map(current.map((e) => [e.id, e]));
  const updated = new Map(plan.shellsUpdated.map((u) => [u.after.id, u.after]));
  for (const entry of entries) {
    const after = updated.get(entry.id) ?? stored.get(entry.id);
    expect(after).toBeDefined();
    for (const [field, value] of Object.entries(entry)) {
      if (['provenance', 'updatedAt'].includes(field) || isEmpty(value)) continue;
      expect((after as Record<string, unknown>)[field]).toEqual(value);
    }
  }
  // Nothing is removed, and new entries never reuse an existing id.
  for (const added of plan.shellsAdded) expect(stored.has(added.id)).toBe(false);
}

describe('applying any valid template to any valid record', () => {
  it('never loses a researcher-entered value', () => {
    fc.assert(
      fc.property(arbFullTemplate.chain((t) => fc.tuple(fc.constant(t), arbState(t))), ([template, { profile, entries }]) => {
        const plan = planTemplateApply(template, { profile, entries });
        expect(isRefusal(plan)).toBe(false);
        if (!isRefusal(plan)) assertNothingLost(researcherProfileValues(profile), profile, entries, entries, plan);
      }),
      { numRuns: 150 },
    );
  });

  it('never loses a value the researcher changed after a first version, when a newer one is applied', () => {
    fc.assert(
      fc.property(
        arbFullTemplate.chain((t) => fc.tuple(fc.constant(t), arbFullTemplate, arbState(t), arbProfile)),
        ([v1, other, { profile, entries }, edits]) => {
          const first = planTemplateApply(v1, { profile, entries });
          if (isRefusal(first)) throw new Error('v1 refused');
          // The researcher then enters their own values over some fields (clearing is not a value, and
          // entering the value v1 put there changes nothing: that field still holds v1's default).
          const base = first.nextProfile ?? profile;
          const own = Object.entries(edits.person).filter(
            ([k, v]) => k !== 'familyName' && !isEmpty(v) && !isDeepStrictEqual(v, (base.person as Record<string, unknown>)[k]),
          );
          const edited: Profile = { ...base, person: { ...base.person, ...Object.fromEntries(own) } };
          const expected = new Map([...researcherProfileValues(profile), ...own.map(([k, v]) => [`person.${k}`, v] as [string, unknown])]);
          const stored = [...entries.map((e) => first.shellsUpdated.find((u) => u.after.id === e.id)?.after ?? e), ...first.shellsAdded];
          // A newer version of the same template, with other content.
          const v2 = Template.parse({ ...other, id: v1.id, publishedAt: '2200-01-01' });
          const second = planTemplateApply(v2, { profile: edited, entries: stored, applied: first.record, previous: v1 });
          if (isRefusal(second)) throw new Error('v2 refused');
          assertNothingLost([...expected], edited, entries, stored, second);
        },
      ),
      { numRuns: 100 },
    );
  });
});
