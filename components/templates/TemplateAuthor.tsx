import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, ENTRY_KINDS, type EntryKind } from '@/lib/model';
import { BUILTIN_PACKS, BUILTINS } from '@/lib/rules';
import { isRefusal, loadTemplateBytes, planTemplateApply } from '@/lib/templates';
import { downloadFile, readFileText } from '@/lib/ui';
import { useT } from '@/components/ui';
import { PlanView } from './PlanView';
import {
  RULE_KINDS, buildTemplate, draftFromTemplate, emptyDraft, emptyRule, emptyShell, type AuthorDraft, type RuleDraft, type ShellDraft,
} from './author-draft';

/** Profile paths an office commonly locks. Entry fields are locked as `entries.<shellId>.<field>`. */
const LOCKABLE = ['person.primaryOrganization', 'person.homeCountry', 'person.department', 'settings.reviewIntervalMonths', 'settings.currency'];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return <label className="author-field">{label} {children}</label>;
}

/** Template authoring for research offices: build, validate as you type, preview, export JSON. */
export function TemplateAuthor() {
  const t = useT();
  useEffect(() => {
    document.title = t('author.pageTitle');
  }, [t]);
  const [draft, setDraft] = useState<AuthorDraft>(() => emptyDraft());
  const [loadProblems, setLoadProblems] = useState<string>();
  const built = useMemo(() => buildTemplate(draft), [draft]);
  const preview = useMemo(() => {
    if (!built.template) return undefined;
    // What a researcher with only a name in their profile would see on first apply.
    const plan = planTemplateApply(built.template, { profile: { person: { familyName: 'Researcher' }, settings: DEFAULT_SETTINGS }, entries: [] });
    return isRefusal(plan) ? undefined : plan;
  }, [built.template]);

  const set = (patch: Partial<AuthorDraft>) => setDraft({ ...draft, ...patch });
  const setIn = <K extends 'institution' | 'contact' | 'defaults'>(key: K, patch: Partial<AuthorDraft[K]>) => set({ [key]: { ...draft[key], ...patch } } as Partial<AuthorDraft>);
  const setShell = (i: number, patch: Partial<ShellDraft>) => set({ shells: draft.shells.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setRule = (i: number, patch: Partial<RuleDraft>) => set({ rules: draft.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const toggle = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const text = (value: string, onChange: (v: string) => void, props: Record<string, unknown> = {}) => (
    <input value={value} onChange={(e) => onChange(e.target.value)} {...props} />
  );

  const exportJson = () => {
    if (built.template) downloadFile(JSON.stringify(built.value, null, 2) + '\n', `${draft.id || 'template'}.template.json`, 'application/json');
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const loaded = await loadTemplateBytes(await readFileText(file));
    if (loaded.ok) {
      setDraft(draftFromTemplate(loaded.template));
      setLoadProblems(undefined);
    } else setLoadProblems(loaded.reasons.map((r) => `${r.path}: ${r.message}`).join('\n'));
  };

  return (
    <main className="template-author">
      <h1>{t('author.heading')}</h1>
      <p>{t('author.intro')}</p>
      <Field label={t('author.open')}><input type="file" accept=".json,application/json" onChange={(e) => loadFile(e.target.files?.[0])} /></Field>
      {loadProblems && <pre role="alert">{loadProblems}</pre>}
      <div className="author-columns">
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('author.template')}>
          <fieldset><legend>{t('author.template')}</legend>
            <Field label={t('author.id')}>{text(draft.id, (id) => set({ id }), { name: 'id' })}</Field>
            <Field label={t('author.title')}>{text(draft.title, (title) => set({ title }), { name: 'title' })}</Field>
            <Field label={t('author.published')}>{text(draft.publishedAt, (publishedAt) => set({ publishedAt }), { type: 'date', name: 'publishedAt' })}</Field>
          </fieldset>
          <fieldset><legend>{t('author.institution')}</legend>
            <Field label={t('author.name')}>{text(draft.institution.name, (name) => setIn('institution', { name }), { name: 'institution.name' })}</Field>
            <Field label={t('author.rorId')}>{text(draft.institution.rorId, (rorId) => setIn('institution', { rorId }), { placeholder: 'https://ror.org/…', name: 'institution.rorId' })}</Field>
            <Field label={t('author.city')}>{text(draft.institution.city, (city) => setIn('institution', { city }))}</Field>
            <Field label={t('author.region')}>{text(draft.institution.region, (region) => setIn('institution', { region }))}</Field>
            <Field label={t('author.country')}>{text(draft.institution.country, (country) => setIn('institution', { country: country.toUpperCase() }), { maxLength: 2, name: 'institution.country' })}</Field>
          </fieldset>
          <fieldset><legend>{t('author.contact')}</legend>
            <Field label={t('author.office')}>{text(draft.contact.office, (office) => setIn('contact', { office }))}</Field>
            <Field label={t('author.email')}>{text(draft.contact.email, (email) => setIn('contact', { email }), { type: 'email' })}</Field>
            <Field label={t('author.webPage')}>{text(draft.contact.url, (url) => setIn('contact', { url }), { type: 'url' })}</Field>
          </fieldset>
          <fieldset><legend>{t('author.defaults')}</legend>
            <label><input type="checkbox" checked={draft.defaults.institutionIsPrimary} onChange={(e) => setIn('defaults', { institutionIsPrimary: e.target.checked })} /> {t('author.institutionIsPrimary')}</label>
            <Field label={t('author.homeCountry')}>{text(draft.defaults.homeCountry, (homeCountry) => setIn('defaults', { homeCountry: homeCountry.toUpperCase() }), { maxLength: 2 })}</Field>
            <Field label={t('author.department')}>{text(draft.defaults.department, (department) => setIn('defaults', { department }))}</Field>
            <Field label={t('author.positionTitle')}>{text(draft.defaults.positionTitle, (positionTitle) => setIn('defaults', { positionTitle }))}</Field>
            <Field label={t('author.reviewInterval')}>{text(draft.defaults.reviewIntervalMonths, (reviewIntervalMonths) => setIn('defaults', { reviewIntervalMonths }), { type: 'number', min: 1, max: 120 })}</Field>
            <Field label={t('author.currency')}>{text(draft.defaults.currency, (currency) => setIn('defaults', { currency: currency.toUpperCase() }), { maxLength: 3 })}</Field>
          </fieldset>
          <fieldset><legend>{t('author.shells')}</legend>
            {draft.shells.map((s, i) => (
              <div key={i} className="author-item" aria-label={t('author.shell', { n: i + 1 })}>
                <Field label={t('author.shellId')}>{text(s.shellId, (shellId) => setShell(i, { shellId }))}</Field>
                <Field label={t('author.kind')}>
                  <select value={s.kind} onChange={(e) => setShell(i, { kind: e.target.value as EntryKind })}>{ENTRY_KINDS.map((k) => <option key={k}>{k}</option>)}</select>
                </Field>
                <label><input type="checkbox" checked={s.organizationIsInstitution} onChange={(e) => setShell(i, { organizationIsInstitution: e.target.checked })} /> {t('author.atInstitution')}</label>
                {!s.organizationIsInstitution && <Field label={t('author.organisation')}>{text(s.organizationName, (organizationName) => setShell(i, { organizationName }))}</Field>}
                <Field label={t('author.role')}>{text(s.role, (role) => setShell(i, { role }))}</Field>
                <Field label={t('author.moreFields')}>
                  <textarea rows={2} value={s.extraJson} onChange={(e) => setShell(i, { extraJson: e.target.value })} />
                </Field>
                <button type="button" onClick={() => set({ shells: draft.shells.filter((_, j) => j !== i) })}>{t('author.removeShell')}</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ shells: [...draft.shells, emptyShell(draft.shells.length)] })}>{t('author.addShell')}</button>
          </fieldset>
          <fieldset><legend>{t('author.rulePacks')}</legend>
            {BUILTIN_PACKS.map((p) => (
              <label key={p.id}><input type="checkbox" checked={draft.rulePacks.includes(p.id)} onChange={() => set({ rulePacks: toggle(draft.rulePacks, p.id) })} /> {p.title} <code>{p.id}</code></label>
            ))}
          </fieldset>
          <fieldset><legend>{t('author.ownRules')}</legend>
            <datalist id="author-builtins">{Object.keys(BUILTINS).map((b) => <option key={b} value={b} />)}</datalist>
            {draft.rules.map((r, i) => (
              <div key={i} className="author-item" aria-label={t('author.rule', { n: i + 1 })}>
                <Field label={t('author.ruleId')}>{text(r.id, (id) => setRule(i, { id }))}</Field>
                <Field label={t('author.severity')}>
                  <select value={r.severity} onChange={(e) => setRule(i, { severity: e.target.value as RuleDraft['severity'] })}>{['error', 'warning', 'info'].map((s) => <option key={s}>{s}</option>)}</select>
                </Field>
                <Field label={t('author.appliesTo')}>
                  <select value={r.kind} onChange={(e) => setRule(i, { kind: e.target.value })}>{RULE_KINDS.map((k) => <option key={k}>{k}</option>)}</select>
                </Field>
                <Field label={t('author.onlyWhere')}>{text(r.whereJson, (whereJson) => setRule(i, { whereJson }))}</Field>
                <Field label={t('author.check')}>
                  <select value={r.checkType} onChange={(e) => setRule(i, { checkType: e.target.value as RuleDraft['checkType'] })}>
                    <option value="required">{t('author.checkRequired')}</option><option value="builtin">{t('author.checkBuiltin')}</option>
                  </select>
                </Field>
                {r.checkType === 'required' ? (
                  <Field label={t('author.requiredPaths')}>{text(r.required, (required) => setRule(i, { required }))}</Field>
                ) : (
                  <>
                    <Field label={t('author.builtin')}>{text(r.builtin, (builtin) => setRule(i, { builtin }), { list: 'author-builtins' })}</Field>
                    <Field label={t('author.parameters')}>{text(r.paramsJson, (paramsJson) => setRule(i, { paramsJson }))}</Field>
                  </>
                )}
                <Field label={t('author.message')}>{text(r.message, (message) => setRule(i, { message }))}</Field>
                <Field label={t('author.citation')}>{text(r.citation, (citation) => setRule(i, { citation }))}</Field>
                <button type="button" onClick={() => set({ rules: draft.rules.filter((_, j) => j !== i) })}>{t('author.removeRule')}</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ rules: [...draft.rules, emptyRule(draft.rules.length)] })}>{t('author.addRule')}</button>
          </fieldset>
          <fieldset><legend>{t('author.portals')}</legend>
            <textarea rows={4} value={draft.portalsJson} onChange={(e) => set({ portalsJson: e.target.value })} aria-label={t('author.portalsJson')} />
          </fieldset>
          <fieldset><legend>{t('author.screening')}</legend>
            <textarea rows={4} value={draft.screeningListsJson} onChange={(e) => set({ screeningListsJson: e.target.value })} aria-label={t('author.screeningJson')} />
          </fieldset>
          <fieldset><legend>{t('author.resources')}</legend>
            {draft.resources.map((r, i) => (
              <div key={i} className="author-item">
                <Field label={t('author.title')}>{text(r.title, (title) => set({ resources: draft.resources.map((x, j) => (j === i ? { ...x, title } : x)) }))}</Field>
                <Field label={t('author.url')}>{text(r.url, (url) => set({ resources: draft.resources.map((x, j) => (j === i ? { ...x, url } : x)) }), { type: 'url' })}</Field>
                <button type="button" onClick={() => set({ resources: draft.resources.filter((_, j) => j !== i) })}>{t('author.remove')}</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ resources: [...draft.resources, { title: '', url: '' }] })}>{t('author.addResource')}</button>
          </fieldset>
          <fieldset><legend>{t('author.locked')}</legend>
            {[...new Set([...LOCKABLE, ...draft.locked])].map((p) => (
              <label key={p}><input type="checkbox" checked={draft.locked.includes(p)} onChange={() => set({ locked: toggle(draft.locked, p) })} /> <code>{p}</code></label>
            ))}
            <Field label={t('author.lockAnother')}>
              <input onKeyDown={(e) => {
                const v = e.currentTarget.value.trim();
                if (e.key === 'Enter' && v) { set({ locked: [...new Set([...draft.locked, v])] }); e.currentTarget.value = ''; }
              }} />
            </Field>
          </fieldset>
        </form>
        <aside>
          <h2>{t('author.checkHeading')}</h2>
          {built.problems.length ? (
            <ul aria-label={t('author.problems')} data-testid="author-problems">{built.problems.map((p, i) => <li key={i}><code>{p.path}</code>: {p.message}</li>)}</ul>
          ) : (
            <p role="status">{t('author.valid')}</p>
          )}
          <button type="button" onClick={exportJson} disabled={!built.template}>{t('author.exportJson')}</button>
          <h2>{t('author.researcherSees')}</h2>
          {preview ? <PlanView plan={preview} /> : <p>{t('author.fixToPreview')}</p>}
        </aside>
      </div>
    </main>
  );
}
