/** One triage rule: a level, whom it is about, a reason in both languages, its sources and its test. */
import type { SourceKey } from '../sources.js';
import type { Facts } from './facts.js';
import { isAtLeast } from './levels.js';
import type { Level, Localized, SavedCheck, SymptomAnswers, Who } from './types.js';

export interface RuleContext {
  answers: SymptomAnswers;
  facts: Facts;
  history: readonly SavedCheck[];
  nowMs: number;
  /** Rules that fired earlier in the table. */
  fired: readonly Rule[];
}

export interface Rule {
  id: string;
  level: Level;
  who: Who;
  reason: Localized;
  /**
   * For a rule that also applies when Lactea does not know the baby's age (on the safe side): the reason
   * then, which says so. `reason` is for a known age and has no such aside (QA 19 L3).
   */
  reasonAgeUnknown?: Localized;
  citations: readonly SourceKey[];
  /** Lactea's own rule (CLINICAL.md says so): the sources are what it is built from, not what it says. */
  own: boolean;
  applies: (ctx: RuleContext) => boolean;
}

interface RuleSpec {
  id: string;
  level: Level;
  who?: Who;
  en: string;
  es: string;
  /** The reason when the baby's age is not known; see `Rule.reasonAgeUnknown`. */
  ageUnknown?: Localized;
  citations: readonly SourceKey[];
  own?: boolean;
  applies: (ctx: RuleContext) => boolean;
}

export function rule(s: RuleSpec): Rule {
  return {
    id: s.id,
    level: s.level,
    who: s.who ?? 'parent',
    reason: { en: s.en, es: s.es },
    ...(s.ageUnknown ? { reasonAgeUnknown: s.ageUnknown } : {}),
    citations: s.citations,
    own: s.own ?? false,
    applies: s.applies,
  };
}

/** The reason a rule gives for these answers: its words for an unknown age when the age is not known. */
export function reasonFor(r: Rule, answers: SymptomAnswers): Localized {
  return answers.daysSinceBirth === 'unknown' && r.reasonAgeUnknown ? r.reasonAgeUnknown : r.reason;
}

/**
 * A rule about this person at or above this level fired earlier in the table. Reassuring rules
 * ("can be cared for at home", "check again in 12–24 hours") ask this, so they never sit beside a
 * more serious reason about the same person.
 */
export function firedFor(fired: readonly Rule[], who: Who, floor: Level): boolean {
  return fired.some((r) => r.who === who && isAtLeast(r.level, floor));
}
