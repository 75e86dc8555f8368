/**
 * The triage rule table (CLINICAL.md §4, §5, §9–§12, §18). Every rule cites its sources; rules that
 * CLINICAL.md calls Lactea's own are marked `own` and shown as such. Rules are tested in table
 * order; a few look at what fired before them, and the two defaults come last. Change RULES_VERSION
 * with every change to this table: it is saved with each check, and a saved check keeps its result.
 */
import { BABY_CALL_RULES, BABY_EMERGENCY_RULES, BABY_WATCH_RULES } from './rules-baby.js';
import { HISTORY_RULES } from './rules-history.js';
import { DEFAULT_RULES, HOME_RULES } from './rules-home.js';
import { NIPPLE_CALL_RULES, NIPPLE_SELF_CARE_RULES, NIPPLE_WATCH_RULES } from './rules-nipple.js';
import { PARENT_CALL_RULES, PARENT_EMERGENCY_RULES, PARENT_URGENT_RULES } from './rules-parent.js';
import type { Rule } from './rule.js';

export type { Rule, RuleContext } from './rule.js';

/**
 * '2026-12-03.4' (QA review 19, L2): fluid that is not milk from both nipples is still mentioned (under
 * "Also noted") when a more serious reason fires, such as a fever or feeling very unwell; (L3) a reason
 * that also applies when the baby's age is not known says so only then, with no "(or when Lactea does
 * not know the age)" aside when the age is known. Feeling very unwell with a nipple that looks infected
 * is "seek care now" (URG-UNWELL-BREAST), as with a sign in the breast: putting her pain down to the
 * nipple no longer lowers the level (found by the red-flag property). The other-fluid "today" reason
 * no longer says "(or when Lactea does not know which)". Early jaundice says "a baby who may be less than
 * 24 hours old" (it fires on days 0 and 1), not "the first day of life".
 * '2026-12-03.3': what CLINICAL.md knew and the check never asked (review finding L11): a caesarean or
 * other surgical wound that is red, swollen, leaking or opening (today; with a sign of illness, seek care
 * now); breast skin that looks bruised or like orange peel; fluid that is not milk from one nipple or
 * with a lump, redness or swelling; burning in both nipples after feeds; pink urates after the first
 * couple of days; more than 10% below birth weight.
 * '2026-12-03.2', after the clinical review of version 2: no wet nappy in 24 h is an emergency; wet
 * nappies checked to 6 weeks; blank antibiotic hours are unknown; very unwell with a breast sign, or a
 * low temperature with shivering or feeling cold, is "seek care now"; no feed for 8 h in the first
 * 4 weeks; reassuring reasons never sit beside a more serious one about the same person; skipped baby
 * questions keep the check at watch. Earlier: '2026-12-03.1' (CLINICAL §9–§12), '2026-11-23.1'.
 */
export const RULES_VERSION = '2026-12-03.4';

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
  ...NIPPLE_WATCH_RULES,
  ...NIPPLE_SELF_CARE_RULES,
  ...DEFAULT_RULES,
];
