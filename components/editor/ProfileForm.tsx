import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ValidationError, saveProfile } from '@/lib/db';
import { DEFAULT_SETTINGS, LOCALES, Profile, UI_LANGUAGES } from '@/lib/model';
import { Field, useI18n } from '@/components/ui';
import { focusField, formatTime } from '@/lib/ui';
import { LockedNote, lockedBy } from '@/components/templates';
import { withLockedValues, type Lock } from '@/lib/templates';
import { compact, num, orgFromForm, orgToForm, problemPathToField, text, type FormValues } from './form-values';
import { OrgFields } from './OrgFields';
import { CountrySelect, CurrencySelect } from './pickers';
import { errorAt, modelResolver } from './resolver';

const PERSON_TEXT = [
  { name: 'givenName', label: 'profile.givenName', autoComplete: 'given-name' },
  { name: 'familyName', label: 'profile.familyName', autoComplete: 'family-name', required: true },
  { name: 'orcid', label: 'profile.orcid', hint: 'profile.orcidHint' },
  { name: 'email', label: 'profile.email', autoComplete: 'email', type: 'email' },
  { name: 'eraCommonsId', label: 'profile.eraCommonsId' },
  { name: 'department', label: 'profile.department' },
  { name: 'positionTitle', label: 'profile.positionTitle', autoComplete: 'organization-title' },
] as const;

const LOCALE_NAMES: Record<string, string> = { en: 'English', fr: 'Français', de: 'Deutsch', it: 'Italiano', ja: '日本語' };

function profileToForm(profile: Profile | undefined): FormValues {
  const person = (profile?.person ?? {}) as Record<string, any>;
  const settings = profile?.settings ?? DEFAULT_SETTINGS;
  return {
    person: {
      ...Object.fromEntries(PERSON_TEXT.map((f) => [f.name, person[f.name] ?? ''])),
      homeCountry: person.homeCountry ?? '',
      primaryOrganization: orgToForm(person.primaryOrganization),
    },
    settings: { currency: settings.currency, locale: settings.locale, uiLanguage: settings.uiLanguage ?? 'browser', reviewIntervalMonths: String(settings.reviewIntervalMonths) },
  };
}

function formToProfile(values: FormValues): unknown {
  const p = values.person ?? {};
  return {
    person: compact({
      ...Object.fromEntries(PERSON_TEXT.map((f) => [f.name, text(p[f.name])])),
      // Kept as "" (not absent) so the schema's own "Family name is required" message shows.
      familyName: text(p.familyName) ?? '',
      homeCountry: text(p.homeCountry),
      primaryOrganization: orgFromForm(p.primaryOrganization, true),
    }),
    settings: compact({
      currency: values.settings?.currency,
      locale: values.settings?.locale,
      // "browser" is the default: stored as absent, so records without the field read the same.
      uiLanguage: values.settings?.uiLanguage === 'browser' ? undefined : values.settings?.uiLanguage,
      reviewIntervalMonths: num(values.settings?.reviewIntervalMonths),
    }),
  };
}

/** Person, primary organisation and settings, validated with the Profile schema. */
export function ProfileForm({ profile, locks, focus }: { profile: Profile | undefined; locks: readonly Lock[]; focus?: string }) {
  const { t, locale } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const idBase = useId().replace(/:/g, '');
  const [status, setStatus] = useState<string>();
  const resolver = useMemo(() => modelResolver(Profile, formToProfile), []);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    defaultValues: profileToForm(profile),
    resolver,
  });
  const id = (path: string) => `${idBase}-${path.replace(/\./g, '-')}`;
  useEffect(() => {
    if (focus) focusField(formRef.current, focus);
  }, [focus]);
  const lockOf = (path: string) => lockedBy(locks, path);
  const orgLock = lockOf('person.primaryOrganization');
  const countryLock = lockOf('person.homeCountry');

  const onSubmit = handleSubmit(
    async (validated) => {
      try {
        // Locked paths keep the template's value whatever the form holds.
        const profileLocks = locks.filter((l) => !l.path.startsWith('entries.')).map((l) => l.path);
        const next = profile && profileLocks.length ? withLockedValues(validated as Profile, profile, profileLocks) : (validated as Profile);
        await saveProfile(next);
        setStatus(t('profile.savedAt', { time: formatTime(new Date(), locale) }));
      } catch (error) {
        if (error instanceof ValidationError) {
          for (const p of error.problems) setError(problemPathToField(p.path) as any, { type: 'server', message: p.message });
        }
        setStatus(t('entryForm.notSavedFields'));
      }
    },
    () => setStatus(t('entryForm.notSavedFields')),
  );

  return (
    <form ref={formRef} className="profile-form" onSubmit={onSubmit} noValidate aria-labelledby={`${idBase}--heading`}>
      <h2 id={`${idBase}--heading`}>{t('profile.heading')}</h2>
      <fieldset>
        <legend>{t('profile.person')}</legend>
        <div className="field-grid">
          {PERSON_TEXT.map((f) => (
            <Field
              key={f.name}
              id={id(`person.${f.name}`)}
              label={t(f.label)}
              required={'required' in f && f.required}
              hint={lockOf(`person.${f.name}`) ? <LockedNote lock={lockOf(`person.${f.name}`)} /> : 'hint' in f ? t(f.hint) : undefined}
              error={errorAt(errors, `person.${f.name}`)}
            >
              {(p) => (
                <input
                  {...p}
                  disabled={!!lockOf(`person.${f.name}`)}
                  type={'type' in f ? f.type : 'text'}
                  autoComplete={'autoComplete' in f ? f.autoComplete : 'off'}
                  {...register(`person.${f.name}`)}
                />
              )}
            </Field>
          ))}
          <Field
            id={id('person.homeCountry')}
            label={t('profile.homeCountry')}
            hint={countryLock ? <LockedNote lock={countryLock} /> : t('profile.homeCountryHint')}
            error={errorAt(errors, 'person.homeCountry')}
          >
            {(p) => <CountrySelect {...p} {...register('person.homeCountry')} disabled={!!countryLock} />}
          </Field>
        </div>
      </fieldset>
      <OrgFields
        prefix="person.primaryOrganization"
        legend={t('profile.primaryOrganisation')}
        idBase={idBase}
        register={register}
        errors={errors}
        nameRequired={false}
        disabled={!!orgLock}
      />
      {orgLock && <LockedNote lock={orgLock} />}
      <fieldset>
        <legend>{t('profile.settings')}</legend>
        <div className="field-grid">
          <Field id={id('settings.currency')} label={t('profile.currency')} hint={lockOf('settings.currency') && <LockedNote lock={lockOf('settings.currency')} />} error={errorAt(errors, 'settings.currency')}>
            {(p) => <CurrencySelect {...p} {...register('settings.currency')} disabled={!!lockOf('settings.currency')} />}
          </Field>
          <Field id={id('settings.locale')} label={t('profile.draftLanguage')} hint={lockOf('settings.locale') && <LockedNote lock={lockOf('settings.locale')} />} error={errorAt(errors, 'settings.locale')}>
            {(p) => (
              <select {...p} {...register('settings.locale')} disabled={!!lockOf('settings.locale')}>
                {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]} ({l})</option>)}
              </select>
            )}
          </Field>
          <Field id={id('settings.uiLanguage')} label={t('language.label')} error={errorAt(errors, 'settings.uiLanguage')}>
            {(p) => (
              <select {...p} {...register('settings.uiLanguage')}>
                {UI_LANGUAGES.map((l) => <option key={l} value={l}>{l === 'browser' ? t('language.browser') : `${LOCALE_NAMES[l]} (${l})`}</option>)}
              </select>
            )}
          </Field>
          <Field
            id={id('settings.reviewIntervalMonths')}
            label={t('profile.reviewInterval')}
            hint={lockOf('settings.reviewIntervalMonths') ? <LockedNote lock={lockOf('settings.reviewIntervalMonths')} /> : t('profile.reviewIntervalHint')}
            error={errorAt(errors, 'settings.reviewIntervalMonths')}
          >
            {(p) => <input {...p} type="number" min={1} max={120} inputMode="numeric" {...register('settings.reviewIntervalMonths')} disabled={!!lockOf('settings.reviewIntervalMonths')} />}
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>{t('profile.save')}</button>
        <p role="status" className="status">{status}</p>
      </div>
    </form>
  );
}
