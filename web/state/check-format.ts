/** Display helpers for symptom checks: the engine's two-language texts and when a check was made. */
import type { Language } from '../../src/domain/account.js';
import type { ContactNeed, FiredRule, Localized, TriageResult } from '../../src/domain/triage/index.js';
import { dateFormat } from '../format.js';

/** The text in the language shown, falling back to English. */
export function localized(l: Localized, lang: Language): string {
  return l[lang] || l.en;
}

/** "Nov 23, 2026, 10:40 PM" (en-US; "23 Nov 2026, 22:40" en-GB) in the device's time zone (or the one given). */
export function checkedAtText(iso: string, lang: Language, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(d);
}

/** The most serious reason behind a result (rules come highest level first), or null when none fired. */
export function topReason(result: Pick<TriageResult, 'fired'>, lang: Language): string | null {
  const first = result.fired[0];
  return first ? localized(first.reason, lang) : null;
}

/** The reasons at the result's own level ("Why") and the lower ones ("Also noted"), in order. */
export function reasonsByLevel(result: Pick<TriageResult, 'level' | 'fired'>): { why: FiredRule[]; alsoNoted: FiredRule[] } {
  return { why: result.fired.filter((f) => f.level === result.level), alsoNoted: result.fired.filter((f) => f.level !== result.level) };
}

/**
 * Whom a result says to contact. Results saved by the first rules version have no list: their level
 * says it (they were all about the parent).
 */
export function contactsOfResult(result: Pick<TriageResult, 'level'> & { contacts?: ContactNeed[] }): ContactNeed[] {
  if (result.contacts) return result.contacts;
  const kind = ({ emergency: 'emergency', urgent: 'urgent-line', call: 'clinician' } as const)[result.level as 'emergency' | 'urgent' | 'call'];
  return kind ? [{ who: 'parent', kind }] : [];
}

/**
 * The result's title and line keys: at "call" and "emergency" they name whom (her clinician, or the
 * baby's); at "watch", a result only about the baby speaks of the baby.
 */
export function levelLineKeys(result: Pick<TriageResult, 'level'> & { contacts?: ContactNeed[]; fired?: Pick<FiredRule, 'who' | 'level'>[] }): { title: string; line: string } {
  const who = contactsOfResult(result)[0]?.who;
  const base = `check.level.${result.level}`;
  if (result.level === 'call' && result.contacts) return { title: `${base}.${who === 'baby' ? 'titleBaby' : 'titleParent'}`, line: `${base}.line` };
  if (result.level === 'emergency' && who === 'baby') return { title: `${base}.title`, line: `${base}.lineBaby` };
  const watched = (result.fired ?? []).filter((f) => f.level === 'watch');
  if (result.level === 'watch' && watched.length > 0 && watched.every((f) => f.who === 'baby')) return { title: `${base}.title`, line: `${base}.lineBaby` };
  return { title: `${base}.title`, line: `${base}.line` };
}
