/** Words for sharing: roles, dates, devices, and access-log lines a parent can read at a glance. */
import type { AccessLogEntry } from '../api.js';
import { dateFormat } from '../format.js';
import { t } from '../i18n.js';

export function roleText(role: string): string {
  return role === 'owner' || role === 'caregiver' || role === 'consultant' ? t(`sharing.role.${role}`) : role;
}

/** The role inside a sentence: "a caregiver", "una asesora". */
export function roleWord(role: string): string {
  return roleText(role).toLocaleLowerCase();
}

export function dayText(iso: string, lang: string): string {
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "14:02" today, "21 Nov, 14:02" another day. */
export function whenText(iso: string, lang: string, nowMs: number): string {
  const d = new Date(iso);
  const now = new Date(nowMs);
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  const time = dateFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(d);
  if (sameDay) return time;
  return `${dateFormat(lang, { day: 'numeric', month: 'short' }).format(d)}, ${time}`;
}

/** An instant as the local calendar date an <input type="date"> shows ("2026-12-31"). */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of a chosen calendar day ("2026-12-31"), local time, as an instant; null for no date. */
export function endOfDay(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59).toISOString();
}

/** What part of her data a route touched, in words. */
export function routeWhat(route: string): string {
  if (route.startsWith('/api/consultant/clients')) return t('sharing.what.summary');
  if (route.includes('/sessions') || route.includes('/changes')) return t('sharing.what.log');
  if (route.includes('/babies')) return t('sharing.what.babies');
  if (route.includes('/symptom-checks')) return t('sharing.what.checks');
  if (route.includes('/insights')) return t('sharing.what.insights');
  if (route.includes('/creamatocrit')) return t('sharing.what.milk');
  return t('sharing.what.household');
}

export type AccessVerb = 'read' | 'changed' | 'deleted';

export function accessVerb(e: AccessLogEntry): AccessVerb {
  if (e.action === 'read') return 'read';
  return e.method === 'DELETE' ? 'deleted' : 'changed';
}

/** "dr.x@example.com (Consultant) read your log and insights" — the time is shown beside it. */
export function accessLine(e: Pick<AccessLogEntry, 'email' | 'role'>, verb: AccessVerb, whats: string[], lang: string): string {
  const what = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(whats);
  const who = `${e.email ?? t('sharing.log.deletedAccount')} (${roleText(e.role)})`;
  return t(`sharing.log.${verb}`, { who, what });
}

/** "Chrome on Android" from a user-agent string; "Unknown device" when there is none. */
export function deviceText(userAgent: string | null): string {
  if (!userAgent) return t('account.sessions.unknownDevice');
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) return t('account.sessions.browserOn', { browser, os });
  return browser ?? os ?? t('account.sessions.unknownDevice');
}
