/** How the insights screens write dates, hours, volumes and other numbers, in her language and units. */
import { formatVolume, roundVolume, type VolumeUnit } from '../../src/domain/units.js';
import { dateFormat } from '../format.js';

function dateOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** "11/23" (en-US) or "23/11" (en-GB, es): for axes. */
export const axisDate = (date: string, lang: string): string => dateFormat(lang, { day: 'numeric', month: 'numeric' }).format(dateOf(date));

/** "Mon, Nov 23" / "lun, 23 nov": for tables and lists. */
export const shortDate = (date: string, lang: string): string =>
  dateFormat(lang, { weekday: 'short', day: 'numeric', month: 'short' }).format(dateOf(date));

/** "7:00" style hour labels, the same in both languages. */
export const hourLabel = (hour: number): string => `${hour}:00`;

export const volume = (ml: number, unit: VolumeUnit, lang: string): string => formatVolume(ml, unit, lang);

/** A volume as a number in her unit (for plots). */
export const volumeValue = (ml: number, unit: VolumeUnit): number => roundVolume(ml, unit);

export function decimal(x: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

export const whole = (x: number, lang: string): string => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(x);
