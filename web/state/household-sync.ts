/** While a household is open: poll its changes and merge them into what this device shows. */
import { useEffect } from 'preact/hooks';
import { startPolling } from '../sync/poll.js';
import { putServerRecord } from './baby-records.js';
import { noteChecksChanged } from './checks-changed.js';
import { putRecent } from './today.js';

export function useHouseholdPolling(hid: string | null): void {
  useEffect(() => {
    if (!hid) return;
    return startPolling(hid, {
      sessions: (changed) => {
        for (const s of changed) putRecent(s);
      },
      records: (changed) => {
        for (const n of changed.nappies) putServerRecord('nappies', n);
        for (const w of changed.weights) putServerRecord('weights', w);
        for (const c of changed.careNotes) putServerRecord('care-notes', c);
      },
      checks: () => noteChecksChanged(),
    });
  }, [hid]);
}
