import { ApiClient } from '../api/client';
import { KeyHavenCrypto } from '../crypto';
import { AuditStore } from './audit';
import { InsightsStore } from './insights';
import { RotationStore } from './rotation';
import { IntegrationsStore } from './integrations';
import { MonitoringStore } from './monitoring';
import { BillingStore } from './billing';
import { NotificationsStore } from './notifications';
import { PinsStore } from './pins';
import { SessionStore } from './session';
import { TeamsStore } from './teams';
import { VaultStore } from './vault';

export type { LockReason, SessionState } from './session';
export type { ConflictChoice, ImportResult, KeyInput, KeyQuery } from './vault';

/**
 * The dashboard's model, composed of one store per area: `session` (account, unlock, lock),
 * `vault` (keys), `teams` (teams and their keys), `audit` and `monitoring` (usage, health,
 * anomalies, rotation schedules, ingest tokens). All need the API and the crypto
 * module; keys stay in memory and are dropped on lock. React reaches the stores through the
 * hooks in `context.tsx`; tests can drive them directly.
 */
export class KeyHaven {
  readonly api: ApiClient;
  readonly crypto: KeyHavenCrypto;
  readonly session: SessionStore;
  readonly teams: TeamsStore;
  readonly pins: PinsStore;
  readonly vault: VaultStore;
  readonly audit: AuditStore;
  readonly monitoring: MonitoringStore;
  readonly notifications: NotificationsStore;
  readonly insights: InsightsStore;
  readonly billing: BillingStore;
  readonly integrations: IntegrationsStore;
  readonly rotation: RotationStore;

  constructor(api = new ApiClient(), crypto = new KeyHavenCrypto(globalThis.crypto)) {
    this.api = api;
    this.crypto = crypto;
    this.session = new SessionStore(api, crypto);
    this.pins = new PinsStore(api, crypto, this.session);
    this.teams = new TeamsStore(api, crypto, this.session, (f) => this.vault.listAll(f), this.pins);
    this.vault = new VaultStore(api, crypto, this.session, this.teams);
    this.audit = new AuditStore(api);
    this.monitoring = new MonitoringStore(api);
    this.notifications = new NotificationsStore(api);
    this.insights = new InsightsStore(api);
    this.billing = new BillingStore(api);
    this.integrations = new IntegrationsStore(api, this.vault);
    this.rotation = new RotationStore(api);
    this.session.beforeUnlocked = async () => {
      await this.teams.load();
    };
    this.session.onLocked = () => {
      this.teams.clear();
      this.pins.clear();
      this.notifications.clear();
    };
  }
}
