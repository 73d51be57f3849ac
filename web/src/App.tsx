import { lazy, Suspense, useCallback, useEffect } from 'react';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { useRoute } from './lib/router';
import { KeyHavenContext, useKeyHaven, useSession } from './session/context';
import type { KeyHaven } from './session/keyhaven';
import { useIdleLock } from './session/useIdleLock';
import { LogIn, SignUp, Unlock } from './screens/Auth';

// Screens are code-split: the initial bundle holds the sign-in path and the frame only.
const Dashboard = lazy(() => import('./screens/Dashboard'));
const Vault = lazy(() => import('./screens/Vault'));
const Teams = lazy(() => import('./screens/Teams'));
const Audit = lazy(() => import('./screens/Audit'));
const Analytics = lazy(() => import('./screens/Analytics'));
const Settings = lazy(() => import('./screens/Settings'));

const SCREENS = {
  dashboard: Dashboard,
  vault: Vault,
  teams: Teams,
  audit: Audit,
  analytics: Analytics,
  settings: Settings,
} as const;

function Screens() {
  const kh = useKeyHaven();
  const session = useSession();
  const route = useRoute();
  const lockIdle = useCallback(() => kh.lock('idle'), [kh]);
  useIdleLock(session.status === 'unlocked', lockIdle);

  useEffect(() => {
    document.title = `KeyHaven — ${session.status === 'unlocked' ? route : session.status === 'locked' ? 'locked' : route === 'signup' ? 'sign up' : 'log in'}`;
  }, [route, session.status]);

  if (session.status === 'locked') return <Unlock email={session.email} reason={session.reason} />;
  if (session.status === 'anonymous') return route === 'signup' ? <SignUp /> : <LogIn />;
  const Screen = SCREENS[route as keyof typeof SCREENS] ?? Dashboard;
  return (
    <Layout route={route}>
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </Layout>
  );
}

export function App({ keyhaven }: { keyhaven: KeyHaven }) {
  return (
    <KeyHavenContext.Provider value={keyhaven}>
      <Screens />
    </KeyHavenContext.Provider>
  );
}
