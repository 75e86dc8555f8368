/**
 * The insights endpoints: the daily summary (with time since each breast was emptied), that time alone, the massage
 * effect and creamatocrit entries (saved and deleted through the outbox, so offline too; the milk
 * quality screen works their fat and energy out on the phone). Failures are the app's one ApiError;
 * offline, the answers last kept on this device stand in.
 * Only types come from src/domain/insights here, so the home screen can use this file cheaply.
 */
import type { Preferences } from '../../src/domain/account.js';
import type { VolumeUnit } from '../../src/domain/units.js';
import type { CreamatocritInput, StoredCreamatocrit } from '../../src/contract/creamatocrit.js';
import type { Emptying, MassageEffect, Summary } from '../../src/domain/insights/index.js';
import { addCalendarDays, localDate } from '../../src/domain/time.js';
import { timeZone } from '../format.js';
import { readThrough } from '../sync/cache.js';
import { type Outcome, submit } from '../sync/outbox.js';
import { householdPath } from '../api-paths.js';

export type MassageEffectReport = MassageEffect & { from: string; to: string; timeZone: string; startedOn?: string | null };

export type { CreamatocritInput, StoredCreamatocrit } from '../../src/contract/creamatocrit.js';

/** The last `days` local dates up to today, both included. */
export function lastDays(days: number, nowMs = Date.now()): { from: string; to: string; tz: string } {
  const tz = timeZone();
  const to = localDate(nowMs, tz);
  return { from: addCalendarDays(to, -(days - 1)), to, tz };
}

function qs(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) p.set(k, String(v));
  return p.toString();
}

export async function fetchSummary(hid: string, days: number, reminder: Preferences['emptyingReminder']): Promise<Summary> {
  const r = lastDays(days);
  const s = await readThrough<Summary>(`${householdPath(hid)}/insights/summary?${qs({ ...r, dayHours: reminder?.dayHours, nightHours: reminder?.nightHours })}`);
  // A copy kept by an older version has no period: read it as before (every day of the range counted).
  s.period ??= { startedOn: s.from, countedFrom: s.from, days: s.days.length, fullDays: s.days.length, perFullDayMl: null };
  return s;
}

/** Time since each breast was last emptied, alone (the home screen's card): far less work than a summary. */
export function fetchEmptying(hid: string, reminder: Preferences['emptyingReminder']): Promise<Emptying> {
  return readThrough<Emptying>(`${householdPath(hid)}/insights/emptying?${qs({ tz: timeZone(), dayHours: reminder?.dayHours, nightHours: reminder?.nightHours })}`);
}

/** The sentences come back in her unit; the numbers are always mL. */
export function fetchMassageEffect(hid: string, days: number, unit: VolumeUnit): Promise<MassageEffectReport> {
  return readThrough<MassageEffectReport>(`${householdPath(hid)}/insights/massage-effect?${qs({ ...lastDays(days), unit })}`);
}

export async function fetchCreamatocrit(hid: string): Promise<StoredCreamatocrit[]> {
  return (await readThrough<{ entries: StoredCreamatocrit[] }>(`${householdPath(hid)}/creamatocrit?limit=1000`)).entries;
}

/**
 * Saves a measurement through the outbox: sent at once when it can be, else kept on this device
 * (and shown) until the network returns. A refusal comes back to the form; it is not held.
 */
export function saveCreamatocrit(hid: string, id: string, input: CreamatocritInput, userId: string): Promise<Outcome> {
  const local: StoredCreamatocrit = { ...input, id, householdId: hid, createdAt: new Date().toISOString(), createdBy: userId };
  return submit({ kind: 'creamatocrit.put', hid, id, input, local }, { handle: ['rejected'], waitMs: 5000 });
}

/** Deletes a measurement through the outbox (already gone elsewhere counts as done). */
export function deleteCreamatocrit(hid: string, id: string): Promise<Outcome> {
  return submit({ kind: 'creamatocrit.delete', hid, id }, { waitMs: 5000 });
}
