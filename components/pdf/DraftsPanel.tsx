import { useId, useState } from 'react';
import { DRAFT_TOPICS, draftNarratives, type DraftTopic } from '@/lib/draft';
import { LOCALES, type Locale } from '@/lib/model';
import { useEntries, useProfile, useT } from '@/components/ui';
import type { PlainKey } from '@/lib/i18n';

const TOPIC_LABELS: Record<DraftTopic, PlainKey> = {
  'positions-and-appointments': 'drafts.positions',
  'foreign-activities': 'drafts.foreign',
  'consulting-and-outside-activities': 'drafts.consulting',
  'in-kind-support': 'drafts.inKind',
  'financial-interests': 'drafts.financial',
};

const LOCALE_LABELS: Record<Locale, string> = { en: 'English', fr: 'Français', de: 'Deutsch', it: 'Italiano', ja: '日本語' };

/** Narrative drafts for free-text disclosure boxes, per language, each with a Copy button. */
export function DraftsPanel() {
  const t = useT();
  const { profile } = useProfile();
  const entries = useEntries();
  const [chosen, setLocale] = useState<Locale | undefined>();
  const [status, setStatus] = useState<{ topic: DraftTopic; text: string } | undefined>();
  const localeId = useId();
  if (!profile || !entries) return null;
  const locale = chosen ?? profile.settings.locale;
  const drafts = draftNarratives(profile, entries, { locale });

  async function copy(topic: DraftTopic) {
    try {
      await navigator.clipboard.writeText(drafts[topic]);
      setStatus({ topic, text: t('drafts.copied') });
    } catch {
      setStatus({ topic, text: t('drafts.copyRefused') });
    }
  }

  return (
    <section aria-labelledby="drafts-heading">
      <h3 id="drafts-heading">{t('drafts.heading')}</h3>
      <p className="muted">{t('drafts.intro')}</p>
      <p>
        <label htmlFor={localeId}>{t('drafts.language')}</label>{' '}
        <select id={localeId} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_LABELS[l]}</option>)}
        </select>
      </p>
      {DRAFT_TOPICS.map((topic) => (
        <div key={topic} className="draft">
          <h4 id={`draft-${topic}`}>{t(TOPIC_LABELS[topic])}</h4>
          <textarea readOnly rows={4} value={drafts[topic]} aria-labelledby={`draft-${topic}`} lang={locale} />
          <p>
            <button type="button" onClick={() => copy(topic)} aria-label={t('drafts.copyLabel', { topic: t(TOPIC_LABELS[topic]) })}>{t('drafts.copy')}</button>{' '}
            <span role="status">{status?.topic === topic ? status.text : ''}</span>
          </p>
        </div>
      ))}
    </section>
  );
}
