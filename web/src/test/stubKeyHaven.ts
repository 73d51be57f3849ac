import type { KeyHaven } from '../session/keyhaven';

/** A KeyHaven with only the methods a component test needs (the rest throw). */
export function stubKeyHaven(methods: Partial<Record<keyof KeyHaven, unknown>>): KeyHaven {
  const state = { status: 'unlocked', email: 't@example.com', userId: 'u1', subscription: 'team' };
  const base: Record<string, unknown> = {
    subscribe: () => () => undefined,
    getState: () => state,
    teamKeyAvailable: () => true,
    loadTeams: async () => [],
    userId: 'u1',
    ...methods,
  };
  return new Proxy(base, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      return () => {
        throw new Error(`stub: ${prop} not implemented`);
      };
    },
  }) as unknown as KeyHaven;
}
