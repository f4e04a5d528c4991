import { forwardRef, memo, type SelectHTMLAttributes } from 'react';
import { CURRENCY_CODES } from '@/lib/model';
import { countryOptions } from '@/lib/ui';
import { useI18n } from '@/components/ui';

type SelectProps = SelectHTMLAttributes<HTMLSelectElement>;

const CountryOptions = memo(function CountryOptions() {
  const { t, locale } = useI18n();
  return (
    <>
      <option value="">{t('common.notSet')}</option>
      {countryOptions(locale).map((c) => (
        <option key={c.code} value={c.code}>{c.name} ({c.code})</option>
      ))}
    </>
  );
});

/** All ISO 3166-1 countries by name in the UI language (Intl.DisplayNames), sorted in its order; the value is the alpha-2 code. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectProps>(function CountrySelect(props, ref) {
  return <select ref={ref} {...props}><CountryOptions /></select>;
});

const CurrencyOptions = memo(function CurrencyOptions() {
  return <>{CURRENCY_CODES.map((c) => <option key={c} value={c}>{c}</option>)}</>;
});

/** ISO 4217 currency codes. */
export const CurrencySelect = forwardRef<HTMLSelectElement, SelectProps>(function CurrencySelect(props, ref) {
  return <select ref={ref} {...props}><CurrencyOptions /></select>;
});
