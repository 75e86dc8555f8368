/**
 * The symptom-check engine: answers (and the household's saved checks) in, a level with reasons,
 * whom to contact, next steps and routines out. Pure and deterministic: the time comes in as an argument.
 */
import { SOURCE_KEYS, type SourceKey } from '../sources.js';
import { avoid, avoidRoutines, contactsOf, DISCLAIMER, fitRoutines, massageOnHold, nextSteps } from './advice.js';
import { computeFacts } from './facts.js';
import { levelRank, maxLevel } from './levels.js';
import { reasonFor } from './rule.js';
import { RULES, RULES_VERSION, type Rule } from './rules.js';
import type { FiredRule, SavedCheck, SymptomAnswers, TriageResult } from './types.js';

/** The watch window: check again within 12–24 h [ABM36] [NHSDG] [UIHC]. */
export const RECHECK_HOURS = { min: 12, max: 24 } as const;

export function evaluate(answers: SymptomAnswers, history: readonly SavedCheck[], nowMs: number): TriageResult {
  const facts = computeFacts(answers);
  const hits: Rule[] = [];
  for (const rule of RULES) {
    if (rule.applies({ answers, facts, history, nowMs, fired: hits })) hits.push(rule);
  }
  const level = hits.map((r) => r.level).reduce(maxLevel, 'self-care');
  const fired: FiredRule[] = [...hits]
    .sort((a, b) => levelRank(b.level) - levelRank(a.level))
    .map((r) => ({ id: r.id, level: r.level, who: r.who, reason: reasonFor(r, answers), citations: r.citations, own: r.own }));
  const contacts = contactsOf(fired, facts);
  const hold = massageOnHold(facts, fired);
  const fit = fitRoutines(answers, facts, hold);
  const steps = nextSteps(level, answers, facts, fit, fired, contacts);
  const avoided = avoid(answers, facts, hold);
  const used = new Set<SourceKey>([...fired, ...steps, ...avoided].flatMap((x) => x.citations));
  return {
    level,
    rulesVersion: RULES_VERSION,
    fired,
    contacts,
    nextSteps: steps,
    avoid: avoided,
    fitRoutines: fit,
    avoidRoutines: avoidRoutines(facts, hold),
    recheckInHours: level === 'watch' ? { ...RECHECK_HOURS } : null,
    citations: SOURCE_KEYS.filter((k) => used.has(k)),
    disclaimer: DISCLAIMER,
  };
}
