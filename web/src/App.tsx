import { lazy, Suspense, useCallback, useEffect } from 'react';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { useRoute } from './lib/router';
import { KeyHavenContext, useSession, useSessionStore } from './session/context';
import type { KeyHaven } from './session/keyhaven';
import { useAutoLockMinutes } from './session/autoLock';
import { useIdleLock } from './session/useIdleLock';
import { LogIn, SignUp, Unlock } from './screens/Auth';

// Screens are code-split: the initial bundle holds the sign-in path and the frame only.
const Dashboard = lazy(() => import('./screens/Dashboard'));
const Vault = lazy(() => import('./screens/Vault'));
const Teams = lazy(() => import('./screens/Teams'));
const Audit = lazy(() => import('./screens/Audit'));
const Analytics = lazy(() => import('./screens/Analytics'));
const Settings = lazy(() => import('./screens/Settings'));
const KeyMonitor = lazy(() => import('./screens/KeyMonitor'));
const Anomalies = lazy(() => import('./screens/Anomalies'));
const Insights = lazy(() => import('./screens/Insights'));
const Notifications = lazy(() => import('./screens/Notifications'));
const Plan = lazy(() => import('./screens/Plan'));
const VerifyEmail = lazy(() => import('./screens/VerifyEmail'));
const Integrations = lazy(() => import('./screens/Integrations'));

const SCREENS = {
  dashboard: Dashboard,
  vault: Vault,
  teams: Teams,
  audit: Audit,
  analytics: Analytics,
  settings: Settings,
  key: KeyMonitor,
  anomalies: Anomalies,
  insights: Insights,
  notifications: Notifications,
  billing: Plan,
  integrations: Integrations,
} as const;

function Screens() {
  const session = useSessionStore();
  const state = useSession();
  const route = useRoute();
  const lockIdle = useCallback(() => session.lock('idle'), [session]);
  const autoLock = useAutoLockMinutes();
  useIdleLock(state.status === 'unlocked', lockIdle, autoLock * 60_000);

  useEffect(() => {
    document.title = `KeyHaven — ${state.status === 'unlocked' ? route : state.status === 'locked' ? 'locked' : route === 'signup' ? 'sign up' : 'log in'}`;
  }, [route, state.status]);

  // The mail's verification link works signed in, locked or signed out.
  if (route === 'verify-email')
    return (
      <Suspense fallback={<Loading />}>
        <VerifyEmail />
      </Suspense>
    );
  if (state.status === 'locked') return <Unlock email={state.email} reason={state.reason} />;
  if (state.status === 'anonymous') return route === 'signup' ? <SignUp /> : <LogIn />;
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
