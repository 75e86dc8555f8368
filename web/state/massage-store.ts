/**
 * What the massage screens remember on this device: that "when not to massage" was read, whether
 * the player beeps, vibrates and speaks, each routine's player (so a reload resumes where it was),
 * and how it was started (from "Massage first?", and the pump a hands-on pumping routine times).
 * Storage may be unavailable (private mode, quota): then the choices last until the page closes.
 */
import type { RoutineId } from '../../src/domain/routine-ids.js';
import { createStore } from './store.js';

const GATE_KEY = 'lactea.massage.whenNotRead';
const CUES_KEY = 'lactea.massage.cues';
const PLAYER_KEY = 'lactea.massage.player.';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Unavailable: kept in memory for this page only.
  }
}

// ---- "When not to massage", read before the first routine ----

export const gateStore = createStore<boolean>(read(GATE_KEY) === '1');

export function acknowledgeGate(): void {
  write(GATE_KEY, '1');
  gateStore.set(true);
}

/** Where to go once the parent has read "when not to massage" (set when a routine asked for it). */
let afterGate: string | null = null;

export function setAfterGate(path: string | null): void {
  afterGate = path;
}

export function takeAfterGate(): string | null {
  const path = afterGate;
  afterGate = null;
  return path;
}

// ---- Sound, vibration and voice ----

export interface CuePrefs {
  sound: boolean;
  vibration: boolean;
  /** Read each step aloud (off until she turns it on: a voice at 3 a.m. should be her choice). */
  voice: boolean;
  /** Read more slowly. */
  slow: boolean;
}

export function parseCuePrefs(raw: string | null): CuePrefs {
  try {
    const p: unknown = raw ? JSON.parse(raw) : null;
    const o = typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : {};
    return { sound: o.sound !== false, vibration: o.vibration !== false, voice: o.voice === true, slow: o.slow === true };
  } catch {
    return { sound: true, vibration: true, voice: false, slow: false };
  }
}

export const cuePrefsStore = createStore<CuePrefs>(parseCuePrefs(read(CUES_KEY)));

export function setCuePrefs(change: Partial<CuePrefs>): void {
  const next = { ...cuePrefsStore.get(), ...change };
  write(CUES_KEY, JSON.stringify(next));
  cuePrefsStore.set(next);
}

// ---- The player of each routine, serialized by src/domain/player.ts ----

export function loadPlayer(id: RoutineId): string | null {
  return read(PLAYER_KEY + id);
}

export function savePlayer(id: RoutineId, serialized: string): void {
  write(PLAYER_KEY + id, serialized);
}

/** Forgets the routine's player and how it was started (it was saved to the log, or dropped). */
export function clearPlayer(id: RoutineId): void {
  write(PLAYER_KEY + id, null);
  write(BEFORE_FEED_KEY + id, null);
  write(PUMP_KEY + id, null);
}

// ---- How a routine was started ----

const BEFORE_FEED_KEY = 'lactea.massage.beforeFeed.';
const PUMP_KEY = 'lactea.massage.pump.';
/** A "Massage first?" tap counts for a routine played within this long of it. */
const BEFORE_FEED_VALID_MS = 3 * 3_600_000;

/** "Massage first?" was tapped for this routine (or, with `false`, it was opened another way). */
export function markBeforeAFeed(id: RoutineId, yes: boolean, nowMs: number = Date.now()): void {
  write(BEFORE_FEED_KEY + id, yes ? String(nowMs) : null);
}

export function startedBeforeAFeed(id: RoutineId, nowMs: number = Date.now()): boolean {
  const at = Number(read(BEFORE_FEED_KEY + id));
  return Number.isFinite(at) && at > 0 && nowMs - at <= BEFORE_FEED_VALID_MS;
}

/** The pump session this routine is timing (hands-on pumping). */
export function linkPump(id: RoutineId, sessionId: string): void {
  write(PUMP_KEY + id, sessionId);
}

export function linkedPump(id: RoutineId): string | null {
  return read(PUMP_KEY + id);
}

/** Autostart: the routine page's "Start" button was tapped, so the player begins at once. */
let startRequested: RoutineId | null = null;

export function requestStart(id: RoutineId): void {
  startRequested = id;
}

export function takeStartRequest(id: RoutineId): boolean {
  const yes = startRequested === id;
  startRequested = null;
  return yes;
}
