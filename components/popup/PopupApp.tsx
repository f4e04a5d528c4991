import { browser } from 'wxt/browser';
import { ENTRY_KINDS, DEFAULT_SETTINGS, type EntryKind } from '@/lib/model';
import { sendMessage } from '@/lib/messaging';
import { formatPartialDate, isReviewDue, kindText, lastReviewed, personName } from '@/lib/ui';
import { useEntries, useI18n, useProfile } from '@/components/ui';
import { PopupActions } from './PopupActions';
import { TemplateContacts } from '@/components/templates/TemplateContacts';

/** Opens the editor tab, at an entry kind when given. */
async function openEditor(kind?: EntryKind): Promise<void> {
  if (kind) await sendMessage('openEditor', { kind });
  else await browser.runtime.openOptionsPage();
  window.close();
}

/** The toolbar popup: who the profile is, counts per kind, review status, and ways into the editor. */
export function PopupApp() {
  const { t, locale } = useI18n();
  const { loading, profile } = useProfile();
  const entries = useEntries();
  if (loading || entries === undefined) return <main className="popup"><p className="muted">{t('common.loading')}</p></main>;

  if (!profile) {
    return (
      <main className="popup">
        <h1>Candor</h1>
        <p>{t('popup.intro')}</p>
        <button type="button" onClick={() => openEditor()}>{t('popup.setUp')}</button>
      </main>
    );
  }

  const interval = profile.settings.reviewIntervalMonths ?? DEFAULT_SETTINGS.reviewIntervalMonths;
  const due = entries.filter((e) => isReviewDue(e, interval)).length;
  const last = lastReviewed(entries);
  const counts = new Map<EntryKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);

  return (
    <main className="popup">
      <header>
        <h1>{personName(profile)}</h1>
        {profile.person.orcid && <p className="muted">ORCID {profile.person.orcid}</p>}
        {profile.person.primaryOrganization && <p>{profile.person.primaryOrganization.name}</p>}
      </header>
      <section aria-labelledby="popup-review">
        <h2 id="popup-review">{t('popup.review')}</h2>
        <p>{t('popup.lastReviewed', { date: last ? formatPartialDate(last, locale) : t('popup.never') })}</p>
        <p>
          {due === 0 ? t('popup.noneDue') : t('popup.due', due, { months: interval })}
        </p>
      </section>
      <section aria-labelledby="popup-counts">
        <h2 id="popup-counts">{t('popup.entries', { count: entries.length })}</h2>
        <ul className="popup-counts">
          {ENTRY_KINDS.map((k) => (
            <li key={k}>
              <button type="button" className="link" onClick={() => openEditor(k)} aria-label={t('popup.kindCount', { kind: kindText(t, k).plural, count: counts.get(k) ?? 0 })}>
                <span>{kindText(t, k).plural}</span> <span className="count">{counts.get(k) ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <PopupActions />
      <TemplateContacts />
      <button type="button" onClick={() => openEditor()}>{t('popup.openEditor')}</button>
    </main>
  );
}
