import { describe, expect, it } from 'vitest';
import { UNKNOWN_ANSWERS, withUnknowns } from './types.js';
import { readSavedAnswers, validateAnswers } from './validate.js';

/** The fields named by the problems of an input that must be rejected. */
function badFields(input: unknown): string[] {
  const v = validateAnswers(input);
  if (v.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  for (const p of v.problems) expect(p.message).not.toBe('');
  return v.problems.map((p) => p.field);
}

function accepted(input: unknown) {
  const v = validateAnswers(input);
  if (!v.ok) throw new Error(`expected acceptance, got ${JSON.stringify(v.problems)}`);
  return v.answers;
}

describe('validateAnswers', () => {
  it('reads an empty object as every question skipped', () => {
    expect(accepted({})).toEqual(UNKNOWN_ANSWERS);
  });

  it('reads null as a skipped answer', () => {
    expect(accepted({ pain: null, lump: null, temperature: null, side: null })).toEqual(UNKNOWN_ANSWERS);
  });

  it('accepts explicit unknowns', () => {
    expect(
      accepted({
        pain: 'unknown',
        hoursSinceOnset: 'unknown',
        where: 'unknown',
        temperature: 'unknown',
        lump: { present: 'unknown' },
        antibiotics: { taking: 'unknown' },
      }),
    ).toEqual(UNKNOWN_ANSWERS);
  });

  it('keeps valid answers as given', () => {
    const input = withUnknowns({
      side: 'both',
      where: 12,
      lump: { present: 'yes', size: 'medium', days: 3, sameSpotBefore: 'no' },
      redness: { present: 'yes', area: 'large', spreading: 'no', streaks: 'unknown' },
      pain: 10,
      temperature: { value: 100.1, unit: 'f' },
      hoursSinceOnset: 30,
      antibiotics: { taking: 'yes', hoursSinceStart: 30 },
      babyFeeding: 'not-at-all',
      nippleDamage: 'infected',
    });
    expect(accepted(input)).toEqual(input);
    expect(accepted({ where: 'areola', antibiotics: { taking: 'no' }, redness: { present: 'no' } })).toMatchObject({
      where: 'areola',
      antibiotics: { taking: 'no' },
    });
  });

  it('fills the parts of a present lump, redness or antibiotics that were skipped', () => {
    const a = accepted({ lump: { present: 'yes' }, redness: { present: 'yes' }, antibiotics: { taking: 'yes' } });
    expect(a.lump).toEqual({ present: 'yes', size: 'unknown', days: 'unknown', sameSpotBefore: 'unknown' });
    expect(a.redness).toEqual({ present: 'yes', area: 'unknown', spreading: 'unknown', streaks: 'unknown' });
    expect(a.antibiotics).toEqual({ taking: 'yes', hoursSinceStart: 'unknown' });
  });

  it('rejects input that is not an object', () => {
    expect(badFields(null)).toEqual(['answers']);
    expect(badFields([1])).toEqual(['answers']);
    expect(badFields('yes')).toEqual(['answers']);
  });

  it('rejects unknown fields by name (a typo must not become a skipped answer)', () => {
    expect(badFields({ confussion: 'yes' })).toEqual(['confussion']);
  });

  it('rejects values outside an enum', () => {
    expect(badFields({ side: 'middle' })).toEqual(['side']);
    expect(badFields({ trend: 'meh' })).toEqual(['trend']);
    expect(badFields({ confusion: true })).toEqual(['confusion']);
    expect(badFields({ babyFeeding: 'sometimes' })).toEqual(['babyFeeding']);
    expect(badFields({ nippleDamage: 'bleeding' })).toEqual(['nippleDamage']);
  });

  it('rejects pain outside 0–10 or not a whole number', () => {
    expect(badFields({ pain: 11 })).toEqual(['pain']);
    expect(badFields({ pain: -1 })).toEqual(['pain']);
    expect(badFields({ pain: 4.5 })).toEqual(['pain']);
    expect(badFields({ pain: 'high' })).toEqual(['pain']);
    expect(accepted({ pain: 0 }).pain).toBe(0);
  });

  it('rejects negative or non-finite hours and days', () => {
    expect(badFields({ hoursSinceOnset: -0.5 })).toEqual(['hoursSinceOnset']);
    expect(badFields({ hoursSinceOnset: Number.POSITIVE_INFINITY })).toEqual(['hoursSinceOnset']);
    expect(badFields({ hoursSinceOnset: Number.NaN })).toEqual(['hoursSinceOnset']);
    expect(badFields({ daysSinceBirth: -1 })).toEqual(['daysSinceBirth']);
    expect(badFields({ lump: { present: 'yes', days: -2 } })).toEqual(['lump.days']);
    expect(badFields({ antibiotics: { taking: 'yes', hoursSinceStart: -3 } })).toEqual(['antibiotics.hoursSinceStart']);
  });

  it('rejects a clock position that is not 1–12', () => {
    expect(badFields({ where: 0 })).toEqual(['where']);
    expect(badFields({ where: 13 })).toEqual(['where']);
    expect(badFields({ where: 2.5 })).toEqual(['where']);
    expect(badFields({ where: 'top' })).toEqual(['where']);
    expect(accepted({ where: 1 }).where).toBe(1);
  });

  it('rejects malformed lump and redness answers', () => {
    expect(badFields({ lump: 'yes' })).toEqual(['lump']);
    expect(badFields({ lump: { present: 'maybe' } })).toEqual(['lump.present']);
    expect(badFields({ lump: { present: 'no', size: 'small' } })).toEqual(['lump.size']);
    expect(badFields({ lump: { present: 'yes', colour: 'blue' } })).toEqual(['lump.colour']);
    expect(badFields({ lump: { present: 'yes', size: 'huge' } })).toEqual(['lump.size']);
    expect(badFields({ redness: { present: 'yes', spreading: 'fast' } })).toEqual(['redness.spreading']);
    expect(badFields({ redness: { present: 'no', streaks: 'yes' } })).toEqual(['redness.streaks']);
    expect(badFields({ redness: { present: 'yes', shade: 'pink' } })).toEqual(['redness.shade']);
  });

  it('rejects body temperatures below 30 °C or above 44 °C, in either unit', () => {
    expect(badFields({ temperature: { value: 29.9, unit: 'c' } })).toEqual(['temperature.value']);
    expect(badFields({ temperature: { value: 44.1, unit: 'c' } })).toEqual(['temperature.value']);
    expect(badFields({ temperature: { value: 85.9, unit: 'f' } })).toEqual(['temperature.value']);
    expect(badFields({ temperature: { value: 111.3, unit: 'f' } })).toEqual(['temperature.value']);
    // 38.5 typed with the wrong unit is not a body temperature.
    expect(badFields({ temperature: { value: 38.5, unit: 'f' } })).toEqual(['temperature.value']);
    for (const t of [
      { value: 30, unit: 'c' },
      { value: 44, unit: 'c' },
      { value: 86, unit: 'f' },
      { value: 111.2, unit: 'f' },
    ]) {
      expect(accepted({ temperature: t }).temperature).toEqual(t);
    }
  });

  it('rejects malformed temperatures', () => {
    expect(badFields({ temperature: 'hot' })).toEqual(['temperature']);
    expect(badFields({ temperature: { value: '38', unit: 'c' } })).toEqual(['temperature.value']);
    expect(badFields({ temperature: { value: 38 } })).toEqual(['temperature.unit']);
    expect(badFields({ temperature: { value: 38, unit: 'k' } })).toEqual(['temperature.unit']);
    expect(badFields({ temperature: { value: 38, unit: 'c', site: 'ear' } })).toEqual(['temperature.site']);
  });

  it('rejects antibiotics started before the problem did', () => {
    expect(badFields({ hoursSinceOnset: 20, antibiotics: { taking: 'yes', hoursSinceStart: 30 } })).toEqual([
      'antibiotics.hoursSinceStart',
    ]);
    expect(accepted({ hoursSinceOnset: 30, antibiotics: { taking: 'yes', hoursSinceStart: 30 } }).antibiotics).toEqual({
      taking: 'yes',
      hoursSinceStart: 30,
    });
    expect(accepted({ antibiotics: { taking: 'yes', hoursSinceStart: 30 } }).hoursSinceOnset).toBe('unknown');
  });

  it('rejects antibiotic details when not taking them, and malformed antibiotics', () => {
    expect(badFields({ antibiotics: { taking: 'no', hoursSinceStart: 3 } })).toEqual(['antibiotics.hoursSinceStart']);
    expect(badFields({ antibiotics: { taking: 'yes', drug: 'x' } })).toEqual(['antibiotics.drug']);
    expect(badFields({ antibiotics: 'yes' })).toEqual(['antibiotics']);
  });

  it('reports every problem at once', () => {
    expect(badFields({ pain: 12, side: 'up', temperature: { value: 50, unit: 'c' }, extra: 1 }).sort()).toEqual(
      ['extra', 'pain', 'side', 'temperature.value'].sort(),
    );
  });

  it('reads what the check is about as a list in a fixed order; none, or skipped, is unknown', () => {
    expect(accepted({ about: ['baby', 'breast', 'baby'] }).about).toEqual(['breast', 'baby']);
    expect(accepted({ about: [] }).about).toBe('unknown');
    expect(accepted({ about: 'unknown' }).about).toBe('unknown');
    expect(badFields({ about: ['elbow'] })).toEqual(['about']);
    expect(badFields({ about: 'breast' })).toEqual(['about']);
  });

  it('reads the new questions of the second rules version', () => {
    const input = withUnknowns({
      painReliefHelps: 'not-tried',
      recurrentSameSpot: 'yes',
      nippleDamage: 'sore',
      nippleFluid: 'blood-from-crack',
      antibiotics: { taking: 'finished' },
      babyTemperature: { value: 100.4, unit: 'f' },
      babyFeeds24h: 7,
      babyHoursSinceFeed: 2.5,
      babyWetNappies24h: 0,
      babyHoursSinceWet: 9,
      babyYellow: 'yes',
    });
    expect(accepted(input)).toEqual(input);
    expect(badFields({ nippleFluid: 'milk' })).toEqual(['nippleFluid']);
    expect(badFields({ painReliefHelps: 'maybe' })).toEqual(['painReliefHelps']);
    expect(badFields({ babyFeeds24h: 2.5, babyWetNappies24h: 49, babyDirtyNappies24h: -1 }).sort()).toEqual(
      ['babyDirtyNappies24h', 'babyFeeds24h', 'babyWetNappies24h'],
    );
    expect(badFields({ babyTemperature: { value: 50, unit: 'c' } })).toEqual(['babyTemperature.value']);
    expect(badFields({ babyTemperature: { value: 'warm', unit: 'c' } })).toEqual(['babyTemperature.value']);
    expect(badFields({ antibiotics: { taking: 'finished', hoursSinceStart: 3 } })).toEqual(['antibiotics.hoursSinceStart']);
  });

  it('reads the questions of rules 2026-12-03.3 (wound, skin, other fluid, burning, urates, weight), each refused by name', () => {
    const input = withUnknowns({
      recentSurgery: 'yes',
      woundSign: 'yes',
      skinDimpledOrBruised: 'no',
      nippleFluid: 'other',
      otherFluidOneSideOrLump: 'no',
      nippleBurning: 'yes',
      babyPinkUrates: 'yes',
      babyWeightLossOver10: 'no',
    });
    expect(accepted(input)).toEqual(input);
    // Older answers without them read as skipped.
    expect(accepted({ nippleFluid: 'none' })).toMatchObject({ woundSign: 'unknown', nippleBurning: 'unknown', babyWeightLossOver10: 'unknown' });
    const fields = ['recentSurgery', 'woundSign', 'skinDimpledOrBruised', 'otherFluidOneSideOrLump', 'nippleBurning', 'babyPinkUrates', 'babyWeightLossOver10'];
    for (const f of fields) expect(badFields({ [f]: 'maybe' })).toEqual([f]);
    expect(badFields({ woundSign: true, babyWeightLossOver10: 12 }).sort()).toEqual(['babyWeightLossOver10', 'woundSign']);
    expect(badFields({ nippleFluid: 'discharge' })).toEqual(['nippleFluid']);
  });

  it('reads the combined questions of the first rules version into the ones that replaced them, never more reassuringly', () => {
    expect(accepted({ diabetesOrWeakImmunity: 'yes' })).toMatchObject({ diabetes: 'yes', weakImmunity: 'unknown' });
    expect(accepted({ diabetesOrWeakImmunity: 'no' })).toMatchObject({ diabetes: 'no', weakImmunity: 'no' });
    expect(accepted({ diabetesOrWeakImmunity: 'unknown' })).toMatchObject({ diabetes: 'unknown', weakImmunity: 'unknown' });
    expect(accepted({ fastHeartOrBreathing: 'yes' })).toMatchObject({ fastHeartbeat: 'yes', breathless: 'unknown' });
    expect(accepted({ fastHeartOrBreathing: 'no' })).toMatchObject({ fastHeartbeat: 'no', breathless: 'no' });
    expect(accepted({ pusOrBlood: 'yes' }).nippleFluid).toBe('pus');
    expect(accepted({ pusOrBlood: 'no' }).nippleFluid).toBe('none');
    // The new questions, when given, win.
    expect(accepted({ diabetesOrWeakImmunity: 'yes', weakImmunity: 'no' })).toMatchObject({ diabetes: 'unknown', weakImmunity: 'no' });
    expect(accepted({ pusOrBlood: 'yes', nippleFluid: 'none' }).nippleFluid).toBe('none');
    expect(accepted({ fastHeartOrBreathing: 'yes', breathless: 'no' })).toMatchObject({ fastHeartbeat: 'unknown', breathless: 'no' });
    expect(badFields({ pusOrBlood: 'lots' })).toEqual(['pusOrBlood']);
    // None of the old names is kept in the answers read.
    expect(Object.keys(accepted({ pusOrBlood: 'no' }))).not.toContain('pusOrBlood');
  });

  it('reads saved answers of any version, and a record that no longer reads as every question skipped', () => {
    expect(readSavedAnswers({ lump: { present: 'yes', size: 'small', days: 2, sameSpotBefore: 'no' }, diabetesOrWeakImmunity: 'no' })).toMatchObject({
      lump: { present: 'yes', days: 2 },
      diabetes: 'no',
    });
    expect(readSavedAnswers('garbage')).toEqual(UNKNOWN_ANSWERS);
    expect(readSavedAnswers({ pain: 99 })).toEqual(UNKNOWN_ANSWERS);
  });
});
