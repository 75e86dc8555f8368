/** Ids of the massage routines in the library. Triage results and logged sessions refer to these. */
export const ROUTINE_IDS = [
  'let-down',
  'hands-on-pumping',
  'hand-expression',
  'reverse-pressure-softening',
  'lymphatic-drainage',
  'inflammation-care',
  'massager',
] as const;

export type RoutineId = (typeof ROUTINE_IDS)[number];

export function isRoutineId(s: string): s is RoutineId {
  return (ROUTINE_IDS as readonly string[]).includes(s);
}
