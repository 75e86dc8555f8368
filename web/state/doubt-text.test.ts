/** The "Is this right?" sentences: the value in both units, and the likely slip when there is one. */
import { describe, expect, it } from 'vitest';
import type { Doubt } from '../../src/domain/plausibility.js';
import { doubtText } from './doubt-text.js';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const say = (d: Doubt, unit: 'ml' | 'floz'): string => doubtText(d, unit, 'en', NOW);

describe('doubt sentences', () => {
  it('a small bottle in mL offers fl oz', () => {
    expect(say({ kind: 'small-bottle', field: 'volumeMl', ml: 3 }, 'ml')).toBe('A bottle of only 3 mL (0.1 fl oz). If you meant 3 fl oz, that is 89 mL.');
    expect(say({ kind: 'small-bottle', field: 'volumeMl', ml: 8.9 }, 'floz')).toBe('A bottle of only 0.3 fl oz (9 mL).');
  });

  it('a large bottle in fl oz offers mL', () => {
    expect(say({ kind: 'large-bottle', field: 'volumeMl', ml: 887.2 }, 'floz')).toBe('A bottle of 30 fl oz (887 mL). If you meant 30 mL, that is 1 fl oz.');
    expect(say({ kind: 'large-bottle', field: 'volumeMl', ml: 900 }, 'ml')).toBe('A bottle of 900 mL (30.4 fl oz).');
  });

  it('a large side in fl oz offers mL', () => {
    expect(say({ kind: 'large-side', field: 'leftMl', side: 'left', ml: 591.5 }, 'floz')).toBe('20 fl oz (592 mL) from the left side in one session. If you meant 20 mL, that is 0.7 fl oz.');
    expect(say({ kind: 'large-side', field: 'rightMl', side: 'right', ml: 620 }, 'ml')).toBe('620 mL (21 fl oz) from the right side in one session.');
  });
});
