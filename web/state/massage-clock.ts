/**
 * The massage player's clock. In use it is plain `Date.now`.
 *
 * For browser tests (and anyone who wants to see a routine through quickly) time can be sped up
 * with a `speed` query parameter on any page: `/massage?speed=60` makes one real second count as a
 * minute. The factor (whole numbers 2–600) is remembered for the tab in sessionStorage, so it
 * survives in-app navigation and reloads; `?speed=1` turns it off. Nothing else reads it, and it
 * only changes how fast the player's own countdown runs.
 */

export interface Clock {
  /** Milliseconds on the player's time line. */
  now(): number;
  /** How many player milliseconds pass per real millisecond (1 in normal use). */
  readonly speed: number;
}

export const MAX_SPEED = 600;
const SPEED_KEY = 'lactea.massage.speed';

/** The speed factor from a query string, else the remembered one, else 1. Invalid values count as 1. */
export function parseSpeed(search: string, remembered: string | null): number {
  const fromUrl = new URLSearchParams(search).get('speed');
  const raw = fromUrl ?? remembered;
  if (raw === null || !/^\d{1,3}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= MAX_SPEED ? n : 1;
}

/** A clock that runs `speed` times faster than `realNow`, starting from the real time now. */
export function createClock(speed: number, realNow: () => number = Date.now): Clock {
  if (speed === 1) return { now: realNow, speed: 1 };
  const anchor = realNow();
  return { now: () => anchor + (realNow() - anchor) * speed, speed };
}

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** The clock for this page, honouring (and remembering) `?speed=`. */
export function pageClock(): Clock {
  const store = storage();
  const speed = parseSpeed(location.search, store?.getItem(SPEED_KEY) ?? null);
  try {
    if (speed === 1) store?.removeItem(SPEED_KEY);
    else store?.setItem(SPEED_KEY, String(speed));
  } catch {
    // Storage full or blocked: the speed lasts for this page only.
  }
  return createClock(speed);
}
