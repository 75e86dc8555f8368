/** Counts changes to the household's checks seen on this device (a list re-reads when it moves). */
import { createStore } from './store.js';

export const checksChangedStore = createStore(0);

export function noteChecksChanged(): void {
  checksChangedStore.set((n) => n + 1);
}
