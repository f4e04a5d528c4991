import { useId, useState } from 'react';
import { DRAFT_TOPICS, draftNarratives, type DraftTopic } from '@/lib/draft';
import { LOCALES, type Locale } from '@/lib/model';
import { useEntries, useProfile } from '@/components/ui';

const TOPIC_LABELS: Record<DraftTopic, string> = {
  'positions-and-appointments': 'Positions and appointments',
  'foreign-activities': 'Foreign activities',
  'consulting-and-outside-activities': 'Consulting and outside activities',
  'in-kind-support': 'In-kind support',
  'financial-interests': 'Financial interests',
};

const LOCALE_LABELS: Record<Locale, string> = { en: 'English', fr: 'Français', de: 'Deutsch', it: 'Italiano', ja: '日本語' };

/** Narrative drafts for free-text disclosure boxes, per language, each with a Copy button. */
export function DraftsPanel() {
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
      setStatus({ topic, text: 'Copied. Review it before you paste it into a form.' });
    } catch {
      setStatus({ topic, text: 'Copying was refused by the browser: select the text and copy it yourself.' });
    }
  }

  return (
    <section aria-labelledby="drafts-heading">
      <h3 id="drafts-heading">Narrative drafts</h3>
      <p className="muted">Built only from what your record says. Read each one before you use it.</p>
      <p>
        <label htmlFor={localeId}>Language</label>{' '}
        <select id={localeId} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_LABELS[l]}</option>)}
        </select>
      </p>
      {DRAFT_TOPICS.map((topic) => (
        <div key={topic} className="draft">
          <h4 id={`draft-${topic}`}>{TOPIC_LABELS[topic]}</h4>
          <textarea readOnly rows={4} value={drafts[topic]} aria-labelledby={`draft-${topic}`} lang={locale} />
          <p>
            <button type="button" onClick={() => copy(topic)} aria-label={`Copy ${TOPIC_LABELS[topic]}`}>Copy</button>{' '}
            <span role="status">{status?.topic === topic ? status.text : ''}</span>
          </p>
        </div>
      ))}
    </section>
  );
}
