/**
 * Values that are allowed but unusual enough to be a slip of the thumb (a bottle of 3 mL meant as
 * 3 fl oz, 30 fl oz meant as 30 mL, a timer left running all night). The form asks once, in words,
 * before saving them. These thresholds are Lactea's own: they catch typing and unit mistakes and say
 * nothing about her body or her baby.
 */
import { LIMITS } from './limits.js';
import type { SessionInput, Side } from './session.js';
import { instantMs } from './time.js';
import { otherUnit, roundVolume, toMl, type VolumeUnit } from './units.js';

export type Doubt =
  | { kind: 'small-bottle'; field: 'volumeMl'; ml: number }
  | { kind: 'large-bottle'; field: 'volumeMl'; ml: number }
  | { kind: 'large-side'; field: 'leftMl' | 'rightMl'; side: Side; ml: number }
  | { kind: 'long-feed'; field: 'endedAt'; minutes: number }
  | { kind: 'ends-later'; field: 'endedAt'; minutesAhead: number };

/** What a volume is: one bottle feed, or one breast in one pumping session. */
export type VolumeKind = 'bottle' | 'side';

/** True when a volume of this kind needs no second look (see LIMITS.plausible). */
export function isPlausibleVolume(kind: VolumeKind, ml: number): boolean {
  const p = LIMITS.plausible;
  return kind === 'bottle' ? ml >= p.minBottleMl && ml <= p.maxBottleMl : ml > 0 && ml <= p.maxSideMl;
}

/**
 * The likely slip behind a volume: the whole number she typed read in the other unit, in mL, when
 * that reading needs no second look and hers does ("30" in fl oz is 887 mL; as mL it is 30 mL). Null
 * when her reading is usual, the other one is no better, or she typed a fraction (33.9 fl oz is meant).
 */
export function otherUnitReading(kind: VolumeKind, ml: number, unit: VolumeUnit): number | null {
  const typed = roundVolume(ml, unit);
  if (typed < 1 || !Number.isInteger(typed) || isPlausibleVolume(kind, ml)) return null;
  const other = toMl(typed, otherUnit(unit));
  return isPlausibleVolume(kind, other) ? other : null;
}

/** What to ask about before saving a session (empty when nothing is unusual). */
export function sessionDoubts(s: SessionInput, nowMs: number): Doubt[] {
  const out: Doubt[] = [];
  const p = LIMITS.plausible;
  if (s.kind === 'bottle' && s.volumeMl !== null && s.volumeMl > 0) {
    if (s.volumeMl < p.minBottleMl) out.push({ kind: 'small-bottle', field: 'volumeMl', ml: s.volumeMl });
    if (s.volumeMl > p.maxBottleMl) out.push({ kind: 'large-bottle', field: 'volumeMl', ml: s.volumeMl });
  }
  if (s.kind === 'pump') {
    if (s.leftMl !== null && s.leftMl > p.maxSideMl) out.push({ kind: 'large-side', field: 'leftMl', side: 'left', ml: s.leftMl });
    if (s.rightMl !== null && s.rightMl > p.maxSideMl) out.push({ kind: 'large-side', field: 'rightMl', side: 'right', ml: s.rightMl });
  }
  if (s.endedAt !== null) {
    const minutes = (instantMs(s.endedAt) - instantMs(s.startedAt)) / 60_000;
    if ((s.kind === 'nurse' || s.kind === 'bottle') && minutes > p.maxFeedMinutes) out.push({ kind: 'long-feed', field: 'endedAt', minutes: Math.round(minutes) });
    const ahead = (instantMs(s.endedAt) - nowMs) / 60_000;
    if (ahead >= p.endsLaterMinutes) out.push({ kind: 'ends-later', field: 'endedAt', minutesAhead: Math.round(ahead) });
  }
  return out;
}

/** One string for a set of doubts: she is asked again only when what is unusual changes. */
export function doubtsKey(doubts: readonly Doubt[]): string {
  return doubts.map((d) => `${d.kind}:${'ml' in d ? d.ml : 'minutes' in d ? d.minutes : d.minutesAhead}`).join('|');
}
