import { describe, expect, it } from 'vitest';
import { THRESHOLDS, UNKNOWN_ANSWERS, validateAnswers } from '../../src/domain/triage/index.js';
import { checkedAtText, localized, topReason } from './check-format.js';
import {
  alreadyUrgent,
  checkDraft,
  clockPosition,
  daysSinceBirth,
  draftToInput,
  HOUR_PICKS,
  newDraft,
  problemCode,
  problemsForStep,
  skipStep,
  stepOfField,
  STEPS,
  type CheckDraft,
} from './check-wizard.js';

/** Every question answered with something other than "unknown". */
function answered(): CheckDraft {
  return {
    ...newDraft('c', 3),
    feelingVeryUnwell: 'no',
    fastHeartOrBreathing: 'no',
    confusion: 'no',
    fainting: 'no',
    rigors: 'no',
    vomitingPreventsMedicine: 'no',
    side: 'left',
    where: 2,
    lump: 'medium',
    lumpDays: '2',
    lumpSameSpot: 'no',
    redness: 'small',
    spreading: 'no',
    streaks: 'no',
    pain: 4,
    temperatureMode: 'value',
    temperatureText: '37,2',
    fluLike: 'no',
    hours: 'h12to24',
    trend: 'same',
    pusOrBlood: 'no',
    nippleDamage: 'none',
    areolaTooSwollenToLatch: 'no',
    babyFeeding: 'well',
    bothBreastsFullFirm: 'no',
    possibleAbscess: 'no',
    skinBreakdown: 'no',
    diabetesOrWeakImmunity: 'no',
    antibiotics: 'yes',
    antibioticHoursText: '10',
  };
}

function answers(d: CheckDraft) {
  const c = checkDraft(d);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.answers;
}

describe('the symptom-check draft', () => {
  it('starts with every question unanswered, which the engine reads as unknown', () => {
    expect(answers(newDraft('c', null))).toEqual({ ...UNKNOWN_ANSWERS, daysSinceBirth: 'unknown' });
  });

  it('prefills the days since birth and the temperature unit', () => {
    const d = newDraft('f', 4);
    expect(d.daysSinceBirthText).toBe('4');
    expect(d.temperatureUnit).toBe('f');
    expect(answers(d).daysSinceBirth).toBe(4);
  });

  it('turns a fully answered draft into valid answers', () => {
    const a = answers(answered());
    expect(a.lump).toEqual({ present: 'yes', size: 'medium', days: 2, sameSpotBefore: 'no' });
    expect(a.redness).toEqual({ present: 'yes', area: 'small', spreading: 'no', streaks: 'no' });
    expect(a.temperature).toEqual({ value: 37.2, unit: 'c' });
    expect(a.antibiotics).toEqual({ taking: 'yes', hoursSinceStart: 10 });
    expect(a.where).toBe(2);
  });

  it('sends no follow-up details for "no" answers', () => {
    const { input } = draftToInput({ ...answered(), lump: 'no', redness: 'no', antibiotics: 'no' });
    expect(input.lump).toEqual({ present: 'no' });
    expect(input.redness).toEqual({ present: 'no' });
    expect(input.antibiotics).toEqual({ taking: 'no' });
    expect(validateAnswers(input).ok).toBe(true);
  });

  it('reads "yes, not sure how big" as a lump of unknown size', () => {
    expect(answers({ ...answered(), lump: 'yes-unsure' }).lump).toMatchObject({ present: 'yes', size: 'unknown' });
  });

  it('skipping a step puts exactly that step back to unknown', () => {
    const blank = newDraft('c', 3);
    for (const step of STEPS) {
      const skipped = skipStep(answered(), step);
      const changed = (Object.keys(blank) as (keyof CheckDraft)[]).filter((k) => skipped[k] !== answered()[k]);
      expect(changed.length, step).toBeGreaterThan(0);
      for (const k of changed) expect(skipped[k], `${step}.${k}`).toEqual(blank[k]);
    }
  });

  it('a skipped temperature is "not measured"', () => {
    expect(answers(skipStep(answered(), 'temperature')).temperature).toBe('not-measured');
  });
});

describe('how long: quick picks', () => {
  it('each stands for a number of hours inside its range, on the right side of every threshold', () => {
    let from = 0;
    for (const p of HOUR_PICKS) {
      expect(p.hours, p.id).toBeGreaterThanOrEqual(from);
      expect(p.hours, p.id).toBeLessThan(p.below);
      for (const t of [THRESHOLDS.notBetterHours]) {
        // A range lies wholly on one side of each threshold, and so does the number that stands for it.
        expect(from >= t, `${p.id} vs ${t}`).toBe(p.hours >= t);
      }
      from = p.below;
    }
  });

  it('an exact number of hours is used as typed', () => {
    expect(answers({ ...answered(), hours: 'exact', hoursText: '30,5' }).hoursSinceOnset).toBe(30.5);
  });

  it('antibiotics started within the picked range make the problem at least that old', () => {
    const a = answers({ ...answered(), hours: 'h12to24', antibioticHoursText: '23.5' });
    expect(a.hoursSinceOnset).toBe(23.5);
  });

  it('antibiotics started before the problem are refused at the antibiotics step', () => {
    const c = checkDraft({ ...answered(), hours: 'lt6', antibioticHoursText: '30' });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(problemsForStep(c.problems, 'antibiotics')).toEqual({ 'antibiotics.hoursSinceStart': 'antibioticsBeforeOnset' });
  });
});

describe('temperature', () => {
  it('keeps the number and unit as typed (the engine converts)', () => {
    expect(answers({ ...answered(), temperatureText: '101.3', temperatureUnit: 'f' }).temperature).toEqual({ value: 101.3, unit: 'f' });
  });

  it('refuses temperatures no living person has, in either unit', () => {
    for (const [text, unit] of [['50', 'c'], ['29.9', 'c'], ['38.5', 'f'], ['112', 'f']] as const) {
      const c = checkDraft({ ...answered(), temperatureText: text, temperatureUnit: unit });
      expect(c.ok, `${text} ${unit}`).toBe(false);
      if (!c.ok) expect(problemsForStep(c.problems, 'temperature')).toEqual({ 'temperature.value': 'temperatureRange' });
    }
  });

  it('asks for a number, or "not measured"', () => {
    const typo = checkDraft({ ...answered(), temperatureText: '38.5.1' });
    expect(!typo.ok && problemsForStep(typo.problems, 'temperature')).toEqual({ 'temperature.value': 'number' });
    const empty = checkDraft({ ...answered(), temperatureText: ' ' });
    expect(!empty.ok && problemsForStep(empty.problems, 'temperature')).toEqual({ 'temperature.value': 'temperatureMissing' });
  });
});

describe('problems', () => {
  it('belong to the step that asked the question, with or without the "answers." of a server reply', () => {
    expect(stepOfField('answers.temperature.value')).toBe('temperature');
    expect(stepOfField('confusion')).toBe('emergency');
    expect(stepOfField('lump.days')).toBe('lump');
    expect(stepOfField('daysSinceBirth')).toBe('fullness');
    expect(stepOfField('hoursSinceOnset')).toBe('duration');
  });

  it('map to translated messages', () => {
    expect(problemCode({ field: 'answers.temperature.value', message: 'must be a body temperature between 30 and 44 °C' })).toBe('temperatureRange');
    expect(problemCode({ field: 'lump.days', message: 'must not be negative' })).toBe('amount');
    expect(problemCode({ field: 'pain', message: 'must be at most 10' })).toBe('invalid');
  });

  it('a negative number of days is refused at its step', () => {
    const c = checkDraft({ ...answered(), lumpDays: '-2' });
    expect(!c.ok && problemsForStep(c.problems, 'lump')).toEqual({ 'lump.days': 'amount' });
  });
});

describe('the emergency shortcut', () => {
  it('is offered when the engine already says seek care now', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(alreadyUrgent({ ...newDraft('c', null), confusion: 'yes' }, now)).toBe(true);
    expect(alreadyUrgent({ ...newDraft('c', null), rigors: 'yes' }, now)).toBe(true);
    expect(alreadyUrgent(newDraft('c', null), now)).toBe(false);
  });

  it('is not offered for an answer the engine rates lower', () => {
    expect(alreadyUrgent({ ...newDraft('c', null), feelingVeryUnwell: 'yes' }, Date.parse('2026-11-23T12:00:00Z'))).toBe(false);
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
