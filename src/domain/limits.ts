/**
 * Bounds for what a person can plausibly enter. They reject typos and absurd values (10 litres in
 * one pump), not unusual-but-real ones: output varies widely between parents (CLINICAL.md §8).
 */
export const LIMITS = {
  /** One breast in one pumping session. */
  maxSideVolumeMl: 1000,
  /** One bottle feed. */
  maxBottleVolumeMl: 1000,
  /** One session of any kind, start to end. */
  maxSessionHours: 24,
  /** Massage minutes attached to a session. */
  maxMassageMinutes: 180,
  /** Nursing segments (side switches) in one session. */
  maxSegments: 200,
  maxNotesLength: 2000,
  maxNameLength: 80,
  /** Sessions may not start more than this far in the future (clock skew allowance). */
  maxFutureSkewMinutes: 10,
  /**
   * A baby's weight in grams. The lowest is below the smallest babies who survive; the highest is
   * far above any baby in the first year: they catch a typo (0, or kilograms typed as grams).
   */
  weightGrams: { min: 200, max: 25_000 },
  /** A consultant's care note or care plan. */
  maxCareNoteLength: 4000,
  /** A report covers at most this many days (a year, leap day included). */
  maxReportDays: 366,
  pain: { min: 0, max: 10 },
  fullness: { min: 1, max: 5 },
  /** A creamatocrit reading: the cream layer as a percentage of the milk column. */
  cmctPercent: { min: 0, max: 30 },
  /**
   * Allowed but unusual: the form asks "are you sure?" once before saving (see plausibility.ts).
   * Lactea's own thresholds for catching slips and unit mix-ups, not statements about her body.
   */
  plausible: {
    /** A bottle under this is more likely fl oz typed as mL. */
    minBottleMl: 10,
    /**
     * A bottle over this (a little over 12 fl oz, more than common baby bottles hold) is more likely
     * mL typed as fl oz: "30" in a fl oz field is 887 mL.
     */
    maxBottleMl: 360,
    /** One side in one pumping session above this is more likely a typo. */
    maxSideMl: 500,
    /** A nursing or bottle feed longer than this is more likely a timer left running. */
    maxFeedMinutes: 180,
    /** An end this far after now is more likely a wrong time (an hour, or AM for PM) than a feed typed a little early. */
    endsLaterMinutes: 30,
  },
} as const;
