import { navigate, useToast } from '@/components/ui';
import { DemoDataButton } from './DemoDataButton';

/** What a new user sees: what Candor is and the two ways to start. */
export function Welcome() {
  const toast = useToast();
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Candor</h2>
      <p>
        Candor keeps your research disclosure record — appointments, consulting, current and pending support and
        other ties — in this browser only, never on a server. It uses that record to draft the disclosure sections
        of funder portals and to point out what a funder would expect you to add.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => navigate('#profile')}>Start your profile</button>
        <DemoDataButton onLoaded={(message) => toast({ message })} />
      </div>
    </section>
  );
}
