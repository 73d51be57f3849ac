import { Logo } from './Logo';
import { useState, type ReactNode } from 'react';
import type { Route } from '../lib/router';
import { useSessionStore, useSession } from '../session/context';
import { NotificationBell } from './NotificationBell';
import { useBillingEnabled } from '../lib/useBillingEnabled';
import { useInvitationCount } from '../lib/useInvitationCount';

const NAV: { route: Route; label: string }[] = [
  { route: 'dashboard', label: 'Dashboard' },
  { route: 'vault', label: 'Vault' },
  { route: 'anomalies', label: 'Anomalies' },
  { route: 'insights', label: 'Insights' },
  { route: 'teams', label: 'Teams' },
  { route: 'audit', label: 'Audit log' },
  { route: 'analytics', label: 'Analytics' },
  { route: 'settings', label: 'Settings' },
];

/** The signed-in frame: navigation (a menu at narrow widths), lock and log out. */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const session = useSessionStore();
  const state = useSession();
  const [open, setOpen] = useState(false);
  const billing = useBillingEnabled();
  const invitations = useInvitationCount(route);
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="#/dashboard">
          <Logo /> KeyHaven
        </a>
        <button
          type="button"
          className="btn-icon menu-toggle"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen(!open)}
        >
          <span className="sr-only">Menu</span>☰
        </button>
        <nav id="main-nav" className={`nav${open ? ' open' : ''}`} aria-label="Main">
          {NAV.map((n) => (
            <a
              key={n.route}
              href={`#/${n.route}`}
              aria-current={
                route === n.route || (route === 'key' && n.route === 'vault') ? 'page' : undefined
              }
              onClick={() => setOpen(false)}
            >
              {n.label}
              {n.route === 'teams' && invitations > 0 && (
                <span className="nav-count" aria-label={`${invitations} open invitations`}>
                  {invitations}
                </span>
              )}
            </a>
          ))}
          {billing && (
            <a
              href="#/billing"
              aria-current={route === 'billing' ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              Plan
            </a>
          )}
        </nav>
        <div className="topbar-actions">
          {state.status === 'unlocked' && (
            <span className="user-email" title={state.email}>
              {state.email}
            </span>
          )}
          <NotificationBell />
          <button type="button" className="btn btn-small" onClick={() => session.lock('manual')}>
            Lock
          </button>
          <button type="button" className="btn btn-small" onClick={() => void session.logOut()}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
