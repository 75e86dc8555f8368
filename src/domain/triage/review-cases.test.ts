/**
 * The independent clinical review of symptom check v2 (/work/team/review-triage.md, rules
 * 2026-12-03.1): its 98 cases, written by QA from CLINICAL.md, run against the engine as the wizard
 * sends them (questions a path does not ask left unknown). 20 of them failed on 2026-12-03.1; the
 * lead's decisions on the findings (H1–H4, M1–M15) are in the comments of the cases they changed.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine.js';
import { UNKNOWN_ANSWERS, type Level, type SavedCheck, type SymptomAnswers } from './types.js';
import { validateAnswers } from './validate.js';

const NOW = Date.UTC(2026, 11, 3, 3, 0, 0);
const H = 3_600_000;
const c = (value: number) => ({ value, unit: 'c' }) as const;
const f = (value: number) => ({ value, unit: 'f' }) as const;
const lump = (days: number | 'unknown' = 'unknown') => ({ present: 'yes', size: 'unknown', days, sameSpotBefore: 'unknown' }) as const;
const red = (spreading = 'no', streaks = 'no') => ({ present: 'yes', area: 'unknown', spreading, streaks }) as const;

/** What the wizard sends for a parent check where she answered every shown question calmly. */
const PARENT: Partial<SymptomAnswers> = {
  side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 0, painReliefHelps: 'not-tried',
  temperature: c(36.8), fluLike: 'no', hoursSinceOnset: 'unknown', trend: 'unknown', recurrentSameSpot: 'no',
  nippleDamage: 'none', nippleFluid: 'none', nippleColourChange: 'no', crackNotHealing: 'unknown',
  areolaTooSwollenToLatch: 'unknown', bothBreastsFullFirm: 'unknown', possibleAbscess: 'no', skinBreakdown: 'no',
  feelingVeryUnwell: 'no', confusion: 'no', blueOrBlotchySkin: 'no', breathless: 'no', noUrineAllDay: 'no', fainting: 'no',
  fastHeartbeat: 'no', rigors: 'no', feelsVeryCold: 'no', vomitingPreventsMedicine: 'no', diabetes: 'no', weakImmunity: 'no',
  antibiotics: { taking: 'no' },
};
/** A baby check: the baby screens answered calmly (her own signs screen too). */
const BABY: Partial<SymptomAnswers> = {
  about: ['baby'], confusion: 'no', blueOrBlotchySkin: 'no', breathless: 'no', noUrineAllDay: 'no', fainting: 'no', fastHeartbeat: 'no', rigors: 'no', feelsVeryCold: 'no', vomitingPreventsMedicine: 'no',
  babyFeeding: 'well', babyHardToWake: 'no', babyBreathingPausesOrBlue: 'no', babyMottledCold: 'no', babyFit: 'no', babyTemperature: 'not-measured',
  babyFeeds24h: 9, babyHoursSinceFeed: 2, babySleepy: 'no', babyWetNappies24h: 6, babyDirtyNappies24h: 3, babyHoursSinceWet: 4,
  babyYellow: 'no', babyYellowDeeper: 'unknown', babyPaleStools: 'no', daysSinceBirth: 10,
};

interface Expect {
  level: Level | readonly Level[];
  contacts?: string[]; // "parent:clinician" etc., exact set, order-insensitive
  steps?: string[]; // must include
  noSteps?: string[]; // must not include
  noRules?: string[]; // must not fire (contradictory reasons)
  rules?: string[]; // must fire
  noFit?: string[];
}
interface Case { id: string; name: string; base: 'parent' | 'baby'; a: Record<string, unknown>; history?: SavedCheck[]; exp: Expect; why?: string; sec: string }

const CASES: Case[] = [
  // ---- parent: sepsis / emergency (§9) ----
  { id: 'P1', sec: '§9', name: 'new confusion, no fever, day 9', base: 'parent', a: { about: ['unwell'], confusion: 'yes', temperature: 'not-measured' }, exp: { level: 'emergency', contacts: ['parent:emergency'], steps: ['call-emergency'] } },
  { id: 'P2', sec: '§9', name: 'blotchy skin + red breast', base: 'parent', a: { about: ['breast'], blueOrBlotchySkin: 'yes', redness: red(), pain: 6 }, exp: { level: 'emergency', contacts: ['parent:emergency'], steps: ['call-emergency', 'no-massage'] } },
  { id: 'P3', sec: '§9', name: 'breathless, 38.9', base: 'parent', a: { about: ['unwell'], breathless: 'yes', temperature: c(38.9) }, exp: { level: 'emergency', contacts: ['parent:emergency'] } },
  { id: 'P4', sec: '§9', name: 'no urine all day', base: 'parent', a: { about: ['unwell'], noUrineAllDay: 'yes' }, exp: { level: 'emergency' } },
  { id: 'P5', sec: '§5/§9', name: 'rigors + red area, 37.2 (sepsis without fever)', base: 'parent', a: { about: ['breast'], rigors: 'yes', redness: red(), pain: 5, temperature: c(37.2) }, exp: { level: 'urgent', contacts: ['parent:urgent-line'], steps: ['seek-care-now', 'no-massage'], noRules: ['WATCH-TENDER'] } },
  { id: 'P6', sec: '§5', name: 'fainting, afebrile', base: 'parent', a: { about: ['unwell'], fainting: 'yes' }, exp: { level: 'urgent', contacts: ['parent:urgent-line'] } },
  { id: 'P7', sec: '§5', name: 'racing heart + lump, 37.0', base: 'parent', a: { about: ['breast'], fastHeartbeat: 'yes', lump: lump(), pain: 4, temperature: c(37) }, exp: { level: 'urgent' } },
  { id: 'P8', sec: '§9', name: 'feels very cold, not measured', base: 'parent', a: { about: ['unwell'], feelsVeryCold: 'yes', temperature: 'not-measured' }, exp: { level: 'urgent' } },
  { id: 'P9', sec: '§5', name: 'vomiting prevents medicine + 38.6', base: 'parent', a: { about: ['breast', 'unwell'], vomitingPreventsMedicine: 'yes', temperature: c(38.6), redness: red(), pain: 6 }, exp: { level: 'urgent', noRules: ['WATCH-TENDER'] } },
  { id: 'P10', sec: '§9 [NG51]', name: 'very unwell, no fever, red breast', base: 'parent', a: { about: ['breast'], feelingVeryUnwell: 'yes', redness: red(), pain: 5 }, exp: { level: ['call', 'urgent'], noRules: ['WATCH-TENDER'] } },
  { id: 'P11', sec: '§9 [NG51-T] own', name: 'caesarean 2 weeks ago, wound red and leaking, no fever', base: 'parent', a: { about: ['unwell'], temperature: c(37.1), recentSurgery: 'yes', woundSign: 'yes' }, exp: { level: 'call', contacts: ['parent:clinician'], rules: ['CALL-WOUND'], steps: ['contact-provider-today'] } },
  { id: 'P12', sec: '§9 [NG51-T] [NCT-SEPSIS] own', name: 'caesarean wound opening + 38.2', base: 'parent', a: { about: ['unwell'], temperature: c(38.2), recentSurgery: 'yes', woundSign: 'yes' }, exp: { level: 'urgent', contacts: ['parent:urgent-line'], rules: ['URG-WOUND-ILL'], noRules: ['CALL-WOUND'], steps: ['seek-care-now'] } },
  // ---- low temperature ----
  { id: 'L1', sec: '§9 own', name: '35.5 °C alone', base: 'parent', a: { about: ['unwell'], temperature: c(35.5) }, exp: { level: 'urgent', steps: ['remeasure-temperature', 'seek-care-now'], rules: ['URG-LOW-TEMP'] } },
  { id: 'L2', sec: '§9 own', name: '35.5 °C + red area', base: 'parent', a: { about: ['breast'], temperature: c(35.5), redness: red(), pain: 4 }, exp: { level: 'urgent', rules: ['URG-LOW-TEMP-SIGNS'], noSteps: ['remeasure-temperature'], noRules: ['URG-LOW-TEMP', 'WATCH-TENDER'] } },
  { id: 'L3', sec: '§9 own', name: '95.9 °F + chills/aches', base: 'parent', a: { about: ['unwell'], temperature: f(95.9), fluLike: 'yes' }, exp: { level: 'urgent', rules: ['URG-LOW-TEMP-SIGNS'] } },
  { id: 'L4', sec: '§9', name: '36.0 °C exactly, nothing else', base: 'parent', a: { about: ['unwell'], temperature: c(36.0) }, exp: { level: 'self-care' } },
  { id: 'L5', sec: '§9', name: '96.7 °F (35.9 °C), nothing else', base: 'parent', a: { about: ['unwell'], temperature: f(96.7) }, exp: { level: 'urgent' } },
  { id: 'L6', sec: '§9 own', name: '35.8 °C + shaking chills (rigors)', base: 'parent', a: { about: ['unwell'], temperature: c(35.8), rigors: 'yes' }, exp: { level: 'urgent', rules: ['URG-LOW-TEMP-SIGNS'], noRules: ['URG-LOW-TEMP'] }, why: '§9 own rule: <36 °C with chills → seek care now, not "measure again first"' },
  { id: 'L7', sec: '§9 own', name: '35.7 °C + feels very cold', base: 'parent', a: { about: ['unwell'], temperature: c(35.7), feelsVeryCold: 'yes' }, exp: { level: 'urgent', noRules: ['URG-LOW-TEMP'] }, why: 'a confirmed cold feeling; "measure again, if still low call" contradicts URG-FEELS-COLD' },
  { id: 'L8', sec: '§9 own', name: '35.6 °C + cracked nipple only', base: 'parent', a: { about: ['nipple'], temperature: c(35.6), nippleDamage: 'cracked', pain: 3 }, exp: { level: 'urgent', noRules: ['SELF-NIPPLE'] } },
  // ---- fever ----
  { id: 'F1', sec: '§5', name: '38.5 °C alone', base: 'parent', a: { about: ['unwell'], temperature: c(38.5) }, exp: { level: 'call', contacts: ['parent:clinician'] } },
  { id: 'F2', sec: '§5', name: '38.4 + red painful area', base: 'parent', a: { about: ['breast'], temperature: c(38.4), redness: red(), pain: 5, hoursSinceOnset: 11, trend: 'same' }, exp: { level: 'call', noRules: ['WATCH-TENDER'] }, why: 'WATCH-TENDER ("without a fever… cared for at home") contradicts her 38.4 °C' },
  { id: 'F3', sec: '§5', name: '37.9 + lump, no flu-like', base: 'parent', a: { about: ['breast'], temperature: c(37.9), lump: lump(), pain: 3, hoursSinceOnset: 5, trend: 'same' }, exp: { level: 'watch' } },
  { id: 'F4', sec: 'issue 12 / §5', name: '39.0 + very unwell', base: 'parent', a: { about: ['unwell'], temperature: c(39), feelingVeryUnwell: 'yes' }, exp: { level: 'urgent', contacts: ['parent:urgent-line'] } },
  { id: 'F5', sec: '§5 [NHSH]', name: '38.2 + weakened immunity', base: 'parent', a: { about: ['unwell'], temperature: c(38.2), weakImmunity: 'yes' }, exp: { level: 'urgent' } },
  { id: 'F6', sec: '§5 [NHSH]', name: '38.2 + diabetes', base: 'parent', a: { about: ['unwell'], temperature: c(38.2), diabetes: 'yes' }, exp: { level: 'call' } },
  { id: 'F7', sec: '§5', name: 'chills/aches + weakened immunity, no thermometer', base: 'parent', a: { about: ['unwell'], temperature: 'not-measured', fluLike: 'yes', weakImmunity: 'yes' }, exp: { level: 'urgent' } },
  { id: 'F8', sec: '§5', name: '38.6 + lump, 12 h', base: 'parent', a: { about: ['breast'], temperature: c(38.6), lump: lump(), pain: 5, hoursSinceOnset: 12, trend: 'same' }, exp: { level: 'call', noRules: ['WATCH-TENDER'] }, why: '"Also noted" still says "without a fever… can be cared for at home" (issue 12 named this exact contradiction)' },
  { id: 'F9', sec: '§5 / §1', name: 'fever 38.3 "unwell" only, no breast sign', base: 'parent', a: { about: ['unwell'], temperature: c(38.3) }, exp: { level: 'call', noSteps: ['cold-wrapped', 'milk-safe', 'lymphatic-drainage', 'supportive-bra'], noFit: ['inflammation-care', 'lymphatic-drainage'] }, why: 'fever with no breast sign gets breast-inflammation care (cold pack, "sore side", drainage routine)' },
  { id: 'F10', sec: '§9 [NCT-SEPSIS]', name: '38.2 + very unwell + red breast, 6 h', base: 'parent', a: { about: ['breast'], temperature: c(38.2), feelingVeryUnwell: 'yes', redness: red(), pain: 6, hoursSinceOnset: 5, trend: 'worse' }, exp: { level: ['call', 'urgent'] } },
  // ---- persistence, recurrence, abscess, antibiotics (§10, §5) ----
  { id: 'R1', sec: '§10 own', name: 'redness > a week, getting better, painless', base: 'parent', a: { about: ['breast'], redness: red(), pain: 0, hoursSinceOnset: 192, trend: 'better' }, exp: { level: 'call', steps: ['ask-for-examination'], rules: ['CALL-PERSISTENT'] } },
  { id: 'R2', sec: '§4/§10', name: 'painless lump 8 days (lump.days only)', base: 'parent', a: { about: ['breast'], lump: lump(8), pain: 0, trend: 'better' }, exp: { level: 'call', rules: ['CALL-PERSISTENT'] } },
  { id: 'R3', sec: '§4', name: 'lump 2–7 days, better', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 2, hoursSinceOnset: 167, trend: 'better' }, exp: { level: 'watch' } },
  { id: 'R4', sec: '§10 own', name: 'red after a finished course, better', base: 'parent', a: { about: ['breast'], redness: red(), pain: 2, hoursSinceOnset: 120, trend: 'better', antibiotics: { taking: 'finished' } }, exp: { level: 'call', steps: ['ask-for-examination'] } },
  { id: 'R5', sec: '§10 own', name: 'redness back in the same place, day 1', base: 'parent', a: { about: ['breast'], redness: red(), pain: 3, hoursSinceOnset: 20, trend: 'same', recurrentSameSpot: 'yes' }, exp: { level: 'call', steps: ['ask-for-examination'] } },
  { id: 'R6', sec: '§5', name: 'antibiotics 30 h, same', base: 'parent', a: { about: ['breast'], redness: red(), pain: 4, hoursSinceOnset: 60, trend: 'same', antibiotics: { taking: 'yes', hoursSinceStart: 30 } }, exp: { level: 'call' } },
  { id: 'R7', sec: '§5', name: 'antibiotics 20 h, same, onset 22 h', base: 'parent', a: { about: ['breast'], redness: red(), pain: 4, hoursSinceOnset: 22, trend: 'same', antibiotics: { taking: 'yes', hoursSinceStart: 20 } }, exp: { level: 'watch' } },
  { id: 'R8', sec: '§5 / types.ts promise', name: 'antibiotics, hours left blank, same, onset blank', base: 'parent', a: { about: ['breast'], redness: red(), pain: 4, trend: 'same', antibiotics: { taking: 'yes', hoursSinceStart: 'unknown' } }, exp: { level: 'call' }, why: 'a blank "hours since first dose" reads as under 24 h: entering 30 gives call, skipping gives watch' },
  { id: 'R9', sec: '§5', name: 'antibiotics 6 h, worse', base: 'parent', a: { about: ['breast'], redness: red(), pain: 5, hoursSinceOnset: 30, trend: 'worse', antibiotics: { taking: 'yes', hoursSinceStart: 6 } }, exp: { level: 'call' } },
  { id: 'R10', sec: '§4/§5', name: 'possible abscess, afebrile', base: 'parent', a: { about: ['breast'], possibleAbscess: 'yes', pain: 7, hoursSinceOnset: 47, trend: 'same' }, exp: { level: 'call', steps: ['no-massage'] } },
  { id: 'R11', sec: 'issue 12 / §10', name: 'abscess + very unwell', base: 'parent', a: { about: ['breast'], possibleAbscess: 'yes', feelingVeryUnwell: 'yes', pain: 8 }, exp: { level: 'urgent' } },
  { id: 'R12', sec: '§5', name: 'spreading redness', base: 'parent', a: { about: ['breast'], redness: red('yes'), pain: 5 }, exp: { level: 'urgent', steps: ['no-massage'] } },
  { id: 'R13', sec: '§5', name: 'red streaks', base: 'parent', a: { about: ['breast'], redness: red('no', 'yes'), pain: 5 }, exp: { level: 'urgent' } },
  { id: 'R14', sec: '§5', name: 'skin breaking down', base: 'parent', a: { about: ['breast'], skinBreakdown: 'yes', pain: 5 }, exp: { level: 'urgent' } },
  { id: 'R15', sec: 'issue 12', name: 'lump worse at 5 h', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 4, hoursSinceOnset: 5, trend: 'worse' }, exp: { level: 'call' } },
  { id: 'R16', sec: 'issue 12', name: 'pain 9, lump 2 h', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 9, hoursSinceOnset: 2, trend: 'same' }, exp: { level: 'call' } },
  { id: 'R17', sec: 'issue 12', name: 'pain 4 not eased by pain relief', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 4, painReliefHelps: 'no', hoursSinceOnset: 5, trend: 'same' }, exp: { level: 'call' } },
  { id: 'R18', sec: '§4/§5 history', name: 'lump again, same side, checked 9 days ago', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 2, hoursSinceOnset: 30, trend: 'better' }, history: [{ answers: { ...UNKNOWN_ANSWERS, ...PARENT, about: ['breast'], lump: lump() } as SymptomAnswers, result: { level: 'watch' }, savedAt: NOW - 9 * 24 * H }], exp: { level: 'call' } },
  { id: 'R19', sec: '§5 history', name: 'watch 14 h ago, same now', base: 'parent', a: { about: ['breast'], redness: red(), pain: 4, hoursSinceOnset: 20, trend: 'same' }, history: [{ answers: { ...UNKNOWN_ANSWERS, ...PARENT, about: ['breast'], redness: red(), pain: 4 } as SymptomAnswers, result: { level: 'watch' }, savedAt: NOW - 14 * H }], exp: { level: 'call' } },
  { id: 'R20', sec: '§10 [NCI-IBC]', name: 'red/purple breast 3 days, no lump, painless, better', base: 'parent', a: { about: ['breast'], redness: red(), pain: 0, hoursSinceOnset: 72, trend: 'better' }, exp: { level: 'watch' } },
  { id: 'R22', sec: '§10 [NCI-IBC] own', name: 'skin like orange peel, bruised-looking, painless', base: 'parent', a: { about: ['breast'], skinDimpledOrBruised: 'yes', pain: 0, hoursSinceOnset: 47, trend: 'same' }, exp: { level: 'call', contacts: ['parent:clinician'], rules: ['CALL-SKIN-LOOK'], noRules: ['WATCH-TENDER'], noSteps: ['cold-wrapped'] } },
  { id: 'R21', sec: '§5', name: 'red painful, 30 h, same (no antibiotics)', base: 'parent', a: { about: ['breast'], redness: red(), pain: 5, hoursSinceOnset: 30, trend: 'same' }, exp: { level: 'call' } },
  // ---- nipple (§11) ----
  { id: 'N1', sec: '§11 own', name: 'sore nipple, pain 4', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', pain: 4, hoursSinceOnset: 47, trend: 'same' }, exp: { level: 'self-care', contacts: ['parent:feeding-help'], steps: ['latch-help', 'positioning', 'flange-fit'], noSteps: ['cold-wrapped', 'lymphatic-drainage'], noFit: ['lymphatic-drainage', 'inflammation-care'] } },
  { id: 'N2', sec: '§11 own', name: 'bleeding crack, pain 5', base: 'parent', a: { about: ['nipple'], nippleDamage: 'cracked', nippleFluid: 'blood-from-crack', pain: 5, hoursSinceOnset: 30, trend: 'same' }, exp: { level: 'self-care', contacts: ['parent:feeding-help'], noSteps: ['cold-wrapped'] } },
  { id: 'N3', sec: '§11/§5', name: 'yellow crusts, oozing', base: 'parent', a: { about: ['nipple'], nippleDamage: 'infected', pain: 5 }, exp: { level: 'call', contacts: ['parent:clinician', 'parent:feeding-help'], noSteps: ['cold-wrapped'] } },
  { id: 'N4', sec: '§11 own', name: 'crack not healing', base: 'parent', a: { about: ['nipple'], nippleDamage: 'cracked', crackNotHealing: 'yes', pain: 4 }, exp: { level: 'call', noSteps: ['cold-wrapped'] } },
  { id: 'N5', sec: '§11 [HSE-GP]', name: 'vasospasm (white nipple, waves of severe pain)', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', nippleColourChange: 'yes', pain: 7 }, exp: { level: 'call', noSteps: ['cold-wrapped'] } },
  { id: 'N6', sec: '§11 own', name: 'blood not from a crack, one side', base: 'parent', a: { about: ['nipple'], nippleDamage: 'none', nippleFluid: 'blood', pain: 0 }, exp: { level: 'call' } },
  { id: 'N7', sec: '§5', name: 'pus from nipple', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', nippleFluid: 'pus', pain: 4 }, exp: { level: 'call' } },
  { id: 'N8', sec: '§11', name: 'chose breast AND nipple; cracked, breast screen all no, pain 5', base: 'parent', a: { about: ['breast', 'nipple'], nippleDamage: 'cracked', pain: 5, hoursSinceOnset: 30, trend: 'same' }, exp: { level: 'self-care', noSteps: ['cold-wrapped', 'lymphatic-drainage', 'no-extra-pumping'], noFit: ['inflammation-care'] }, why: 'pain counted as a breast sign: WATCH-TENDER + CALL-NOT-BETTER-24H + cold packs, drainage' },
  // With "about" skipped every screen is shown, the baby's too: N9 answers them calmly, N9b skips them.
  { id: 'N9', sec: '§11', name: '"about" skipped; cracked nipple, no breast signs, pain 5', base: 'parent', a: { ...BABY, ...PARENT, about: 'unknown', nippleDamage: 'cracked', pain: 5, hoursSinceOnset: 11, trend: 'same', bothBreastsFullFirm: 'no', areolaTooSwollenToLatch: 'no', daysSinceBirth: 12 }, exp: { level: 'self-care', noSteps: ['cold-wrapped', 'lymphatic-drainage'] }, why: 'skipping "what is this about" sends a nipple problem into inflammation care' },
  { id: 'N9b', sec: '§11/§12', name: '"about" skipped; cracked nipple; the baby screens skipped', base: 'parent', a: { about: 'unknown', nippleDamage: 'cracked', pain: 5, hoursSinceOnset: 11, trend: 'same', bothBreastsFullFirm: 'no', areolaTooSwollenToLatch: 'no', daysSinceBirth: 12 }, exp: { level: 'watch', rules: ['DEFAULT-WATCH-BABY', 'SELF-NIPPLE'], steps: ['latch-help', 'recheck-baby-12-24h'], noSteps: ['cold-wrapped', 'lymphatic-drainage', 'recheck-12-24h'] } },
  { id: 'N10', sec: '§11 [CHMN-PUMP]', name: 'pumping hurts, nipple sore', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', pain: 3 }, exp: { level: 'self-care', steps: ['flange-fit'] } },
  { id: 'N11', sec: 'issue 12 / §11', name: 'nipple pain 8 (cracked)', base: 'parent', a: { about: ['nipple'], nippleDamage: 'cracked', pain: 8 }, exp: { level: 'call', contacts: ['parent:clinician', 'parent:feeding-help'], steps: ['express-if-painful'] } },
  { id: 'N12', sec: '§11 [NHSDG-THRUSH]', name: 'burning both nipples after pain-free weeks (sore)', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', pain: 5, hoursSinceOnset: 120, trend: 'same' }, exp: { level: 'self-care', steps: ['latch-help'] } },
  // Finding L11 (rules 2026-12-03.3): N12 with the new burning question answered.
  { id: 'N12b', sec: '§11 [NHSDG-THRUSH] [HSE-GP]', name: 'burning both nipples after pain-free weeks, the pattern answered yes', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', pain: 5, hoursSinceOnset: 120, trend: 'same', nippleBurning: 'yes' }, exp: { level: 'call', contacts: ['parent:clinician', 'parent:feeding-help'], rules: ['CALL-NIPPLE-BURNING'], noRules: ['SELF-NIPPLE'], steps: ['contact-provider-today', 'latch-help', 'positioning'], noSteps: ['cold-wrapped', 'lymphatic-drainage'] } },
  { id: 'N15', sec: '§11 [NHS-ND]', name: 'clear fluid, not milk, from one nipple', base: 'parent', a: { about: ['nipple'], nippleDamage: 'none', nippleFluid: 'other', otherFluidOneSideOrLump: 'yes', pain: 0 }, exp: { level: 'call', contacts: ['parent:clinician'], rules: ['CALL-NIPPLE-DISCHARGE'] } },
  { id: 'N16', sec: '§11 [NHS-ND] own', name: 'fluid, not milk, from both nipples, nothing else', base: 'parent', a: { about: ['nipple'], nippleDamage: 'none', nippleFluid: 'other', otherFluidOneSideOrLump: 'no', pain: 0 }, exp: { level: 'watch', rules: ['WATCH-NIPPLE-DISCHARGE'], steps: ['recheck-12-24h'] } },
  { id: 'N13', sec: '§11', name: 'cracked nipple + 38.3', base: 'parent', a: { about: ['nipple'], nippleDamage: 'cracked', pain: 5, temperature: c(38.3) }, exp: { level: 'call' } },
  { id: 'N14', sec: '§11 [HSE-NIP]', name: 'tender first 15 s of feeds (sore, pain 2)', base: 'parent', a: { about: ['nipple'], nippleDamage: 'sore', pain: 2, hoursSinceOnset: 47, trend: 'better' }, exp: { level: 'self-care' } },
  // ---- baby (§12) ----
  { id: 'B1', sec: '§12', name: 'day 5 (4 days old), 2 wet', base: 'baby', a: { daysSinceBirth: 4, babyWetNappies24h: 2, babyDirtyNappies24h: 2 }, exp: { level: 'call', contacts: ['baby:clinician'], steps: ['contact-baby-clinician-today'] } },
  { id: 'B2', sec: '§12', name: 'day 5, 5 wet 2 dirty', base: 'baby', a: { daysSinceBirth: 4, babyWetNappies24h: 5, babyDirtyNappies24h: 2 }, exp: { level: 'self-care' } },
  { id: 'B3', sec: '§12', name: 'day 2, 1 wet 1 dirty', base: 'baby', a: { daysSinceBirth: 1, babyWetNappies24h: 1, babyDirtyNappies24h: 1, babyHoursSinceWet: 'unknown' }, exp: { level: 'self-care' } },
  { id: 'B4', sec: '§12 own', name: 'day 10, 0 wet nappies in 24 h, "last wet" blank', base: 'baby', a: { babyWetNappies24h: 0, babyHoursSinceWet: 'unknown' }, exp: { level: 'emergency', contacts: ['baby:emergency'] }, why: '0 wet in 24 h means dry ≥ 12 h (Lactea\'s own: dry 12 h → emergency); engine gives call' },
  { id: 'B5', sec: '§12 [HT-JAUN]', name: 'last wet 8–12 h', base: 'baby', a: { babyHoursSinceWet: 10 }, exp: { level: 'call' } },
  { id: 'B6', sec: '§12 own', name: 'last wet 12 h+', base: 'baby', a: { babyHoursSinceWet: 12 }, exp: { level: 'emergency', contacts: ['baby:emergency'] } },
  { id: 'B7', sec: '§12', name: 'hard to wake', base: 'baby', a: { babyHardToWake: 'yes' }, exp: { level: 'emergency', contacts: ['baby:emergency'], steps: ['call-emergency-baby'] } },
  { id: 'B8', sec: '§12', name: 'yellow, first day', base: 'baby', a: { daysSinceBirth: 0, babyYellow: 'yes', babyYellowDeeper: 'no', babyWetNappies24h: 1, babyDirtyNappies24h: 1 }, exp: { level: 'call', contacts: ['baby:clinician'], noRules: ['WATCH-BABY-YELLOW'] } },
  { id: 'B9', sec: '§12', name: 'yellow at 15 days', base: 'baby', a: { daysSinceBirth: 15, babyYellow: 'yes', babyYellowDeeper: 'no' }, exp: { level: 'call', contacts: ['baby:clinician'], noRules: ['WATCH-BABY-YELLOW'] }, why: 'WATCH-BABY-YELLOW ("check again in 12–24 h… contact today if it lasts to 2 weeks") shown beside "still yellow at 2 weeks"' },
  { id: 'B10', sec: '§12 own', name: 'yellow day 5 + sleepy', base: 'baby', a: { daysSinceBirth: 4, babyYellow: 'yes', babyYellowDeeper: 'no', babySleepy: 'yes', babyWetNappies24h: 5 }, exp: { level: 'emergency', contacts: ['baby:emergency'], noRules: ['WATCH-BABY-YELLOW'] } },
  { id: 'B11', sec: '§12 [ELHT]', name: 'yellow day 5 alone', base: 'baby', a: { daysSinceBirth: 4, babyYellow: 'yes', babyYellowDeeper: 'no', babyWetNappies24h: 5 }, exp: { level: ['watch', 'call'] } },
  { id: 'B12', sec: '§12', name: 'pale stools, day 20', base: 'baby', a: { daysSinceBirth: 20, babyPaleStools: 'yes' }, exp: { level: 'call', contacts: ['baby:clinician'] } },
  { id: 'B28', sec: '§12 [PCS-FEED] own', name: 'pink urates still on day 5', base: 'baby', a: { daysSinceBirth: 4, babyWetNappies24h: 5, babyPinkUrates: 'yes' }, exp: { level: 'call', contacts: ['baby:clinician'], rules: ['BABY-CALL-PINK-URATES'], steps: ['contact-baby-clinician-today'] } },
  { id: 'B29', sec: '§12 [NG75] own', name: 'weighed on day 5: more than 10% below birth weight', base: 'baby', a: { daysSinceBirth: 4, babyWetNappies24h: 5, babyWeightLossOver10: 'yes' }, exp: { level: 'call', contacts: ['baby:clinician'], rules: ['BABY-CALL-WEIGHT-LOSS'] } },
  { id: 'B13', sec: '§12', name: '38.0 °C at 30 days', base: 'baby', a: { daysSinceBirth: 30, babyTemperature: c(38), babyWetNappies24h: 6 }, exp: { level: 'emergency', contacts: ['baby:emergency'] } },
  { id: 'B14', sec: '§12', name: '37.9 °C at 30 days', base: 'baby', a: { daysSinceBirth: 30, babyTemperature: c(37.9) }, exp: { level: 'self-care' } },
  { id: 'B15', sec: '§12 [HT-NPB]', name: '35.8 °C at 10 days', base: 'baby', a: { babyTemperature: c(35.8) }, exp: { level: 'emergency' } },
  { id: 'B16', sec: '§12', name: '100.4 °F at 60 days', base: 'baby', a: { daysSinceBirth: 60, babyTemperature: f(100.4) }, exp: { level: 'emergency' } },
  { id: 'B17', sec: '§12', name: '38.3 °C at 100 days', base: 'baby', a: { daysSinceBirth: 100, babyTemperature: c(38.3) }, exp: { level: 'call', contacts: ['baby:clinician'] } },
  { id: 'B18', sec: '§12', name: '6 feeds in 24 h, day 5', base: 'baby', a: { daysSinceBirth: 4, babyFeeds24h: 6, babyWetNappies24h: 5 }, exp: { level: 'call' } },
  { id: 'B19', sec: '§12 own', name: '0 feeds in 24 h', base: 'baby', a: { babyFeeds24h: 0 }, exp: { level: 'emergency' } },
  { id: 'B20', sec: '§12 own', name: 'not fed for 25 h', base: 'baby', a: { babyHoursSinceFeed: 25, babyFeeds24h: 'unknown' }, exp: { level: 'emergency' } },
  { id: 'B21', sec: '§12 [HT-JAUN]', name: 'sleepier, less interested in feeding', base: 'baby', a: { babySleepy: 'yes' }, exp: { level: 'call', contacts: ['baby:clinician'] } },
  { id: 'B22', sec: '§12 [ELHT]', name: 'feeding poorly', base: 'baby', a: { babyFeeding: 'poorly' }, exp: { level: 'call' } },
  { id: 'B23', sec: '§12', name: 'pale, mottled, cold', base: 'baby', a: { babyMottledCold: 'yes' }, exp: { level: 'emergency' } },
  { id: 'B24', sec: '§12', name: 'day 10, 1 dirty nappy', base: 'baby', a: { babyDirtyNappies24h: 1 }, exp: { level: 'call' } },
  { id: 'B25', sec: '§12 [HSE-ENOUGH]', name: '5 weeks old (35 days), 4 wet nappies', base: 'baby', a: { daysSinceBirth: 35, babyWetNappies24h: 4 }, exp: { level: 'call' }, why: 'HSE: 6 heavy wet nappies from 6 days to 6 weeks; the table stops at day 28, so nothing fires' },
  { id: 'B26', sec: '§12', name: 'baby check, nappies and yellow screens skipped', base: 'baby', a: { babyWetNappies24h: 'unknown', babyDirtyNappies24h: 'unknown', babyHoursSinceWet: 'unknown', babyYellow: 'unknown', babyPaleStools: 'unknown' }, exp: { level: 'watch' }, why: 'a skipped nappy screen gives "nothing you told us needs a call" (self-care); the answer it hides can be emergency' },
  { id: 'B27', sec: '§12', name: 'yellow deepening quickly, day 6', base: 'baby', a: { daysSinceBirth: 6, babyYellow: 'yes', babyYellowDeeper: 'yes' }, exp: { level: 'call', noRules: ['WATCH-BABY-YELLOW'] } },
  // ---- both ----
  { id: 'X1', sec: '§9/§12', name: 'her rigors + baby few wet nappies', base: 'parent', a: { ...BABY, about: ['unwell', 'baby'], rigors: 'yes', babyWetNappies24h: 3 }, exp: { level: 'urgent', contacts: ['parent:urgent-line', 'baby:clinician'] } },
  { id: 'X2', sec: '§9/§12', name: 'baby hard to wake + her mastitis 38.6', base: 'parent', a: { ...BABY, about: ['breast', 'baby'], babyHardToWake: 'yes', temperature: c(38.6), redness: red(), pain: 6 }, exp: { level: 'emergency', contacts: ['baby:emergency', 'parent:clinician'] } },
  // ---- benign ----
  { id: 'S1', sec: '§5 [ABM20]', name: 'engorgement day 3, pain 5', base: 'parent', a: { about: ['fullness'], bothBreastsFullFirm: 'yes', daysSinceBirth: 3, areolaTooSwollenToLatch: 'no', pain: 5, lump: { present: 'unknown' }, redness: { present: 'unknown' }, possibleAbscess: 'unknown', skinBreakdown: 'unknown' }, exp: { level: 'self-care' } },
  { id: 'S2', sec: '§5 [COTTERMAN04]', name: 'engorgement day 3 + areola too swollen (fullness path)', base: 'parent', a: { about: ['fullness'], bothBreastsFullFirm: 'yes', daysSinceBirth: 3, areolaTooSwollenToLatch: 'yes', pain: 4, lump: { present: 'unknown' }, redness: { present: 'unknown' }, possibleAbscess: 'unknown', skinBreakdown: 'unknown' }, exp: { level: 'self-care', steps: ['reverse-pressure-softening'] }, why: 'rpsFits needs lump/redness/abscess = "no", which the fullness path never asks' },
  { id: 'S3', sec: '§5', name: 'plugged duct day 20, 8 h, better', base: 'parent', a: { about: ['breast'], lump: lump(), pain: 3, hoursSinceOnset: 11, trend: 'better' }, exp: { level: 'watch', steps: ['cold-wrapped', 'no-extra-pumping', 'recheck-12-24h'] } },
  { id: 'S4', sec: '—', name: 'calm breast check', base: 'parent', a: { about: ['breast'] }, exp: { level: 'self-care' } },
  { id: 'S5', sec: '§5', name: 'small sore area 3 h, better', base: 'parent', a: { about: ['breast'], pain: 3, hoursSinceOnset: 5, trend: 'better' }, exp: { level: 'watch' } },
  { id: 'S6', sec: '§11 [RPS22]', name: 'rusty milk both sides, day 2, painless', base: 'parent', a: { about: ['nipple'], nippleFluid: 'blood', pain: 0 }, exp: { level: 'call' } },
];

function merged(k: Case): Record<string, unknown> {
  const base = k.base === 'parent' ? { ...UNKNOWN_ANSWERS, ...PARENT } : { ...UNKNOWN_ANSWERS, ...BABY };
  return { ...base, ...k.a };
}

describe('clinical review cases (review-triage.md)', () => {
  it.each(CASES.map((k) => [`${k.id} ${k.name}`, k] as const))('%s', (_name, k) => {
    const v = validateAnswers(merged(k));
    if (!v.ok) throw new Error(`invalid answers: ${JSON.stringify(v.problems)}`);
    const r = evaluate(v.answers, k.history ?? [], NOW);
    const levels = Array.isArray(k.exp.level) ? k.exp.level : [k.exp.level];
    expect(levels, k.why).toContain(r.level);
    if (k.exp.contacts) expect(r.contacts.map((x) => `${x.who}:${x.kind}`).sort()).toEqual([...k.exp.contacts].sort());
    const steps = r.nextSteps.map((s) => s.id);
    const ids = r.fired.map((x) => x.id);
    for (const s of k.exp.steps ?? []) expect(steps, `step ${s}`).toContain(s);
    for (const s of k.exp.noSteps ?? []) expect(steps, `step ${s}`).not.toContain(s);
    for (const s of k.exp.rules ?? []) expect(ids, `rule ${s}`).toContain(s);
    for (const s of k.exp.noRules ?? []) expect(ids, `rule ${s}`).not.toContain(s);
    for (const s of k.exp.noFit ?? []) expect(r.fitRoutines, `routine ${s}`).not.toContain(s);
  });

  it('keeps every case of the review', () => {
    expect(CASES.length).toBe(107);
    expect(new Set(CASES.map((k) => k.id)).size).toBe(CASES.length);
  });
});
