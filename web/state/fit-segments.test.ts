import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/domain/session.js';
import { clipSegments, fitSegments } from './fit-segments.js';

const at = (min: number): string => new Date(Date.UTC(2026, 0, 1, 10, min)).toISOString();
const ms = (min: number): number => Date.UTC(2026, 0, 1, 10, min);

const segs: Segment[] = [
  { side: 'left', start: at(0), end: at(10) },
  { side: 'right', start: at(10), end: at(20) },
];

describe('fitSegments', () => {
  it('stretches the first and last segment to a wider window', () => {
    expect(fitSegments(segs, ms(-5), ms(25))).toEqual([
      { side: 'left', start: at(-5), end: at(10) },
      { side: 'right', start: at(10), end: at(25) },
    ]);
  });

  it('clips to a narrower window and drops segments outside it', () => {
    expect(fitSegments(segs, ms(12), ms(15))).toEqual([{ side: 'right', start: at(12), end: at(15) }]);
  });

  it('keeps a running last segment running when there is no end', () => {
    const running: Segment[] = [...segs.slice(0, 1), { side: 'right', start: at(10), end: null }];
    expect(fitSegments(running, ms(2), null)).toEqual([
      { side: 'left', start: at(2), end: at(10) },
      { side: 'right', start: at(10), end: null },
    ]);
  });

  it('returns no segments when there were none', () => {
    expect(fitSegments([], ms(0), ms(10))).toEqual([]);
  });
});

describe('clipSegments', () => {
  it('cuts both sides of a double pump to the window, closes a running one, and drops what falls outside', () => {
    const pump: Segment[] = [
      { side: 'left', start: at(0), end: at(10) },
      { side: 'right', start: at(0), end: null },
    ];
    expect(clipSegments(pump, ms(2), ms(12))).toEqual([
      { side: 'left', start: at(2), end: at(10) },
      { side: 'right', start: at(2), end: at(12) },
    ]);
    expect(clipSegments(pump, ms(11), ms(12))).toEqual([{ side: 'right', start: at(11), end: at(12) }]);
  });
});
