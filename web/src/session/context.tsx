import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuditStore } from './audit';
import type { BillingStore } from './billing';
import type { KeyHaven } from './keyhaven';
import type { IntegrationsStore } from './integrations';
import type { InsightsStore } from './insights';
import type { RotationStore } from './rotation';
import type { MonitoringStore } from './monitoring';
import type { NotificationsStore } from './notifications';
import type { SessionState, SessionStore } from './session';
import type { TeamsStore } from './teams';
import type { VaultStore } from './vault';

export const KeyHavenContext = createContext<KeyHaven | null>(null);

export function useKeyHaven(): KeyHaven {
  const kh = useContext(KeyHavenContext);
  if (!kh) throw new Error('KeyHavenContext is missing');
  return kh;
}

export function useSessionStore(): SessionStore {
  return useKeyHaven().session;
}

export function useVault(): VaultStore {
  return useKeyHaven().vault;
}

export function useTeams(): TeamsStore {
  return useKeyHaven().teams;
}

export function useAudit(): AuditStore {
  return useKeyHaven().audit;
}

export function useMonitoring(): MonitoringStore {
  return useKeyHaven().monitoring;
}

export function useIntegrations(): IntegrationsStore {
  return useKeyHaven().integrations;
}

export function useInsights(): InsightsStore {
  return useKeyHaven().insights;
}

export function useRotation(): RotationStore {
  return useKeyHaven().rotation;
}

export function useSession(): SessionState {
  const s = useSessionStore();
  return useSyncExternalStore(s.subscribe, s.getState, s.getState);
}

export function useNotifications(): NotificationsStore {
  return useKeyHaven().notifications;
}

export function useBilling(): BillingStore {
  return useKeyHaven().billing;
}

/** The number of unread notifications the bell shows; null until first known. */
export function useUnreadCount(): number | null {
  const n = useNotifications();
  return useSyncExternalStore(n.subscribe, n.getUnread, n.getUnread);
}
