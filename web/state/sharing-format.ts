/** Words for sharing: roles, dates, devices, and access-log lines a parent can read at a glance. */
import type { AccessLogEntry } from '../api.js';
import { t } from '../i18n.js';

export function roleText(role: string): string {
  return role === 'owner' || role === 'caregiver' || role === 'consultant' ? t(`sharing.role.${role}`) : role;
}

/** The role inside a sentence: "a caregiver", "una asesora". */
export function roleWord(role: string): string {
  return roleText(role).toLocaleLowerCase();
}

export function dayText(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "14:02" today, "21 Nov, 14:02" another day. */
export function whenText(iso: string, lang: string, nowMs: number): string {
  const d = new Date(iso);
  const now = new Date(nowMs);
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(d);
  if (sameDay) return time;
  return `${new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(d)}, ${time}`;
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

/** "dr.x@example.com (consultant) read your log" — the time is shown beside it. */
export function accessLine(e: AccessLogEntry): string {
  const what = routeWhat(e.route);
  const who = `${e.email} (${roleText(e.role)})`;
  if (e.action === 'read') return t('sharing.log.read', { who, what });
  if (e.method === 'DELETE') return t('sharing.log.deleted', { who, what });
  return t('sharing.log.changed', { who, what });
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
