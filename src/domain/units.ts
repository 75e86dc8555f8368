/** The one place where units are converted and formatted. Stored values are always mL and °C. */

export type VolumeUnit = 'ml' | 'floz';
export type TemperatureUnit = 'c' | 'f';

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
