/** The symptom check: answers → validated answers → a triage result. Pure; runs in the browser too. */
export * from './types.js';
export { validateAnswers, readSavedAnswers, TEMPERATURE_RANGE_C, type ValidationResult } from './validate.js';
export { evaluate, RECHECK_HOURS } from './engine.js';
export { RULES, RULES_VERSION, type Rule, type RuleContext } from './rules.js';
export { THRESHOLDS } from './facts.js';
export { levelRank, maxLevel, isAtLeast } from './levels.js';
export { STEPS, AVOID, DISCLAIMER } from './advice.js';
