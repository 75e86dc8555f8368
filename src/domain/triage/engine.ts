/**
 * The symptom-check engine: answers (and the household's saved checks) in, a level with reasons,
 * next steps and routines out. Pure and deterministic: the time comes in as an argument.
 */
import { SOURCE_KEYS, type SourceKey } from '../sources.js';
import { avoid, avoidRoutines, DISCLAIMER, fitRoutines, nextSteps } from './advice.js';
import { computeFacts } from './facts.js';
import { levelRank, maxLevel } from './levels.js';
import { RULES, RULES_VERSION, type Rule } from './rules.js';
import type { SavedCheck, SymptomAnswers, TriageResult } from './types.js';

/** The watch window: check again within 12–24 h [ABM36] [NHSDG] [UIHC]. */
export const RECHECK_HOURS = { min: 12, max: 24 } as const;

export function evaluate(answers: SymptomAnswers, history: readonly SavedCheck[], nowMs: number): TriageResult {
  const facts = computeFacts(answers);
  const fired: Rule[] = [];
  for (const rule of RULES) {
    if (rule.applies({ answers, facts, history, nowMs, fired })) fired.push(rule);
  }
  const level = fired.map((r) => r.level).reduce(maxLevel, 'self-care');
  const fit = fitRoutines(answers, facts);
  const steps = nextSteps(level, answers, facts, fit);
  const avoided = avoid(facts);
  const used = new Set<SourceKey>([...fired, ...steps, ...avoided].flatMap((x) => x.citations));
  return {
    level,
    rulesVersion: RULES_VERSION,
    fired: [...fired]
      .sort((a, b) => levelRank(b.level) - levelRank(a.level))
      .map(({ id, level: l, reason, citations }) => ({ id, level: l, reason, citations })),
    nextSteps: steps,
    avoid: avoided,
    fitRoutines: fit,
    avoidRoutines: avoidRoutines(facts),
    recheckInHours: level === 'watch' ? { ...RECHECK_HOURS } : null,
    citations: SOURCE_KEYS.filter((k) => used.has(k)),
    disclaimer: DISCLAIMER,
  };
}
