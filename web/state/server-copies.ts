/** Every time this device learns the server's copy of a session (a save answered, the changes feed, a read), lists hear of it. */
import type { Session } from '../../src/domain/session.js';

type Listener = (s: Session) => void;
const listeners = new Set<Listener>();

export function publishServerCopy(s: Session): void {
  for (const l of listeners) l(s);
}

export function onServerCopy(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
