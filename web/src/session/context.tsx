import { createContext, useContext, useSyncExternalStore } from 'react';
import type { KeyHaven, SessionState } from './keyhaven';

export const KeyHavenContext = createContext<KeyHaven | null>(null);

export function useKeyHaven(): KeyHaven {
  const kh = useContext(KeyHavenContext);
  if (!kh) throw new Error('KeyHavenContext is missing');
  return kh;
}

export function useSession(): SessionState {
  const kh = useKeyHaven();
  return useSyncExternalStore(kh.subscribe, kh.getState, kh.getState);
}
