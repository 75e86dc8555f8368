/**
 * The triage rule table (CLINICAL.md §4, §5, §9–§12, §18). Every rule cites its sources; rules that
 * CLINICAL.md calls Lactea's own are marked `own` and shown as such. Rules are tested in table
 * order; a few look at what fired before them, and the two defaults come last. Change RULES_VERSION
 * with every change to this table: it is saved with each check, and a saved check keeps its result.
 */
import { BABY_CALL_RULES, BABY_EMERGENCY_RULES, BABY_WATCH_RULES } from './rules-baby.js';
import { HISTORY_RULES } from './rules-history.js';
import { DEFAULT_RULES, HOME_RULES } from './rules-home.js';
import { NIPPLE_CALL_RULES, NIPPLE_SELF_CARE_RULES } from './rules-nipple.js';
import { PARENT_CALL_RULES, PARENT_EMERGENCY_RULES, PARENT_URGENT_RULES } from './rules-parent.js';
import type { Rule } from './rule.js';

export type { Rule, RuleContext } from './rule.js';

/** Version 2 (CLINICAL §9–§12): emergency level, the nipple and baby paths, persistence. Was '2026-11-23.1'. */
export const RULES_VERSION = '2026-12-03.1';

export const RULES: readonly Rule[] = [
  ...PARENT_EMERGENCY_RULES,
  ...BABY_EMERGENCY_RULES,
  ...PARENT_URGENT_RULES,
  ...PARENT_CALL_RULES,
  ...NIPPLE_CALL_RULES,
  ...BABY_CALL_RULES,
  ...HISTORY_RULES,
  ...HOME_RULES,
  ...BABY_WATCH_RULES,
  ...NIPPLE_SELF_CARE_RULES,
  ...DEFAULT_RULES,
];
