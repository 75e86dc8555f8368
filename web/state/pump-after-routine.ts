/**
 * Hands-on pumping started from the pump form: when the routine ends, she goes back to the form
 * with the massage already filled in (during this pump, its minutes), to add her volumes. Kept in
 * this tab's session storage so a reload in the middle of the routine does not lose it.
 */
import type { Massage } from '../../src/domain/session.js';

const FROM_KEY = 'lactea.pumpFormRoutine';
const PREFILL_KEY = 'lactea.pumpPrefill';

export interface PumpPrefill {
  massage: Massage;
  startMs: number;
  endMs: number;
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the routine is saved the usual way.
  }
}

/** The pump form's routine button was tapped. */
export function markFromPumpForm(routineId: string): void {
  write(FROM_KEY, routineId);
}

/** Whether this routine was started from the pump form (and not since ended another way). */
export function startedFromPumpForm(routineId: string): boolean {
  return read(FROM_KEY) === routineId;
}

export function forgetPumpForm(): void {
  write(FROM_KEY, null);
}

/** Hands the finished routine to the pump form. */
export function preparePump(prefill: PumpPrefill): void {
  write(FROM_KEY, null);
  write(PREFILL_KEY, JSON.stringify(prefill));
}

/** What the pump form should start from, once (null when she came another way). */
export function takePumpPrefill(): PumpPrefill | null {
  const raw = read(PREFILL_KEY);
  write(PREFILL_KEY, null);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<PumpPrefill>;
    if (typeof p.startMs === 'number' && typeof p.endMs === 'number' && p.massage && typeof p.massage.minutes === 'number') return p as PumpPrefill;
  } catch {
    // Not ours: ignore.
  }
  return null;
}
