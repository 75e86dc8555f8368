import { describe, expect, it } from 'vitest';
import { evaluate, levelRank, THRESHOLDS, UNKNOWN_ANSWERS, validateAnswers } from '../../src/domain/triage/index.js';
import { checkedAtText, localized, topReason } from './check-format.js';
import type { Concern } from '../../src/domain/triage/index.js';
import {
  checkForOther,
  checkHousehold,
  nappiesFromLog,
  nappiesShownFromLog,
  withNappiesFromLog,
  aboutBaby,
  asksPinkUrates,
  asksSameSpot,
  BABY_SIGNS,
  checkDraft,
  checkDraftNow,
  emergencyNow,
  clockPosition,
  daysSinceBirth,
  DRY_PICKS,
  draftToInput,
  feedsFromLog,
  HOUR_PICKS,
  newDraft,
  noneOf,
  problemCode,
  problemsForStep,
  SIGN_FIELDS,
  skipStep,
  stepOfField,
  stepsFor,
  STEPS,
  weightFromLog,
  withSign,
  withWeightFromLog,
  type CheckDraft,
} from './check-wizard.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');

/** A breast check with every question answered with something other than "unknown". */
function answered(): CheckDraft {
  return {
    ...noneOf(newDraft('c', 3), 'emergency'),
    about: ['breast'],
    side: 'left',
    where: 2,
    lump: 'yes',
    redness: 'yes',
    spreading: 'no',
    streaks: 'no',
    possibleAbscess: 'no',
    skinBreakdown: 'no',
    nippleFluid: 'none',
    pain: 4,
    temperatureMode: 'value',
    temperatureText: '37,2',
    fluLike: 'no',
    feelingVeryUnwell: 'no',
    hours: 'h12to24',
    trend: 'same',
    painReliefHelps: 'yes',
    recurrentSameSpot: 'no',
    antibiotics: 'yes',
    antibioticHoursText: '10',
    diabetes: 'no',
    weakImmunity: 'no',
    skinDimpledOrBruised: 'no',
    recentSurgery: 'no',
  };
}

/** Every screen answered, what it is about not said (every screen shown). */
function everything(): CheckDraft {
  return {
    ...noneOf(answered(), 'babyEmergency'),
    about: [],
    nippleDamage: 'sore',
    nippleColourChange: 'no',
    crackNotHealing: 'no',
    bothBreastsFullFirm: 'no',
    areolaTooSwollenToLatch: 'no',
    babyFeeding: 'well',
    babyTempMode: 'value',
    babyTempText: '36.9',
    babyFeedsText: '9',
    babyHoursSinceFeedText: '2',
    babySleepy: 'no',
    babyWetText: '6',
    babyDirtyText: '3',
    babyDry: 'lt8',
    babyYellow: 'no',
    babyPaleStools: 'no',
    nippleBurning: 'no',
    babyPinkUrates: 'no',
    babyWeightLossOver10: 'no',
  };
}

function answers(d: CheckDraft) {
  const c = checkDraft(d);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.answers;
}

describe('which screens are shown', () => {
  it('a breast problem: her signs, what it is about, where, the breast, pain, fever, how long, a few more — 8', () => {
    expect(stepsFor({ ...newDraft('c', 20), about: ['breast'] })).toEqual(['emergency', 'about', 'where', 'breast', 'pain', 'fever', 'course', 'more']);
  });

  it('a plugged duct on day 20 does not walk through the newborn questions', () => {
    const steps = stepsFor({ ...newDraft('c', 20), about: ['breast'] });
    expect(steps.filter((s) => s.startsWith('baby'))).toEqual([]);
  });

  it('a typical check, whatever it is about, is 8 screens or fewer', () => {
    for (const c of ['breast', 'nipple', 'fullness', 'unwell', 'baby'] as const) {
      expect(stepsFor({ ...newDraft('c', 5), about: [c] }).length, c).toBeLessThanOrEqual(8);
    }
    expect(stepsFor({ ...newDraft('c', 5), about: ['nipple'] })).toEqual(['emergency', 'about', 'nipple', 'pain', 'fever', 'course', 'more']);
    expect(stepsFor({ ...newDraft('c', 5), about: ['baby'] })).toEqual(['emergency', 'about', 'babyEmergency', 'babyTemp', 'babyFeeding', 'babyNappies', 'babyYellow']);
    expect(stepsFor({ ...newDraft('c', 5), about: ['fullness'] })).toEqual(['emergency', 'about', 'fullness', 'pain', 'fever', 'course', 'more']);
  });

  it('full breasts ask how long, the trend and "a few more questions", which their rules need', () => {
    const fullness = (more: Partial<CheckDraft>): CheckDraft => ({
      ...noneOf({ ...newDraft('c', 20), about: ['fullness'] }, 'emergency'),
      areolaTooSwollenToLatch: 'no',
      pain: 3,
      fluLike: 'no',
      feelingVeryUnwell: 'no',
      ...more,
    });
    // A fever with a weakened immune system: seek care now (it was "call" when the screen was not shown).
    const immunity = evaluate(answers(fullness({ temperatureMode: 'value', temperatureText: '38.2', weakImmunity: 'yes', diabetes: 'no' })), [], NOW);
    expect(immunity.level).toBe('urgent');
    expect(immunity.fired.map((r) => r.id)).toContain('URG-FEVER-IMMUNITY');
    // Worse, with pain, on day 20: contact today.
    const worse = evaluate(answers(fullness({ pain: 6, hours: 'd2to7', trend: 'worse' })), [], NOW);
    expect(worse.fired.map((r) => r.id)).toContain('CALL-WORSE');
  });

  it('a swollen areola on the fullness path leads to reverse pressure softening', () => {
    const d: CheckDraft = { ...noneOf({ ...newDraft('c', 3), about: ['fullness'] }, 'emergency'), areolaTooSwollenToLatch: 'yes', pain: 4, temperatureMode: 'value', temperatureText: '36.9', fluLike: 'no', feelingVeryUnwell: 'no' };
    const r = evaluate(answers(d), [], NOW);
    expect(r.level).toBe('self-care');
    expect(r.nextSteps.map((x) => x.id)).toContain('reverse-pressure-softening');
    expect(r.fitRoutines).toContain('reverse-pressure-softening');
  });

  it('starts at the baby’s signs when opened for the baby', () => {
    expect(stepsFor(newDraft('c', 5, { forBaby: true }))).toEqual(['babyEmergency', 'babyTemp', 'babyFeeding', 'babyNappies', 'babyYellow']);
  });

  it('shows every screen until she says what it is about (or when she skips that)', () => {
    expect(stepsFor(newDraft('c', 5))).toEqual([...STEPS]);
    expect(skipStep(answered(), 'about').about).toEqual([]);
  });
});

describe('"this has happened in the same place before"', () => {
  const about = (...c: CheckDraft['about']): CheckDraft => ({ ...newDraft('c', 20), about: c });

  it('is asked only when the check goes through the breast and its place', () => {
    expect(asksSameSpot(about('breast'))).toBe(true);
    expect(asksSameSpot(about('breast', 'unwell'))).toBe(true);
    // Nothing said yet: every screen is shown, the place too.
    expect(asksSameSpot(about())).toBe(true);
    for (const c of ['unwell', 'nipple', 'fullness', 'baby'] as const) expect(asksSameSpot(about(c)), c).toBe(false);
    expect(asksSameSpot(about('unwell', 'nipple'))).toBe(false);
    // The "a few more questions" screen is still shown to her when she feels unwell, without it.
    expect(stepsFor(about('unwell'))).toContain('more');
  });

  it('an answer given on the breast path and left behind when she says she feels unwell is sent as unknown, and the answers stay valid', () => {
    const unwell: CheckDraft = {
      ...noneOf(about('unwell'), 'emergency'),
      temperatureMode: 'value',
      temperatureText: '38,6',
      fluLike: 'yes',
      hours: 'h12to24',
      trend: 'same',
      recurrentSameSpot: 'yes',
      diabetes: 'no',
      weakImmunity: 'no',
    };
    const a = answers(unwell);
    expect(a.recurrentSameSpot).toBe('unknown');
    expect(a.diabetes).toBe('no');
    expect(a.temperature).toEqual({ value: 38.6, unit: 'c' });
    expect(validateAnswers(draftToInput(unwell).input).ok).toBe(true);
    expect(evaluate(a, [], NOW).fired.map((r) => r.id)).not.toContain('CALL-RECURRING');
  });

  it('on the breast path her answer counts: a lump back in the same place is looked at today', () => {
    const a = answers({ ...answered(), redness: 'no', recurrentSameSpot: 'yes' });
    expect(a.recurrentSameSpot).toBe('yes');
    expect(evaluate(a, [], NOW).fired.map((r) => r.id)).toContain('CALL-RECURRING');
  });
});

describe('the signs screens', () => {
  it('one "yes" is enough for the result: each of her signs alone is at least "seek care now"', () => {
    for (const f of SIGN_FIELDS) {
      const level = evaluate(answers(withSign(newDraft('c', 5), f)), [], NOW).level;
      expect(levelRank(level), f).toBeGreaterThanOrEqual(levelRank('urgent'));
    }
  });

  it('each of the baby’s signs alone sends the baby to the emergency number', () => {
    for (const f of BABY_SIGNS) {
      const r = evaluate(answers(withSign(newDraft('c', 5, { forBaby: true }), f)), [], NOW);
      expect(r.level, f).toBe('emergency');
      expect(r.contacts[0], f).toEqual({ who: 'baby', kind: 'emergency' });
    }
  });

  it('"it’s about my baby" on her signs screen goes to the baby’s signs: a baby emergency in three taps from Check', () => {
    const d = aboutBaby(newDraft('c', 20));
    const steps = stepsFor(d);
    expect(steps.slice(steps.indexOf('babyEmergency'))).toEqual(['babyEmergency', 'babyTemp', 'babyFeeding', 'babyNappies', 'babyYellow']);
    const r = evaluate(answers(withSign(d, 'babyBreathingPausesOrBlue')), [], NOW);
    expect(r.level).toBe('emergency');
    expect(r.contacts).toEqual([{ who: 'baby', kind: 'emergency' }]);
    expect(r.nextSteps[0]?.id).toBe('call-emergency-baby');
  });

  it('a sign tapped is never held back by a number refused on another screen; that number goes as unknown', () => {
    const typo = withSign({ ...newDraft('c', 20), about: ['breast'], temperatureMode: 'value', temperatureText: '38..5' }, 'breathless');
    expect(checkDraft(typo).ok).toBe(false);
    const now = checkDraftNow(typo);
    if (!now.ok) throw new Error(JSON.stringify(now.problems));
    expect(now.answers.temperature).toBe('not-measured');
    expect(evaluate(now.answers, [], NOW).level).toBe('emergency');
    // 38 with °F picked (not a body temperature), then "new confusion"; and hours, days and counts mistyped.
    const wrongUnit = withSign(
      { ...newDraft('f', 20), temperatureMode: 'value', temperatureText: '38', hours: 'exact', hoursText: 'x', daysSinceBirthText: '-3', babyWetText: '2.5', antibiotics: 'yes', antibioticHoursText: 'a' },
      'confusion',
    );
    const checked = checkDraftNow(wrongUnit);
    expect(checked.ok && evaluate(checked.answers, [], NOW).level).toBe('emergency');
    // An answer that is fine is kept as given.
    const kept = checkDraftNow(withSign({ ...typo, temperatureText: '38.5' }, 'breathless'));
    expect(kept.ok && kept.answers.temperature).toEqual({ value: 38.5, unit: 'c' });
  });

  it('ends the check as soon as the answers already call for the emergency number', () => {
    const baby = (more: Partial<CheckDraft>): CheckDraft => ({ ...noneOf(newDraft('c', 20, { forBaby: true }), 'babyEmergency'), ...more });
    // A baby under 3 months at 38 °C, or below 36 °C, on the temperature screen.
    expect(emergencyNow(baby({ babyTempMode: 'value', babyTempText: '38.2' }), NOW)).toBe(true);
    expect(emergencyNow(baby({ babyTempMode: 'value', babyTempText: '35,8' }), NOW)).toBe(true);
    expect(emergencyNow(baby({ babyTempMode: 'value', babyTempText: '37.5' }), NOW)).toBe(false);
    expect(emergencyNow({ ...baby({ babyTempMode: 'value', babyTempText: '38.2' }), daysSinceBirthText: '100' }, NOW)).toBe(false);
    // No wet nappy in 24 hours, or no feed.
    expect(emergencyNow(baby({ babyWetText: '0' }), NOW)).toBe(true);
    expect(emergencyNow(baby({ babyFeedsText: '0' }), NOW)).toBe(true);
    // Nothing yet: her signs answered "none", the rest to come.
    expect(emergencyNow(noneOf(newDraft('c', 20), 'emergency'), NOW)).toBe(false);
  });

  it('"none of these" answers every sign no', () => {
    const a = answers({ ...noneOf(newDraft('c', 5), 'emergency'), about: ['unwell'], fluLike: 'no', feelingVeryUnwell: 'no' });
    for (const f of SIGN_FIELDS) expect(a[f], f).toBe('no');
    const b = answers(noneOf({ ...newDraft('c', 5, { forBaby: true }), babyFeeding: 'not-at-all' }, 'babyEmergency'));
    expect([b.babyHardToWake, b.babyFit, b.babyFeeding]).toEqual(['no', 'no', 'unknown']);
  });
});

describe('the symptom-check draft', () => {
  it('starts with every question unanswered, which the engine reads as unknown', () => {
    expect(answers(newDraft('c', null))).toEqual(UNKNOWN_ANSWERS);
  });

  it('prefills the days since birth, the temperature unit and the feeds from the log', () => {
    const d = newDraft('f', 4, { feeds: { feeds24h: 7, hoursSinceFeed: 2.26 } });
    expect(d.daysSinceBirthText).toBe('4');
    expect(d.temperatureUnit).toBe('f');
    expect([d.babyFeedsText, d.babyHoursSinceFeedText]).toEqual(['7', '2.3']);
    expect(answers(d)).toMatchObject({ daysSinceBirth: 4, babyFeeds24h: 7, babyHoursSinceFeed: 2.3 });
  });

  it('turns an answered breast check into valid answers', () => {
    const a = answers(answered());
    expect(a.about).toEqual(['breast']);
    expect(a.lump).toEqual({ present: 'yes', size: 'unknown', days: 'unknown', sameSpotBefore: 'unknown' });
    expect(a.redness).toEqual({ present: 'yes', area: 'unknown', spreading: 'no', streaks: 'no' });
    expect(a.temperature).toEqual({ value: 37.2, unit: 'c' });
    expect(a.antibiotics).toEqual({ taking: 'yes', hoursSinceStart: 10 });
    expect(a.where).toBe(2);
    expect(evaluate(a, [], NOW).fired.map((r) => r.id)).not.toContain('DEFAULT-WATCH');
  });

  it('turns every screen answered into answers with nothing unknown but the details not asked', () => {
    const a = answers(everything());
    const unknown = Object.entries(a).filter(([, v]) => v === 'unknown').map(([k]) => k);
    // The follow-ups of "no" answers are not asked: the wound (no operation), one side (no other fluid).
    expect(unknown.sort()).toEqual(['about', 'babyYellowDeeper', 'otherFluidOneSideOrLump', 'woundSign'].sort());
    expect(evaluate(a, [], NOW).level).toBe('watch');
  });

  it('sends the questions of screens not shown as unknown, even if answered before she changed what it is about', () => {
    const a = answers({ ...everything(), about: ['nipple'] });
    expect(a.lump).toEqual({ present: 'unknown' });
    expect(a.babyFeeding).toBe('unknown');
    expect(a.babyFeeds24h).toBe('unknown');
    expect(a.nippleDamage).toBe('sore');
    expect(a.daysSinceBirth).toBe('unknown');
    // Fluid from the nipple is on both the breast and the nipple screens.
    expect(answers({ ...everything(), about: ['breast'], nippleFluid: 'pus' }).nippleFluid).toBe('pus');
    expect(answers({ ...everything(), about: ['nipple'], nippleFluid: 'pus' }).nippleFluid).toBe('pus');
    expect(answers({ ...everything(), about: ['unwell'], nippleFluid: 'pus' }).nippleFluid).toBe('unknown');
  });

  it('"full breasts" as what it is about says both breasts are full; the birth date counts on the baby screens too', () => {
    expect(answers({ ...newDraft('c', 3), about: ['fullness'] })).toMatchObject({ bothBreastsFullFirm: 'yes', daysSinceBirth: 3 });
    expect(answers({ ...newDraft('c', 3), about: ['baby'] }).daysSinceBirth).toBe(3);
    expect(answers({ ...newDraft('c', 3), about: ['breast'] })).toMatchObject({ bothBreastsFullFirm: 'unknown', daysSinceBirth: 'unknown' });
  });

  it('sends no follow-up details for "no" answers', () => {
    const { input } = draftToInput({ ...answered(), lump: 'no', redness: 'no', antibiotics: 'no' });
    expect(input.lump).toEqual({ present: 'no' });
    expect(input.redness).toEqual({ present: 'no' });
    expect(input.antibiotics).toEqual({ taking: 'no' });
    expect(validateAnswers(input).ok).toBe(true);
  });

  it('a finished course of antibiotics', () => {
    expect(answers({ ...answered(), antibiotics: 'finished' }).antibiotics).toEqual({ taking: 'finished' });
  });

  it('skipping a screen puts exactly that screen back to unknown', () => {
    const blank = newDraft('c', 3);
    for (const step of STEPS) {
      const skipped = skipStep(everything(), step);
      const changed = (Object.keys(blank) as (keyof CheckDraft)[]).filter((k) => skipped[k] !== everything()[k]);
      expect(changed.length, step).toBeGreaterThan(0);
      for (const k of changed) expect(skipped[k], `${step}.${k}`).toEqual(blank[k]);
    }
  });

  it('asks about the wound only after an operation, and about one side only for another fluid (rules 2026-12-03.3)', () => {
    expect(answers({ ...everything(), recentSurgery: 'no', woundSign: 'yes' }).woundSign).toBe('unknown');
    expect(answers({ ...everything(), recentSurgery: 'yes', woundSign: 'yes' })).toMatchObject({ recentSurgery: 'yes', woundSign: 'yes' });
    expect(answers({ ...everything(), nippleFluid: 'none', otherFluidOneSideOrLump: 'yes' }).otherFluidOneSideOrLump).toBe('unknown');
    expect(answers({ ...everything(), about: ['nipple'], nippleFluid: 'other', otherFluidOneSideOrLump: 'no' })).toMatchObject({ nippleFluid: 'other', otherFluidOneSideOrLump: 'no' });
    expect(answers({ ...everything(), about: ['unwell'], nippleFluid: 'other', otherFluidOneSideOrLump: 'yes' }).otherFluidOneSideOrLump).toBe('unknown');
    // Only on the screens that ask them.
    expect(answers({ ...everything(), about: ['baby'], recentSurgery: 'yes', woundSign: 'yes', nippleBurning: 'yes', skinDimpledOrBruised: 'yes' })).toMatchObject({
      woundSign: 'unknown',
      nippleBurning: 'unknown',
      skinDimpledOrBruised: 'unknown',
    });
    expect(answers({ ...everything(), about: ['breast'], babyPinkUrates: 'yes', babyWeightLossOver10: 'yes' })).toMatchObject({ babyPinkUrates: 'unknown', babyWeightLossOver10: 'unknown' });
    expect(stepOfField('answers.woundSign')).toBe('more');
    expect(stepOfField('otherFluidOneSideOrLump', ['emergency', 'about', 'nipple'])).toBe('nipple');
    expect(stepOfField('babyPinkUrates')).toBe('babyNappies');
    expect(stepOfField('babyWeightLossOver10')).toBe('babyFeeding');
  });

  it('asks about pink urates from the third day of life, or when the age is not known', () => {
    const baby = { ...everything(), about: ['baby'] as Concern[], babyPinkUrates: 'yes' as const };
    expect(asksPinkUrates({ ...baby, daysSinceBirthText: '1' })).toBe(false);
    expect(answers({ ...baby, daysSinceBirthText: '1' }).babyPinkUrates).toBe('unknown');
    expect(asksPinkUrates({ ...baby, daysSinceBirthText: '2' })).toBe(true);
    expect(answers({ ...baby, daysSinceBirthText: '2' }).babyPinkUrates).toBe('yes');
    expect(asksPinkUrates({ ...baby, daysSinceBirthText: '' })).toBe(true);
    expect(evaluate(answers({ ...baby, daysSinceBirthText: '' }), [], NOW).fired.map((r) => r.id)).toContain('BABY-CALL-PINK-URATES');
  });

  it('a skipped new question is never read as "no": the engine gets unknown', () => {
    const blank = newDraft('c', 3);
    for (const k of ['recentSurgery', 'woundSign', 'skinDimpledOrBruised', 'otherFluidOneSideOrLump', 'nippleBurning', 'babyPinkUrates', 'babyWeightLossOver10'] as const) {
      expect(blank[k], k).toBe('unknown');
    }
    expect(answers(skipStep(everything(), 'babyFeeding')).babyWeightLossOver10).toBe('unknown');
    expect(answers(skipStep(everything(), 'babyNappies')).babyPinkUrates).toBe('unknown');
    expect(answers(skipStep({ ...everything(), recentSurgery: 'yes', woundSign: 'yes' }, 'more')).woundSign).toBe('unknown');
  });

  it('a skipped fever screen is "not measured"', () => {
    expect(answers(skipStep(answered(), 'fever')).temperature).toBe('not-measured');
  });
});

describe('the weight from the log', () => {
  const w = (id: string, grams: number, measuredAt: string, extra: Partial<{ birth: boolean; babyId: string; deletedAt: string | null }> = {}) => ({
    id,
    babyId: 'b1',
    measuredAt,
    grams,
    birth: false,
    place: 'clinic' as const,
    deletedAt: null,
    ...extra,
  });
  const birth = w('w0', 3500, '2026-11-17T08:00:00.000Z', { birth: true });

  it('reads the latest weighing against the birth weight: more than 10% below fills in "yes"', () => {
    const log = weightFromLog([birth, w('w1', 3300, '2026-11-19T08:00:00.000Z'), w('w2', 3120, '2026-11-21T08:00:00.000Z')], 'b1', NOW);
    expect(log?.over10).toBe(true);
    expect(log?.percentFromBirth).toBeCloseTo(-10.857, 2);
    expect(newDraft('c', 4, { weight: log }).babyWeightLossOver10).toBe('yes');
  });

  it('exactly 10% below, or a newer weighing back up, fills in "no"', () => {
    expect(weightFromLog([birth, w('w1', 3150, '2026-11-21T08:00:00.000Z')], 'b1', NOW)?.over10).toBe(false);
    const back = weightFromLog([birth, w('w1', 3100, '2026-11-19T08:00:00.000Z'), w('w2', 3300, '2026-11-21T08:00:00.000Z')], 'b1', NOW);
    expect(newDraft('c', 4, { weight: back }).babyWeightLossOver10).toBe('no');
  });

  it('without a birth weight, a later weighing, or for another baby or a deleted record: nothing filled in', () => {
    expect(weightFromLog([w('w1', 3000, '2026-11-21T08:00:00.000Z')], 'b1', NOW)).toBeNull();
    expect(weightFromLog([birth], 'b1', NOW)).toBeNull();
    expect(weightFromLog([birth, w('w1', 3000, '2026-11-21T08:00:00.000Z', { babyId: 'b2' })], 'b1', NOW)).toBeNull();
    expect(weightFromLog([birth, w('w1', 3000, '2026-11-21T08:00:00.000Z', { deletedAt: '2026-11-21T09:00:00.000Z' })], 'b1', NOW)).toBeNull();
    expect(newDraft('c', 4, { weight: null }).babyWeightLossOver10).toBe('unknown');
  });

  it('weights that arrive after the check began fill in the question only while it is unanswered', () => {
    const over = { percentFromBirth: -12, over10: true };
    expect(withWeightFromLog(newDraft('c', 4), over).babyWeightLossOver10).toBe('yes');
    expect(withWeightFromLog({ ...newDraft('c', 4), babyWeightLossOver10: 'no' }, over).babyWeightLossOver10).toBe('no');
    expect(withWeightFromLog(newDraft('c', 4), null).babyWeightLossOver10).toBe('unknown');
  });
});

describe('the nappies from the log', () => {
  const H = 3_600_000;
  const n = (hoursAgo: number, kind: 'wet' | 'dirty' | 'both', extra: Partial<{ babyId: string; pinkUrates: boolean; deletedAt: string | null }> = {}) => ({
    babyId: 'b1',
    changedAt: new Date(NOW - hoursAgo * H).toISOString(),
    kind,
    pinkUrates: false,
    deletedAt: null,
    ...extra,
  });
  // Logged since yesterday morning: the whole last 24 hours are covered.
  const day = [n(30, 'wet'), n(22, 'wet'), n(19, 'both'), n(15, 'wet'), n(11, 'dirty'), n(7, 'wet'), n(3, 'wet'), n(1, 'both')];

  it('fills in the wet and dirty counts of the last 24 hours when her nappy log covers them', () => {
    const log = nappiesFromLog(day, 'b1', NOW);
    expect(log).toEqual({ counts: { wet: 6, dirty: 3 }, pinkUrates: false, dry: 'lt8' });
    const d = newDraft('c', 6, { forBaby: true, nappies: log });
    expect([d.babyWetText, d.babyDirtyText, d.babyPinkUrates]).toEqual(['6', '3', 'unknown']);
    expect(nappiesShownFromLog(d)).toEqual({ wet: true, dirty: true, urates: false, dry: true });
    // The counts reach the engine as her answers.
    expect(checkDraft(d)).toMatchObject({ ok: true, answers: { babyWetNappies24h: 6, babyDirtyNappies24h: 3 } });
  });

  it('leaves the counts for her when logging began 5 hours ago: they would undercount', () => {
    expect(nappiesFromLog([n(5, 'wet'), n(2, 'dirty'), n(1, 'wet')], 'b1', NOW)?.counts).toBeNull();
    const d = newDraft('c', 6, { forBaby: true, nappies: nappiesFromLog([n(5, 'wet')], 'b1', NOW) });
    expect([d.babyWetText, d.babyDirtyText]).toEqual(['', '']);
    expect(checkDraft(d)).toMatchObject({ ok: true, answers: { babyWetNappies24h: 'unknown', babyDirtyNappies24h: 'unknown' } });
  });

  it('fills in nothing from a log with no nappy in the last 24 hours (not logging is not a dry baby), another baby’s, or deleted ones', () => {
    expect(nappiesFromLog([n(40, 'wet'), n(30, 'wet')], 'b1', NOW)).toBeNull();
    expect(nappiesFromLog(day.map((x) => ({ ...x, babyId: 'b2' })), 'b1', NOW)).toBeNull();
    expect(nappiesFromLog([n(30, 'wet', { deletedAt: '2026-11-22T07:00:00.000Z' }), n(3, 'wet')], 'b1', NOW)?.counts).toBeNull();
  });

  it('answers pink urates "yes" when a wet nappy was logged with them, even before the log covers the day; never "no" from their absence', () => {
    const seen = nappiesFromLog([n(4, 'wet', { pinkUrates: true })], 'b1', NOW);
    expect(seen).toEqual({ counts: null, pinkUrates: true, dry: 'lt8' });
    const d = newDraft('c', 6, { forBaby: true, nappies: seen });
    expect([d.babyWetText, d.babyPinkUrates]).toEqual(['', 'yes']);
    expect(nappiesShownFromLog(d)).toEqual({ wet: false, dirty: false, urates: true, dry: true });
    expect(newDraft('c', 6, { forBaby: true, nappies: nappiesFromLog(day, 'b1', NOW) }).babyPinkUrates).toBe('unknown');
  });

  it('nappies that arrive after the check began fill in only what is unanswered, once: her answer stands, a box she empties stays empty', () => {
    const log = nappiesFromLog(day, 'b1', NOW);
    const typed = withNappiesFromLog({ ...newDraft('c', 6, { forBaby: true }), babyWetText: '4' }, log);
    expect([typed.babyWetText, typed.babyDirtyText]).toEqual(['4', '3']);
    expect(nappiesShownFromLog(typed)).toEqual({ wet: false, dirty: true, urates: false, dry: true });
    const emptied = { ...withNappiesFromLog(newDraft('c', 6, { forBaby: true }), log), babyWetText: '', babyDirtyText: '' };
    expect(withNappiesFromLog(emptied, log)).toEqual(emptied);
    expect(withNappiesFromLog(newDraft('c', 6), null)).toEqual(newDraft('c', 6));
    // Skipping the screen empties it for good.
    const skipped = skipStep(withNappiesFromLog(newDraft('c', 6, { forBaby: true }), log), 'babyNappies');
    expect(withNappiesFromLog(skipped, log).babyWetText).toBe('');
  });

  it('answers "when was the last wet nappy" from the log only when it can vouch for it', () => {
    // One logged under 8 hours ago: certain, even when logging began this morning (an unlogged one could only be later).
    expect(nappiesFromLog([n(5, 'dirty'), n(3, 'wet')], 'b1', NOW)?.dry).toBe('lt8');
    // Logged 10 hours ago, logging began 6 hours before that: a later one may be unlogged, so no answer.
    expect(nappiesFromLog([n(16, 'dirty'), n(10, 'wet')], 'b1', NOW)).toBeNull();
    // The log covers the day: 10 hours since the last wet one, or none in 24 hours.
    expect(nappiesFromLog([n(30, 'wet'), n(20, 'dirty'), n(10, 'wet'), n(2, 'dirty')], 'b1', NOW)?.dry).toBe('h8to12');
    expect(nappiesFromLog([n(30, 'wet'), n(20, 'dirty'), n(2, 'dirty')], 'b1', NOW)?.dry).toBe('gt12');
    // A pick she made stays hers when the log changes.
    const d = withNappiesFromLog(newDraft('c', 6, { forBaby: true }), nappiesFromLog(day, 'b1', NOW));
    expect([d.babyDry, nappiesShownFromLog(d).dry]).toEqual(['lt8', true]);
    const picked = withNappiesFromLog({ ...d, babyDry: 'h8to12' }, nappiesFromLog([...day, n(0.2, 'wet')], 'b1', NOW));
    expect([picked.babyDry, nappiesShownFromLog(picked).dry]).toEqual(['h8to12', false]);
  });

  it('answers still as the log gave them follow the log when a nappy is logged or deleted; an answer she changed stays hers', () => {
    const first = withNappiesFromLog(newDraft('c', 6, { forBaby: true }), nappiesFromLog(day, 'b1', NOW));
    // She changes the dirty count; then a wet nappy with pink urates is logged.
    const changed = { ...first, babyDirtyText: '2' };
    const more = withNappiesFromLog(changed, nappiesFromLog([...day, n(0.5, 'wet', { pinkUrates: true })], 'b1', NOW));
    expect([more.babyWetText, more.babyDirtyText, more.babyPinkUrates]).toEqual(['7', '2', 'yes']);
    expect(nappiesShownFromLog(more)).toEqual({ wet: true, dirty: false, urates: true, dry: true });
    // The oldest nappy is deleted: the log no longer covers the day, so its counts go, not stay behind as hers.
    const fewer = withNappiesFromLog(more, nappiesFromLog(day.slice(1), 'b1', NOW));
    expect([fewer.babyWetText, fewer.babyDirtyText, fewer.babyPinkUrates]).toEqual(['', '2', 'unknown']);
    expect(nappiesShownFromLog(fewer)).toEqual({ wet: false, dirty: false, urates: false, dry: true });
  });
});

describe('how long: quick picks', () => {
  it('each stands for a number of hours inside its range, on the right side of every threshold, up to more than a week', () => {
    let from = 0;
    for (const p of HOUR_PICKS) {
      expect(p.hours, p.id).toBeGreaterThanOrEqual(from);
      expect(p.hours, p.id).toBeLessThan(p.below);
      // A range lies wholly on one side of each threshold, and so does the number that stands for it:
      // "24 hours or more" and "more than 7 days".
      expect(from >= THRESHOLDS.notBetterHours, `${p.id} vs 24 h`).toBe(p.hours >= THRESHOLDS.notBetterHours);
      expect(from >= THRESHOLDS.persistDays * 24, `${p.id} vs 7 days`).toBe(p.hours > THRESHOLDS.persistDays * 24);
      from = p.below;
    }
    expect(HOUR_PICKS.at(-1)).toMatchObject({ id: 'gt7d' });
    expect(HOUR_PICKS.at(-1)!.hours).toBeGreaterThan(THRESHOLDS.persistDays * 24);
  });

  it('"more than a week" with redness calls for an examination, whatever the trend', () => {
    const a = answers({ ...answered(), hours: 'gt7d', trend: 'better', antibiotics: 'no' });
    expect(evaluate(a, [], NOW).fired.map((r) => r.id)).toContain('CALL-PERSISTENT');
  });

  it('an exact number of hours is used as typed', () => {
    expect(answers({ ...answered(), hours: 'exact', hoursText: '30,5' }).hoursSinceOnset).toBe(30.5);
  });

  it('antibiotics started within the picked range make the problem at least that old', () => {
    const a = answers({ ...answered(), hours: 'h12to24', antibioticHoursText: '23.5' });
    expect(a.hoursSinceOnset).toBe(23.5);
  });

  it('antibiotics started before the problem are refused on the screen that asks them', () => {
    const c = checkDraft({ ...answered(), hours: 'lt6', antibioticHoursText: '30' });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(problemsForStep(c.problems, 'more')).toEqual({ 'antibiotics.hoursSinceStart': 'antibioticsBeforeOnset' });
  });
});

describe('the baby', () => {
  it('a last wet nappy pick stands on the right side of 8 and 12 hours', () => {
    expect(DRY_PICKS.map((p) => [p.hours >= THRESHOLDS.babyDryCallHours, p.hours >= THRESHOLDS.babyDryEmergencyHours])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it('counts are whole numbers; a mistyped one is refused on its screen', () => {
    const base = { ...newDraft('c', 3), about: ['baby' as const] };
    const c = checkDraft({ ...base, babyWetText: '2.5', babyFeedsText: 'six' });
    expect(!c.ok && problemsForStep(c.problems, 'babyNappies', stepsFor(base))).toEqual({ babyWetNappies24h: 'count' });
    expect(!c.ok && problemsForStep(c.problems, 'babyFeeding', stepsFor(base))).toEqual({ babyFeeds24h: 'number' });
  });

  it('reads the feeds of the last 24 hours from the log, for this baby, never an empty log as "no feeds"', () => {
    const at = (h: number) => new Date(NOW - h * 3_600_000).toISOString();
    const s = (kind: string, h: number, babyId: string | null = null, deletedAt: string | null = null) => ({ kind, startedAt: at(h), babyId, deletedAt });
    const log = [s('nurse', 1.5), s('bottle', 5), s('pump', 0.5), s('nurse', 23), s('nurse', 25), s('nurse', 3, null, at(2)), s('nurse', 2, 'twin')];
    expect(feedsFromLog(log, null, NOW)).toEqual({ feeds24h: 4, hoursSinceFeed: 1.5 });
    expect(feedsFromLog(log, 'other', NOW)).toEqual({ feeds24h: 3, hoursSinceFeed: 1.5 });
    expect(feedsFromLog([s('pump', 1), s('nurse', 30)], null, NOW)).toBeNull();
  });
});

describe('temperature', () => {
  it('keeps the number and unit as typed (the engine converts), for her and for the baby', () => {
    expect(answers({ ...answered(), temperatureText: '101.3', temperatureUnit: 'f' }).temperature).toEqual({ value: 101.3, unit: 'f' });
    expect(answers({ ...everything(), babyTempText: '100.4', babyTempUnit: 'f' }).babyTemperature).toEqual({ value: 100.4, unit: 'f' });
  });

  it('refuses temperatures no living person has, in either unit', () => {
    for (const [text, unit] of [['50', 'c'], ['29.9', 'c'], ['38.5', 'f'], ['112', 'f']] as const) {
      const c = checkDraft({ ...answered(), temperatureText: text, temperatureUnit: unit });
      expect(c.ok, `${text} ${unit}`).toBe(false);
      if (!c.ok) expect(problemsForStep(c.problems, 'fever')).toEqual({ 'temperature.value': 'temperatureRange' });
    }
    const baby = checkDraft({ ...everything(), babyTempText: '45' });
    expect(!baby.ok && problemsForStep(baby.problems, 'babyTemp')).toEqual({ 'babyTemperature.value': 'temperatureRange' });
  });

  it('asks for a number', () => {
    const typo = checkDraft({ ...answered(), temperatureText: '38.5.1' });
    expect(!typo.ok && problemsForStep(typo.problems, 'fever')).toEqual({ 'temperature.value': 'number' });
    const empty = checkDraft({ ...answered(), temperatureText: ' ' });
    expect(!empty.ok && problemsForStep(empty.problems, 'fever')).toEqual({ 'temperature.value': 'temperatureMissing' });
  });
});

describe('problems', () => {
  it('belong to the screen shown that asked the question, with or without the "answers." of a server reply', () => {
    expect(stepOfField('answers.temperature.value')).toBe('fever');
    expect(stepOfField('confusion')).toBe('emergency');
    expect(stepOfField('babyFit')).toBe('babyEmergency');
    expect(stepOfField('lump.days')).toBe('breast');
    expect(stepOfField('hoursSinceOnset')).toBe('course');
    expect(stepOfField('daysSinceBirth', ['emergency', 'fullness'])).toBe('fullness');
    expect(stepOfField('daysSinceBirth', ['emergency', 'fullness', 'babyNappies'])).toBe('babyNappies');
    expect(stepOfField('nippleFluid', ['breast'])).toBe('breast');
    expect(stepOfField('nippleFluid', ['breast', 'nipple'])).toBe('nipple');
    expect(stepOfField('mystery', ['emergency'])).toBe('emergency');
  });

  it('map to translated messages', () => {
    expect(problemCode({ field: 'answers.temperature.value', message: 'must be a body temperature between 30 and 44 °C' })).toBe('temperatureRange');
    expect(problemCode({ field: 'babyTemperature.value', message: 'must be a body temperature between 30 and 44 °C' })).toBe('temperatureRange');
    expect(problemCode({ field: 'daysSinceBirth', message: 'must not be negative' })).toBe('amount');
    expect(problemCode({ field: 'babyDirtyNappies24h', message: 'must be a whole number' })).toBe('count');
    expect(problemCode({ field: 'pain', message: 'must be at most 10' })).toBe('invalid');
  });

  it('a negative number of days is refused on its screen', () => {
    const d = { ...answered(), about: ['fullness' as const], daysSinceBirthText: '-2' };
    const c = checkDraft(d);
    expect(!c.ok && problemsForStep(c.problems, 'fullness', stepsFor(d))).toEqual({ daysSinceBirth: 'amount' });
  });
});

describe('days since birth', () => {
  const now = new Date(2026, 10, 23, 22, 30).getTime();
  it('counts calendar days in the local time zone', () => {
    expect(daysSinceBirth('2026-11-23', now)).toBe(0);
    expect(daysSinceBirth('2026-11-20', now)).toBe(3);
    expect(daysSinceBirth('2025-11-23', now)).toBe(365);
  });

  it('is unknown without a date, for a bad one, or for one in the future', () => {
    expect(daysSinceBirth(null, now)).toBeNull();
    expect(daysSinceBirth('23/11/2026', now)).toBeNull();
    expect(daysSinceBirth('2026-11-24', now)).toBeNull();
  });
});

describe('the clock-face drawing', () => {
  it('puts 12 at the top, 3 on the right, 6 at the bottom, 9 on the left', () => {
    const round = (p: { left: number; top: number }) => ({ left: Math.round(p.left), top: Math.round(p.top) });
    expect(round(clockPosition(12, 35))).toEqual({ left: 50, top: 15 });
    expect(round(clockPosition(3, 35))).toEqual({ left: 85, top: 50 });
    expect(round(clockPosition(6, 35))).toEqual({ left: 50, top: 85 });
    expect(round(clockPosition(9, 35))).toEqual({ left: 15, top: 50 });
  });
});

describe('display helpers', () => {
  it('show the text in the language, falling back to English', () => {
    expect(localized({ en: 'Hello', es: 'Hola' }, 'es')).toBe('Hola');
    expect(localized({ en: 'Hello', es: '' }, 'es')).toBe('Hello');
  });

  it('show when a check was made in the given time zone', () => {
    expect(checkedAtText('2026-11-23T23:15:00Z', 'en', 'America/New_York')).toMatch(/^Nov 23, 2026, 6:15\sPM$/);
    expect(checkedAtText('not a time', 'en')).toBe('not a time');
  });

  it('take the top reason from the most serious rule', () => {
    const fired = [
      { id: 'A', level: 'urgent' as const, who: 'parent' as const, own: false, reason: { en: 'first', es: 'primera' }, citations: [] },
      { id: 'B', level: 'watch' as const, who: 'parent' as const, own: false, reason: { en: 'second', es: 'segunda' }, citations: [] },
    ];
    expect(topReason({ fired }, 'es')).toBe('primera');
    expect(topReason({ fired: [] }, 'en')).toBeNull();
  });
});

describe('the household a check is for', () => {
  it('is the one it was begun for, even after the app switched to another (that one no longer shared with her)', () => {
    expect(checkHousehold('theirs', 'mine')).toBe('theirs');
  });
  it('is the one in use until she has answered anything', () => {
    expect(checkHousehold(null, 'mine')).toBe('mine');
    expect(checkHousehold(null, null)).toBeNull();
  });
});

describe('checkForOther', () => {
  const households = [{ id: 'shared', name: 'Ana' }, { id: 'own', name: 'Mine' }];
  it('names the household a check was begun for when she has since chosen another one herself', () => {
    expect(checkForOther('shared', 'own', households)).toEqual({ id: 'shared', name: 'Ana' });
  });
  it('says nothing for the household in use, before the first answer, or when the one it was for is gone', () => {
    expect(checkForOther('own', 'own', households)).toBeNull();
    expect(checkForOther(null, 'own', households)).toBeNull();
    expect(checkForOther('revoked', 'own', households)).toBeNull();
  });
});
