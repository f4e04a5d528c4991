import { navigate, useT, useToast } from '@/components/ui';
import { DemoDataButton } from './DemoDataButton';

/** What a new user sees: what Candor is and the two ways to start. */
export function Welcome() {
  const t = useT();
  const toast = useToast();
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcome.heading')}</h2>
      <p>{t('welcome.intro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => navigate('#profile')}>{t('welcome.start')}</button>
        <DemoDataButton onLoaded={(message) => toast({ message })} />
      </div>
    </section>
  );
}
