import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { activeTemplateEffects } from '@/lib/templates';
import { useT } from '@/components/ui';

/** The institution's contact and help resources from applied templates (popup and editor); nothing when none. */
export function TemplateContacts() {
  const t = useT();
  const effects = useLiveQuery(async () => activeTemplateEffects(await getDb().templates.toArray()), []);
  if (!effects || (!effects.contacts.length && !effects.resources.length)) return null;
  return (
    <section aria-label={t('popup.institutionHelp')} className="template-contacts">
      {effects.contacts.map((c) => (
        <p key={c.templateId}>
          {c.office ?? c.institution}
          {c.email && <> · <a href={`mailto:${c.email}`}>{c.email}</a></>}
          {c.url && <> · <a href={c.url} target="_blank" rel="noreferrer">{t('popup.webPage')}</a></>}
        </p>
      ))}
      {effects.resources.length > 0 && (
        <ul>{effects.resources.map((r) => <li key={`${r.templateId}|${r.url}`}><a href={r.url} target="_blank" rel="noreferrer">{r.title}</a></li>)}</ul>
      )}
    </section>
  );
}
