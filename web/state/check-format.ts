/** Display helpers for symptom checks: the engine's two-language texts and when a check was made. */
import type { Language } from '../../src/domain/account.js';
import type { Localized, TriageResult } from '../../src/domain/triage/index.js';

/** The text in the language shown, falling back to English. */
export function localized(l: Localized, lang: Language): string {
  return l[lang] || l.en;
}

/** "Nov 23, 2026, 10:40 PM" in the device's time zone (or the one given). */
export function checkedAtText(iso: string, lang: Language, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(d);
}

/** The most serious reason behind a result (rules come highest level first), or null when none fired. */
export function topReason(result: Pick<TriageResult, 'fired'>, lang: Language): string | null {
  const first = result.fired[0];
  return first ? localized(first.reason, lang) : null;
}
