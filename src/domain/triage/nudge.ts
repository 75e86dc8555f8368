/**
 * Whether the app's massage nudges ("Massage first?" on home, one-tap hands-on pumping on the pump
 * form) should hold back after a symptom check. For 72 hours after a check whose result avoids a
 * routine, or avoids extra milk removal, those routines are hidden and the screen says why; a newer
 * check decides afresh (one that avoids nothing clears it). Pure: the time comes in as an argument.
 * Any screen that offers a routine as a nudge asks `nudgeHides` before showing it.
 */
import type { RoutineId } from '../routine-ids.js';
import { ROUTINE_DEFS } from '../routines/definitions.js';

/** How long a check's "avoid" holds for the nudges (the 72 hours; a newer check wins sooner). */
export const NUDGE_HOURS = 72;

/** What the nudges need of a check, whichever rules version saved it. */
export interface CheckForNudge {
  id: string;
  checkedAt: string;
  result: { avoidRoutines: readonly RoutineId[]; avoid: readonly { id: string }[] };
}

export interface Nudge {
  /** The check that says so, to link to. */
  checkId: string;
  checkedAt: string;
  /** When the nudges come back (ms), unless a newer check decides sooner. */
  untilMs: number;
  hiddenRoutines: readonly RoutineId[];
  /** The result avoids extra pumping or feeds: routines that remove extra milk are hidden too. */
  noExtraRemoval: boolean;
}

/** Routines that remove extra milk (hands-on pumping), from their definitions. */
const EXTRA_REMOVAL: readonly RoutineId[] = ROUTINE_DEFS.filter((d) => d.techniques.includes('extra-removal')).map((d) => d.id);

/** The hold the latest check puts on the nudges, or null when there is none. */
export function checkNudge(checks: readonly CheckForNudge[], nowMs: number): Nudge | null {
  let latest: CheckForNudge | null = null;
  for (const c of checks) if (!latest || Date.parse(c.checkedAt) > Date.parse(latest.checkedAt)) latest = c;
  if (!latest) return null;
  const untilMs = Date.parse(latest.checkedAt) + NUDGE_HOURS * 3_600_000;
  if (!(nowMs < untilMs)) return null;
  const noExtraRemoval = latest.result.avoid.some((a) => a.id === 'extra-pumping');
  if (latest.result.avoidRoutines.length === 0 && !noExtraRemoval) return null;
  return { checkId: latest.id, checkedAt: latest.checkedAt, untilMs, hiddenRoutines: latest.result.avoidRoutines, noExtraRemoval };
}

/** Whether a nudge for this routine is held back. */
export function nudgeHides(nudge: Nudge | null, id: RoutineId): boolean {
  return nudge !== null && (nudge.hiddenRoutines.includes(id) || (nudge.noExtraRemoval && EXTRA_REMOVAL.includes(id)));
}
