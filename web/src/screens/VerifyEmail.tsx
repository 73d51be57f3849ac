import { useEffect, useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Status';
import { useHashQuery } from '../lib/router';
import { useSessionStore } from '../session/context';

/** The page the verification mail links to: `#/verify-email?token=…`. */
export default function VerifyEmail() {
  const session = useSessionStore();
  const token = new URLSearchParams(useHashQuery()).get('token') ?? '';
  const [state, setState] = useState<'busy' | 'done' | unknown>('busy');
  useEffect(() => {
    let live = true;
    session
      .verifyEmail(token)
      .then(() => live && setState('done'))
      .catch((e: unknown) => live && setState(e));
    return () => {
      live = false;
    };
  }, [session, token]);
  return (
    <main id="main" className="page auth-page">
      <section className="card">
        <h1>Confirm your e-mail address</h1>
        {state === 'busy' ? (
          <Loading label="Checking the link…" />
        ) : state === 'done' ? (
          <p className="banner banner-ok" role="status">
            Your e-mail address is verified. Teams can now invite you.
          </p>
        ) : (
          <ErrorBanner error={state} />
        )}
        <p>
          <a href="#/dashboard">Go to KeyHaven</a>
        </p>
      </section>
    </main>
  );
}
