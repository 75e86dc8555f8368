/** The one place where units are converted and formatted. Stored values are always mL and °C. */

export const VOLUME_UNITS = ['ml', 'floz'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];
export type TemperatureUnit = 'c' | 'f';

/** A baby's weight is shown in kilograms, or in pounds and ounces: her choice, apart from the volume unit. */
export const WEIGHT_UNITS = ['kg', 'lb'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

/** One US customary fluid ounce in millilitres. */
export const ML_PER_US_FL_OZ = 29.5735295625;

export function mlToFlOz(ml: number): number {
  return ml / ML_PER_US_FL_OZ;
}

export function flOzToMl(floz: number): number {
  return floz * ML_PER_US_FL_OZ;
}

export function toMl(value: number, unit: VolumeUnit): number {
  return unit === 'ml' ? value : flOzToMl(value);
}

export function fromMl(ml: number, unit: VolumeUnit): number {
  return unit === 'ml' ? ml : mlToFlOz(ml);
}

export function cToF(c: number): number {
  return (c * 9) / 5 + 32;
}

export function fToC(f: number): number {
  return ((f - 32) * 5) / 9;
}

export function toCelsius(value: number, unit: TemperatureUnit): number {
  return unit === 'c' ? value : fToC(value);
}

export function fromCelsius(c: number, unit: TemperatureUnit): number {
  return unit === 'c' ? c : cToF(c);
}

/** Rounds a volume for display: whole mL, or fl oz to one decimal. */
export function roundVolume(ml: number, unit: VolumeUnit): number {
  const v = fromMl(ml, unit);
  return unit === 'ml' ? Math.round(v) : Math.round(v * 10) / 10;
}

/**
 * The total of volumes shown beside it ("103 mL · L 59 mL · R 44 mL"), in mL: the sum of the parts
 * as rounded for display, so the figures on screen add up (59.1 + 44.4 mL is shown as 103, not 104).
 */
export function shownTotalMl(parts: readonly number[], unit: VolumeUnit): number {
  return toMl(parts.reduce((sum, ml) => sum + roundVolume(ml, unit), 0), unit);
}

/** The unit's symbol, the same in every language: "mL" or "fl oz". */
export function unitSymbol(unit: VolumeUnit): string {
  return unit === 'ml' ? 'mL' : 'fl oz';
}

/** The other volume unit, for saying a value in both. */
export function otherUnit(unit: VolumeUnit): VolumeUnit {
  return unit === 'ml' ? 'floz' : 'ml';
}

export function formatVolume(ml: number, unit: VolumeUnit, locale = 'en'): string {
  const v = roundVolume(ml, unit);
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'ml' ? 0 : 1 }).format(v);
  return `${n} ${unitSymbol(unit)}`;
}

export function formatTemperature(c: number, unit: TemperatureUnit, locale = 'en'): string {
  const v = fromCelsius(c, unit);
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v);
  return unit === 'c' ? `${n} °C` : `${n} °F`;
}

/**
 * A duration as people say it, rounded to the minute: none at all, under a minute (never "0 min"
 * for something that happened), whole minutes ("7 min"), or hours and minutes ("2 h 15 min", "2 h").
 */
export type SpokenDuration = { kind: 'none' } | { kind: 'under-minute' } | { kind: 'minutes'; m: number } | { kind: 'hours'; h: number; m: number };

export function spokenDuration(seconds: number): SpokenDuration {
  if (!(seconds > 0)) return { kind: 'none' };
  if (seconds < 60) return { kind: 'under-minute' };
  const total = Math.round(seconds / 60);
  return total < 60 ? { kind: 'minutes', m: total } : { kind: 'hours', h: Math.floor(total / 60), m: total % 60 };
}

/** "1:05:09" or "5:09" for a number of seconds (negative treated as 0). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** The international avoirdupois pound in grams (exact), and its sixteenth, the ounce. */
export const GRAMS_PER_POUND = 453.59237;
export const GRAMS_PER_OUNCE = GRAMS_PER_POUND / 16;

/**
 * The weight unit that usually goes with a volume unit (mL with kilograms, US fl oz with pounds and
 * ounces): what she starts with until she chooses, and what accounts from before the choice keep.
 */
export function weightUnitFor(volume: VolumeUnit): WeightUnit {
  return volume === 'floz' ? 'lb' : 'kg';
}

/** Whole pounds and ounces to one decimal (16.0 oz carries into the pounds). */
export function gramsToLbOz(grams: number): { lb: number; oz: number } {
  const tenthsOfOz = Math.round((Math.max(0, grams) / GRAMS_PER_OUNCE) * 10);
  return { lb: Math.floor(tenthsOfOz / 160), oz: (tenthsOfOz % 160) / 10 };
}

export function lbOzToGrams(lb: number, oz: number): number {
  return lb * GRAMS_PER_POUND + oz * GRAMS_PER_OUNCE;
}

/** "3.45 kg" (to the gram, trailing zeros dropped) or "7 lb 9.7 oz". */
export function formatWeight(grams: number, unit: WeightUnit, locale = 'en'): string {
  if (unit === 'kg') {
    const kg = Math.round(grams) / 1000;
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(kg)} kg`;
  }
  const { lb, oz } = gramsToLbOz(grams);
  return `${lb} lb ${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(oz)} oz`;
}

/** A change in percent, signed, to one decimal, with a true minus sign: "−6.0%", "+2.9%", "−6,0 %". */
export function formatPercentChange(percent: number, locale = 'en'): string {
  const s = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent / 100);
  return s.replace('-', '\u2212');
}
