import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../demo/prng.js';
import { isSourceKey } from '../sources.js';
import { CMCT_RANGE, type CreamatocritEntry, MILK_NOTES, milkQuality, wang } from './milk-quality.js';

// Expected values worked out by hand from CLINICAL.md §7 (per dL × 10 = per L).
const WANG_FRESH: [number, number, number][] = [
  [2, 12.5, 444.8], // fat (0.51·2+0.23)·10; energy (5.99·2+32.5)·10
  [5, 27.8, 624.5],
  [8, 43.1, 804.2],
];
const WANG_FROZEN: [number, number, number][] = [
  [2, 14.7, 475], // (0.54·2+0.39)·10; (6.20·2+35.1)·10
  [5, 30.9, 661],
  [8, 47.1, 847],
];

const entry = (cmctPercent: number, more: Partial<CreamatocritEntry> = {}): CreamatocritEntry => ({
  measuredAt: '2026-06-10T08:00:00.000Z', cmctPercent, sample: 'mixed', frozen: false, massage: false, ...more,
});

describe('creamatocrit conversions against the published formulas', () => {
  it.each(WANG_FRESH)('Wang fresh at %d %%: %d g/L fat, %d kcal/L', (c, fat, kcal) => {
    const w = wang(c, false);
    expect(w.fatGPerL).toBeCloseTo(fat, 9);
    expect(w.energyKcalPerL).toBeCloseTo(kcal, 9);
    expect(w.energySources).toEqual(['WANG99']);
    expect(w.fatSources).toEqual(['WANG99', 'MEDALG']);
  });
  it.each(WANG_FROZEN)('Wang frozen-thawed at %d %%: %d g/L fat, %d kcal/L', (c, fat, kcal) => {
    expect(wang(c, true).fatGPerL).toBeCloseTo(fat, 9);
    expect(wang(c, true).energyKcalPerL).toBeCloseTo(kcal, 9);
  });
  it('never gives a negative fat or energy anywhere in the range, and uses no unconfirmed equation', () => {
    for (let c = CMCT_RANGE.min; c <= CMCT_RANGE.max; c += 0.05) {
      for (const frozen of [false, true]) {
        const w = wang(c, frozen);
        expect(w.fatGPerL).toBeGreaterThan(0);
        expect(w.energyKcalPerL).toBeGreaterThan(0);
        expect([...w.fatSources, ...w.energySources]).not.toContain('MEIER');
      }
    }
  });

  it('says what the massage study measured and what it did not', () => {
    const foda = MILK_NOTES.find((n) => n.sources.includes('FODA04'));
    expect(foda?.text.en).toMatch(/only after 3 months/);
    expect(foda?.text.en).toMatch(/not the babies/);
    expect(foda?.text.en).toMatch(/Lactea’s reading, not the authors’/);
    expect(foda?.text.es).toMatch(/solo después de los 3 meses/);
    expect(foda?.text.es).toMatch(/no de los autores/);
  });

  it('every source key resolves', () => {
    const r = milkQuality([entry(5)]);
    if (!r.ok) throw new Error('expected ok');
    const keys = [...r.entries.flatMap((e) => [...e.wang.fatSources, ...e.wang.energySources]), ...r.notes.flatMap((n) => n.sources)];
    expect(keys.every(isSourceKey)).toBe(true);
    expect(keys).toEqual(expect.arrayContaining(['ONEILL13', 'TIE21']));
  });

  it('uses the frozen equation per entry and flags readings below 2 % as imprecise', () => {
    const r = milkQuality([entry(1.5), entry(5, { frozen: true })]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.entries.map((e) => e.lowPrecision)).toEqual([true, false]);
    expect(r.entries[1]?.wang.energyKcalPerL).toBeCloseTo(661, 9);
    expect(r.notes.map((n) => n.text.es).join(' ')).toContain('2 %');
  });

  it('rejects values outside 0–30 % naming the field', () => {
    const r = milkQuality([entry(5), entry(31), entry(-1), entry(Number.NaN)]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['entries.1.cmctPercent', 'entries.2.cmctPercent', 'entries.3.cmctPercent']);
    expect(milkQuality([entry(0), entry(30)]).ok).toBe(true);
  });
});

describe('milk quality with and without massage', () => {
  it('compares within a sample type, with a Welch interval and honest sentences', () => {
    const g = mulberry32(3);
    const hind = [
      ...Array.from({ length: 10 }, () => entry(9 + g.normal(0, 0.6), { sample: 'hind', massage: true })),
      ...Array.from({ length: 10 }, () => entry(7 + g.normal(0, 0.6), { sample: 'hind' })),
    ];
    const fore = Array.from({ length: 5 }, (_, i) => entry(3 + i * 0.1, { sample: 'fore', massage: i % 2 === 0 }));
    const r = milkQuality([...hind, ...fore]);
    if (!r.ok) throw new Error('expected ok');
    const h = r.comparisons.find((c) => c.sample === 'hind');
    expect(h?.fat.status).toBe('clear');
    expect(h?.fat.difference).toBeGreaterThan(0);
    expect(h?.fat.sentence.en).toMatch(/^With massage your samples had on average \d+ g\/L more fat \(95% interval \d+ to \d+ g\/L\)\.$/);
    expect(h?.energy.sentence.es).toMatch(/^Con masaje tus muestras tenían de media \d+ kcal\/L más de energía/);
    const f = r.comparisons.find((c) => c.sample === 'fore');
    expect(f?.fat).toMatchObject({ status: 'not-enough-data', nWith: 3, nWithout: 2, needs: { withMassage: 5, withoutMassage: 6 } });
    expect(f?.fat.sentence.en).toContain('Log 5 more samples with massage and 6 more samples without massage.');
    expect(r.comparisons.map((c) => c.sample)).toEqual(['fore', 'hind']);
  });

  it('speaks of her samples to her consultant', () => {
    const g = mulberry32(3);
    const hind = [
      ...Array.from({ length: 10 }, () => entry(9 + g.normal(0, 0.6), { sample: 'hind', massage: true })),
      ...Array.from({ length: 10 }, () => entry(7 + g.normal(0, 0.6), { sample: 'hind' })),
    ];
    const r = milkQuality([...hind, entry(3, { sample: 'fore' })], 'client');
    if (!r.ok) throw new Error('expected ok');
    expect(r.comparisons.find((c) => c.sample === 'hind')?.fat.sentence.en).toMatch(/^With massage her samples had on average/);
    expect(r.comparisons.find((c) => c.sample === 'hind')?.energy.sentence.es).toMatch(/^Con masaje sus muestras tenían/);
    expect(r.comparisons.find((c) => c.sample === 'fore')?.fat.sentence.en).toContain('It needs 8 more samples with massage');
  });

  it('no difference gives an unclear result', () => {
    const xs = Array.from({ length: 16 }, (_, i) => entry(5 + (i % 4) * 0.2, { massage: i % 2 === 0 }));
    const r = milkQuality(xs);
    if (!r.ok) throw new Error('expected ok');
    expect(r.comparisons[0]?.fat.status).toBe('unclear');
    expect(r.comparisons[0]?.fat.sentence.en).toContain('no clear difference');
  });
});
