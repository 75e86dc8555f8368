/**
 * Time since each breast was last emptied, kept fresh for the home screen, and the reminder: a
 * calm in-app banner once a side passes the threshold she set, and a browser notification when
 * she allowed them (asked only from Settings) and the app is open.
 */
import type { Preferences } from '../../src/domain/account.js';
import type { Emptying } from '../../src/domain/insights/emptying.js';
import { isNightHour } from '../../src/domain/insights/emptying.js';
import { SIDES, type Side } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import { fetchEmptying } from './insights-api.js';
import { createStore } from './store.js';

export interface EmptyingState {
  householdId: string | null;
  emptying: Emptying | null;
}

export const emptyingStore = createStore<EmptyingState>({ householdId: null, emptying: null });

/** Reads the time since each side was emptied (not a whole summary: the home screen shows no more). */
export async function refreshEmptying(hid: string, reminder: Preferences['emptyingReminder']): Promise<void> {
  emptyingStore.set({ householdId: hid, emptying: await fetchEmptying(hid, reminder) });
}

export interface SideNow {
  side: Side;
  lastEmptiedAt: string | null;
  /** Whole minutes since, or null when never. */
  minutes: number | null;
  thresholdMinutes: number | null;
  due: boolean;
}

/** Each side now: recomputed from the last emptying and the current time, so it stays right between refreshes. */
export function sidesNow(emptying: Emptying, reminder: Preferences['emptyingReminder'], nowMs: number): SideNow[] {
  const d = new Date(nowMs);
  const night = isNightHour(d.getHours() + d.getMinutes() / 60);
  const thresholdMinutes = reminder ? (night ? reminder.nightHours : reminder.dayHours) * 60 : null;
  return SIDES.map((side) => {
    const last = emptying.sides[side].lastEmptiedAt;
    const minutes = last === null ? null : Math.max(0, Math.floor((nowMs - instantMs(last)) / 60_000));
    return { side, lastEmptiedAt: last, minutes, thresholdMinutes, due: thresholdMinutes !== null && minutes !== null && minutes >= thresholdMinutes };
  });
}

export type NotificationState = 'unsupported' | NotificationPermission;

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission to show notifications: only ever called from a button she pressed. */
export async function askNotificationPermission(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

const NOTIFIED_KEY = 'lactea.emptyingNotified';

function notifiedBefore(): string[] {
  try {
    const raw = localStorage.getItem(NOTIFIED_KEY);
    const v: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Shows one notification per side and emptying (never again for the same one), when she allowed
 * notifications. Through the service worker when there is one (Android wants that), else directly.
 */
export async function notifyDue(due: readonly SideNow[], text: (s: SideNow) => { title: string; body: string }): Promise<void> {
  if (notificationState() !== 'granted') return;
  const seen = notifiedBefore();
  const fresh = due.filter((s) => s.due && s.lastEmptiedAt !== null && !seen.includes(`${s.side}@${s.lastEmptiedAt}`));
  if (fresh.length === 0) return;
  try {
    localStorage.setItem(NOTIFIED_KEY, JSON.stringify([...seen, ...fresh.map((s) => `${s.side}@${s.lastEmptiedAt ?? ''}`)].slice(-20)));
  } catch {
    // Storage unavailable: at worst she sees the notification again after a reload.
  }
  const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  for (const s of fresh) {
    const { title, body } = text(s);
    const options = { body, tag: `lactea-emptying-${s.side}`, icon: '/icon.svg' };
    if (reg) await reg.showNotification(title, options);
    else new Notification(title, options);
  }
}
