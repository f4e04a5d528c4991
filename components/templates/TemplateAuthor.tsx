import { useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, ENTRY_KINDS, type EntryKind } from '@/lib/model';
import { BUILTIN_PACKS, BUILTINS } from '@/lib/rules';
import { isRefusal, loadTemplateBytes, planTemplateApply } from '@/lib/templates';
import { downloadFile, readFileText } from '@/lib/ui';
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
      <h1>Candor template authoring</h1>
      <p>For research offices: build the template your researchers start from, check it, and export it as a file to share, publish at an HTTPS address, or set by browser policy.</p>
      <Field label="Open an existing template"><input type="file" accept=".json,application/json" onChange={(e) => loadFile(e.target.files?.[0])} /></Field>
      {loadProblems && <pre role="alert">{loadProblems}</pre>}
      <div className="author-columns">
        <form onSubmit={(e) => e.preventDefault()} aria-label="Template">
          <fieldset><legend>Template</legend>
            <Field label="Id (reverse domain, e.g. edu.example.research-office)">{text(draft.id, (id) => set({ id }), { name: 'id' })}</Field>
            <Field label="Title">{text(draft.title, (title) => set({ title }), { name: 'title' })}</Field>
            <Field label="Published">{text(draft.publishedAt, (publishedAt) => set({ publishedAt }), { type: 'date', name: 'publishedAt' })}</Field>
          </fieldset>
          <fieldset><legend>Institution</legend>
            <Field label="Name">{text(draft.institution.name, (name) => setIn('institution', { name }), { name: 'institution.name' })}</Field>
            <Field label="ROR id">{text(draft.institution.rorId, (rorId) => setIn('institution', { rorId }), { placeholder: 'https://ror.org/…', name: 'institution.rorId' })}</Field>
            <Field label="City">{text(draft.institution.city, (city) => setIn('institution', { city }))}</Field>
            <Field label="Region">{text(draft.institution.region, (region) => setIn('institution', { region }))}</Field>
            <Field label="Country (ISO code)">{text(draft.institution.country, (country) => setIn('institution', { country: country.toUpperCase() }), { maxLength: 2, name: 'institution.country' })}</Field>
          </fieldset>
          <fieldset><legend>Contact</legend>
            <Field label="Office">{text(draft.contact.office, (office) => setIn('contact', { office }))}</Field>
            <Field label="Email">{text(draft.contact.email, (email) => setIn('contact', { email }), { type: 'email' })}</Field>
            <Field label="Web page">{text(draft.contact.url, (url) => setIn('contact', { url }), { type: 'url' })}</Field>
          </fieldset>
          <fieldset><legend>Profile defaults (fill empty fields only)</legend>
            <label><input type="checkbox" checked={draft.defaults.institutionIsPrimary} onChange={(e) => setIn('defaults', { institutionIsPrimary: e.target.checked })} /> The institution is the researcher's primary organisation</label>
            <Field label="Home country (ISO code)">{text(draft.defaults.homeCountry, (homeCountry) => setIn('defaults', { homeCountry: homeCountry.toUpperCase() }), { maxLength: 2 })}</Field>
            <Field label="Department">{text(draft.defaults.department, (department) => setIn('defaults', { department }))}</Field>
            <Field label="Position title">{text(draft.defaults.positionTitle, (positionTitle) => setIn('defaults', { positionTitle }))}</Field>
            <Field label="Review interval (months)">{text(draft.defaults.reviewIntervalMonths, (reviewIntervalMonths) => setIn('defaults', { reviewIntervalMonths }), { type: 'number', min: 1, max: 120 })}</Field>
            <Field label="Currency (ISO 4217)">{text(draft.defaults.currency, (currency) => setIn('defaults', { currency: currency.toUpperCase() }), { maxLength: 3 })}</Field>
          </fieldset>
          <fieldset><legend>Entries to start from (shells)</legend>
            {draft.shells.map((s, i) => (
              <div key={i} className="author-item" aria-label={`Shell ${i + 1}`}>
                <Field label="Shell id">{text(s.shellId, (shellId) => setShell(i, { shellId }))}</Field>
                <Field label="Kind">
                  <select value={s.kind} onChange={(e) => setShell(i, { kind: e.target.value as EntryKind })}>{ENTRY_KINDS.map((k) => <option key={k}>{k}</option>)}</select>
                </Field>
                <label><input type="checkbox" checked={s.organizationIsInstitution} onChange={(e) => setShell(i, { organizationIsInstitution: e.target.checked })} /> At the institution</label>
                {!s.organizationIsInstitution && <Field label="Organisation">{text(s.organizationName, (organizationName) => setShell(i, { organizationName }))}</Field>}
                <Field label="Role">{text(s.role, (role) => setShell(i, { role }))}</Field>
                <Field label='More fields (JSON, e.g. {"appointmentType": "primary", "paid": true})'>
                  <textarea rows={2} value={s.extraJson} onChange={(e) => setShell(i, { extraJson: e.target.value })} />
                </Field>
                <button type="button" onClick={() => set({ shells: draft.shells.filter((_, j) => j !== i) })}>Remove shell</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ shells: [...draft.shells, emptyShell(draft.shells.length)] })}>Add a shell</button>
          </fieldset>
          <fieldset><legend>Funder expectations (rule packs)</legend>
            {BUILTIN_PACKS.map((p) => (
              <label key={p.id}><input type="checkbox" checked={draft.rulePacks.includes(p.id)} onChange={() => set({ rulePacks: toggle(draft.rulePacks, p.id) })} /> {p.title} <code>{p.id}</code></label>
            ))}
          </fieldset>
          <fieldset><legend>The institution's own rules</legend>
            <datalist id="author-builtins">{Object.keys(BUILTINS).map((b) => <option key={b} value={b} />)}</datalist>
            {draft.rules.map((r, i) => (
              <div key={i} className="author-item" aria-label={`Rule ${i + 1}`}>
                <Field label="Rule id">{text(r.id, (id) => setRule(i, { id }))}</Field>
                <Field label="Severity">
                  <select value={r.severity} onChange={(e) => setRule(i, { severity: e.target.value as RuleDraft['severity'] })}>{['error', 'warning', 'info'].map((s) => <option key={s}>{s}</option>)}</select>
                </Field>
                <Field label="Applies to">
                  <select value={r.kind} onChange={(e) => setRule(i, { kind: e.target.value })}>{RULE_KINDS.map((k) => <option key={k}>{k}</option>)}</select>
                </Field>
                <Field label='Only where (JSON, e.g. {"compensated": true})'>{text(r.whereJson, (whereJson) => setRule(i, { whereJson }))}</Field>
                <Field label="Check">
                  <select value={r.checkType} onChange={(e) => setRule(i, { checkType: e.target.value as RuleDraft['checkType'] })}>
                    <option value="required">required fields</option><option value="builtin">built-in check</option>
                  </select>
                </Field>
                {r.checkType === 'required' ? (
                  <Field label="Required paths (comma-separated, e.g. compensation.amount)">{text(r.required, (required) => setRule(i, { required }))}</Field>
                ) : (
                  <>
                    <Field label="Built-in">{text(r.builtin, (builtin) => setRule(i, { builtin }), { list: 'author-builtins' })}</Field>
                    <Field label="Parameters (JSON)">{text(r.paramsJson, (paramsJson) => setRule(i, { paramsJson }))}</Field>
                  </>
                )}
                <Field label="Message">{text(r.message, (message) => setRule(i, { message }))}</Field>
                <Field label="Citation (text, or JSON {title, url, section})">{text(r.citation, (citation) => setRule(i, { citation }))}</Field>
                <button type="button" onClick={() => set({ rules: draft.rules.filter((_, j) => j !== i) })}>Remove rule</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ rules: [...draft.rules, emptyRule(draft.rules.length)] })}>Add a rule</button>
          </fieldset>
          <fieldset><legend>Portal maps (JSON list, same form as the built-in maps)</legend>
            <textarea rows={4} value={draft.portalsJson} onChange={(e) => set({ portalsJson: e.target.value })} aria-label="Portal maps JSON" />
          </fieldset>
          <fieldset><legend>Screening lists (JSON list of organisation lists)</legend>
            <textarea rows={4} value={draft.screeningListsJson} onChange={(e) => set({ screeningListsJson: e.target.value })} aria-label="Screening lists JSON" />
          </fieldset>
          <fieldset><legend>Resources</legend>
            {draft.resources.map((r, i) => (
              <div key={i} className="author-item">
                <Field label="Title">{text(r.title, (title) => set({ resources: draft.resources.map((x, j) => (j === i ? { ...x, title } : x)) }))}</Field>
                <Field label="URL">{text(r.url, (url) => set({ resources: draft.resources.map((x, j) => (j === i ? { ...x, url } : x)) }), { type: 'url' })}</Field>
                <button type="button" onClick={() => set({ resources: draft.resources.filter((_, j) => j !== i) })}>Remove</button>
              </div>
            ))}
            <button type="button" onClick={() => set({ resources: [...draft.resources, { title: '', url: '' }] })}>Add a resource</button>
          </fieldset>
          <fieldset><legend>Locked (read-only for researchers)</legend>
            {[...new Set([...LOCKABLE, ...draft.locked])].map((p) => (
              <label key={p}><input type="checkbox" checked={draft.locked.includes(p)} onChange={() => set({ locked: toggle(draft.locked, p) })} /> <code>{p}</code></label>
            ))}
            <Field label="Lock another path (entries.<shellId>.<field>), then press Enter">
              <input onKeyDown={(e) => {
                const v = e.currentTarget.value.trim();
                if (e.key === 'Enter' && v) { set({ locked: [...new Set([...draft.locked, v])] }); e.currentTarget.value = ''; }
              }} />
            </Field>
          </fieldset>
        </form>
        <aside>
          <h2>Check</h2>
          {built.problems.length ? (
            <ul aria-label="Problems" data-testid="author-problems">{built.problems.map((p, i) => <li key={i}><code>{p.path}</code>: {p.message}</li>)}</ul>
          ) : (
            <p role="status">The template is valid.</p>
          )}
          <button type="button" onClick={exportJson} disabled={!built.template}>Export JSON</button>
          <h2>What a researcher sees</h2>
          {preview ? <PlanView plan={preview} /> : <p>Fix the problems to see the preview.</p>}
        </aside>
      </div>
    </main>
  );
}
