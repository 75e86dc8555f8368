/** Display text for times, durations and volumes in the user's language and units. */
import { formatClock, formatVolume, roundVolume, shownTotalMl, spokenDuration, type VolumeUnit } from '../src/domain/units.js';
import { instantMs, localDayBounds, toInstant, type Instant } from '../src/domain/time.js';
import { regionalLocale as regionalLocaleOf } from '../src/domain/locale.js';
import { t } from './i18n.js';

export { formatClock };

export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The locale dates and times are written in: her language, in the region her browser names (see domain/locale). */
export function regionalLocale(lang: string, preferred: readonly string[] = browserLanguages()): string {
  return regionalLocaleOf(lang, preferred);
}

/** A date and time formatter in her language and region (see regionalLocale). */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(regionalLocale(lang), options);
}

export function volumeText(ml: number, unit: VolumeUnit, lang: string): string {
  return formatVolume(ml, unit, lang);
}

/** Pumped milk and its sides: "103 mL" and "L 59 mL · R 44 mL", the total made of the sides as shown. */
export function sidesText(left: number, right: number, unit: VolumeUnit, lang: string): { total: string; sides: string } {
  const v = (ml: number): string => volumeText(ml, unit, lang);
  return { total: v(shownTotalMl([left, right], unit)), sides: t('today.perSide', { left: v(left), right: v(right) }) };
}

/** A duration as people say it: "under a minute", "7 min", "2 h", "2 h 15 min" (see spokenDuration). */
export function minutesText(seconds: number): string {
  const d = spokenDuration(seconds);
  switch (d.kind) {
    case 'none':
      return t('time.minutes', { m: 0 });
    case 'under-minute':
      return t('time.underMinute');
    case 'minutes':
      return t('time.minutes', { m: d.m });
    case 'hours':
      return d.m === 0 ? t('time.hours', { h: d.h }) : t('time.hoursMinutes', { h: d.h, m: d.m });
  }
}

/** "just now", "25 min ago", "2 h 5 min ago". */
export function agoText(thenMs: number, nowMs: number): string {
  const mins = Math.floor(Math.max(0, nowMs - thenMs) / 60_000);
  if (mins < 1) return t('time.justNow');
  if (mins < 60) return t('time.minutesAgo', { m: mins });
  return t('time.hoursAgo', { h: Math.floor(mins / 60), m: mins % 60 });
}

export function timeText(i: Instant, lang: string): string {
  return dateFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(instantMs(i)));
}

export function dateText(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/**
 * An instant near now as a day and a time: "today at 2:05 PM", "mañana a las 14:05", "on 21 Nov at
 * 9:10 AM". The hour is passed as the count, so Spanish says "a la 1:05" but "a las 13:05".
 */
export function atText(i: Instant, lang: string, nowMs: number): string {
  const ms = instantMs(i);
  const today = localDayBounds(nowMs, timeZone());
  const day = ms >= today.end ? (ms < localDayBounds(today.end, timeZone()).end ? 'tomorrow' : 'other') : ms >= today.start ? 'today' : ms >= localDayBounds(today.start - 1, timeZone()).start ? 'yesterday' : 'other';
  const d = new Date(ms);
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(d);
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(d);
  const hour = Number(new Intl.DateTimeFormat(lang, { hour: 'numeric', hourCycle: lang === 'en' ? 'h12' : 'h23' }).formatToParts(d).find((p) => p.type === 'hour')?.value ?? 0);
  return t(`time.at.${day}`, { time, date, count: hour });
}

/** "Today", "Yesterday" or "Monday 21 November". */
export function dayHeading(i: Instant, lang: string, nowMs: number): string {
  const today = localDayBounds(nowMs, timeZone());
  const ms = instantMs(i);
  if (ms >= today.start && ms < today.end) return t('log.today');
  if (ms >= today.start - 86_400_000 && ms < today.start) return t('log.yesterday');
  return dateFormat(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(ms));
}

/** An instant as the value of an <input type="datetime-local"> ("2026-11-23T22:40"), in local time. */
export function toLocalInput(i: Instant): string {
  const d = new Date(instantMs(i));
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The instant for a datetime-local value, or null when it is empty or not a time. */
export function fromLocalInput(v: string): Instant | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : toInstant(d);
}

/**
 * A number typed by a person: "60", "2.5", "2,5", or "-30" (a minus sign, even the typographic one,
 * reads as negative so the form can say that it cannot be below 0). Null when empty; NaN when not a number.
 */
export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(',', '.').replace(/^[\u2212-]\s*/, '-');
  if (s === '') return null;
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** How a volume in mL is shown in an input: whole mL, or fl oz with up to one decimal. */
export function volumeInputText(ml: number | null, unit: VolumeUnit, lang: string): string {
  if (ml === null) return '';
  const s = String(roundVolume(ml, unit));
  return lang === 'es' ? s.replace('.', ',') : s;
}
