import type { KeyHaven } from '../session/keyhaven';

type Stub = Record<string, unknown>;

function proxy(area: string, methods: Stub): unknown {
  return new Proxy(methods, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      return () => {
        throw new Error(`stub: ${area}.${prop} not implemented`);
      };
    },
  });
}

/** A KeyHaven whose stores have only the methods a component test needs (the rest throw). */
export function stubKeyHaven(
  stores: {
    session?: Stub;
    vault?: Stub;
    teams?: Stub;
    audit?: Stub;
    monitoring?: Stub;
    notifications?: Stub;
    billing?: Stub;
    insights?: Stub;
    integrations?: Stub;
    rotation?: Stub;
  } = {},
): KeyHaven {
  const state = { status: 'unlocked', email: 't@example.com', userId: 'u1', subscription: 'team' };
  return {
    session: proxy('session', {
      subscribe: () => () => undefined,
      getState: () => state,
      userId: 'u1',
      ...stores.session,
    }),
    vault: proxy('vault', { ...stores.vault }),
    teams: proxy('teams', {
      keyAvailable: () => true,
      canWrite: () => true,
      load: async () => [],
      ...stores.teams,
    }),
    audit: proxy('audit', { ...stores.audit }),
    monitoring: proxy('monitoring', { ...stores.monitoring }),
    notifications: proxy('notifications', { ...stores.notifications }),
    insights: proxy('insights', { ...stores.insights }),
    rotation: proxy('rotation', {
      // No managed rotation set up, unless a test says otherwise.
      status: async () => ({ state: 'idle', history: [] }),
      connections: async () => [],
      ...stores.rotation,
    }),
    integrations: proxy('integrations', {
      // GitHub not connected, nothing pushed, unless a test says otherwise.
      status: async () => ({ connected: false }),
      syncs: async () => [],
      repositories: async () => [],
      deployKeys: async () => [],
      ...stores.integrations,
    }),
    billing: proxy('billing', {
      // A server without billing, unless a test says otherwise.
      subscription: async () => ({ tier: 'team', status: 'active', billing_enabled: false }),
      ...stores.billing,
    }),
  } as unknown as KeyHaven;
}
