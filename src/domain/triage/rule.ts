/** One triage rule: a level, whom it is about, a reason in both languages, its sources and its test. */
import type { SourceKey } from '../sources.js';
import type { Facts } from './facts.js';
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
  citations: readonly SourceKey[];
  own?: boolean;
  applies: (ctx: RuleContext) => boolean;
}

export function rule(s: RuleSpec): Rule {
  return { id: s.id, level: s.level, who: s.who ?? 'parent', reason: { en: s.en, es: s.es }, citations: s.citations, own: s.own ?? false, applies: s.applies };
}
