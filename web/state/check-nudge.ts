/**
 * The hold the household's latest symptom check puts on the massage nudges (see
 * src/domain/triage/nudge.ts), for the home screen and the pump form. It reads only the latest saved
 * check (kept on the device for offline use) and checks waiting in the outbox, never the triage
 * engine, so the home screen stays small.
 */
import { useEffect } from 'preact/hooks';
import { checkNudge, type CheckForNudge, type Nudge } from '../../src/domain/triage/nudge.js';
import { householdPath } from '../api-paths.js';
import { reportUnlessOffline } from '../errors.js';
import { readThrough } from '../sync/cache.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import { checksChangedStore } from './checks-changed.js';
import { canWrite } from './sharing-role.js';
import { createStore, useStore } from './store.js';

const latestStore = createStore<{ hid: string | null; latest: CheckForNudge | null }>({ hid: null, latest: null });

async function refresh(hid: string): Promise<void> {
  const { checks } = await readThrough<{ checks: CheckForNudge[] }>(`${householdPath(hid)}/symptom-checks?limit=1`);
  latestStore.set({ hid, latest: checks[0] ?? null });
}

/** The hold on the nudges now, or null (none, or she only reads this household). */
export function useCheckNudge(): Nudge | null {
  const account = useStore(accountStore);
  const changed = useStore(checksChangedStore);
  const sync = useStore(syncStore);
  const latest = useStore(latestStore);
  const hid = canWrite(account) ? account.householdId : null;
  useEffect(() => {
    if (hid) refresh(hid).catch(reportUnlessOffline);
  }, [hid, changed]);
  if (!hid) return null;
  const checks: CheckForNudge[] = latest.hid === hid && latest.latest ? [latest.latest] : [];
  for (const p of sync.pending) {
    const w = p.write;
    if (w.kind === 'check.put' && w.hid === hid) checks.push({ id: w.id, checkedAt: w.checkedAt, result: w.result });
  }
  return checkNudge(checks, Date.now());
}
