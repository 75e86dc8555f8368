/** A baby's age as people say it: days for the first two weeks, then weeks to three months, then months. */
import { isCalendarDate } from '../time.js';

export type Age = { unit: 'days' | 'weeks' | 'months'; n: number };

export function babyAge(birthDate: string, today: string): Age | null {
  if (!isCalendarDate(birthDate) || !isCalendarDate(today) || today < birthDate) return null;
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${birthDate}T00:00:00Z`)) / 86_400_000);
  if (days < 14) return { unit: 'days', n: days };
  if (days < 91) return { unit: 'weeks', n: Math.floor(days / 7) };
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return { unit: 'months', n: (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0) };
}
