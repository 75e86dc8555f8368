import { LEVELS, type Level } from './types.js';

/** 0 for self-care up to 3 for urgent. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function isAtLeast(level: Level, floor: Level): boolean {
  return levelRank(level) >= levelRank(floor);
}
