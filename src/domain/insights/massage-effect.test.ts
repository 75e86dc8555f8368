import { describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../demo/prng.js';
import type { LoggedSession } from './daily.js';
import { massageEffect, MIN_PER_GROUP, pumpObservations } from './massage-effect.js';
import { welch } from './milk-quality.js';
import { massageAt, massageDetails, pumpAt } from './testing.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 8, 1);

interface Sim {
  /** True effect of massage, mL per session. */
  effect: number;
  /** Chance of massage for a session at a local hour. */
  pMassage: (hour: number) => number;
  days?: number;
  /** Massage decided once per day for all its sessions, and a day-to-day swing with this SD (mL). */
  byDay?: { daySd: number };
}

/** Three or four pumps a day in UTC, volume with a morning peak, a slow trend and noise. */
function simulate(rng: Rng, sim: Sim): LoggedSession[] {
  const out: LoggedSession[] = [];
  for (let d = 0; d < (sim.days ?? 40); d++) {
    const dayShift = sim.byDay ? rng.normal(0, sim.byDay.daySd) : 0;
    const dayMassage = rng.chance(0.4);
    for (const slot of [6, 11, 16, 21]) {
      if (rng.chance(0.15)) continue;
      const hour = slot + rng.normal(0, 1);
      const massage = sim.byDay ? dayMassage : rng.chance(sim.pMassage(hour));
      const mean = 90 + 25 * Math.cos((2 * Math.PI * (hour - 6)) / 24) + 0.3 * d + dayShift + (massage ? sim.effect : 0);
      const total = mean + rng.normal(0, 15);
      const start = Math.round(T0 + d * DAY + hour * HOUR);
      out.push(pumpAt(start, total / 2 - 3, total / 2 + 3, massage ? massageDetails('before') : null));
    }
  }
  return out;
}

function runs(n: number, sim: Sim) {
  return Array.from({ length: n }, (_, seed) => {
    const sessions = simulate(mulberry32(1000 + seed), sim);
    const r = massageEffect(sessions, 'UTC').overall;
    const obs = pumpObservations(sessions);
    const naive = welch(obs.filter((o) => o.massage).map((o) => o.volumeMl), obs.filter((o) => !o.massage).map((o) => o.volumeMl));
    return { r, naive };
  });
}

const covers = (lo: number | null, hi: number | null, x: number) => lo !== null && hi !== null && lo <= x && x <= hi;
const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

describe('massage effect: simulations with a seeded generator', () => {
  it('recovers a known effect within its interval in the large majority of runs', () => {
    const rs = runs(200, { effect: 12, pMassage: () => 0.4 });
    const coverage = share(rs.map(({ r }) => covers(r.lowerMl, r.upperMl, 12)));
    const found = share(rs.map(({ r }) => r.status === 'clear' && (r.differenceMl ?? 0) > 0));
    console.info(`known effect 12 mL: interval covers it in ${(coverage * 100).toFixed(1)}% of 200 runs; clear and positive in ${(found * 100).toFixed(1)}%`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(found).toBeGreaterThanOrEqual(0.9);
  });

  it('with no effect, the interval covers zero in about 95% of 200 runs', () => {
    const rs = runs(200, { effect: 0, pMassage: () => 0.4 });
    const coverage = share(rs.map(({ r }) => covers(r.lowerMl, r.upperMl, 0)));
    console.info(`no effect: interval covers 0 in ${(coverage * 100).toFixed(1)}% of 200 runs`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(coverage).toBeLessThanOrEqual(0.99);
    // 'unclear' is exactly "covers zero".
    expect(share(rs.map(({ r }) => r.status === 'unclear'))).toBe(coverage);
  });

  it('confounded by time of day (massage mostly in the morning): no false effect once time of day is in the model, but a naive comparison shows one', () => {
    const rs = runs(200, { effect: 0, pMassage: (h) => (h < 10 ? 0.8 : 0.1) });
    const coverage = share(rs.map(({ r }) => covers(r.lowerMl, r.upperMl, 0)));
    const naiveFalse = share(rs.map(({ naive }) => !(naive.lower <= 0 && naive.upper >= 0)));
    console.info(`confounded, no effect: adjusted interval covers 0 in ${(coverage * 100).toFixed(1)}%; naive with/without interval excludes 0 in ${(naiveFalse * 100).toFixed(1)}%`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(coverage).toBeLessThanOrEqual(0.99);
    expect(naiveFalse).toBeGreaterThanOrEqual(0.8);
    expect(rs.every(({ r }) => r.adjustedFor.includes('time-of-day') && r.adjustedFor.includes('trend'))).toBe(true);
  });
});

describe('massage effect: sessions of one day are not independent', () => {
  it('massage on whole days, days differing by ±20 mL: the day-clustered interval still covers zero in about 95% of runs', () => {
    const rs = runs(200, { effect: 0, pMassage: () => 0, byDay: { daySd: 20 } });
    const coverage = share(rs.map(({ r }) => covers(r.lowerMl, r.upperMl, 0)));
    const clustered = share(rs.map(({ r }) => r.standardErrorKind === 'cluster-robust'));
    console.info(`massage by day, day SD 20 mL, no effect: interval covers 0 in ${(coverage * 100).toFixed(1)}% (day-clustered error used in ${(clustered * 100).toFixed(1)}%)`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(coverage).toBeLessThanOrEqual(0.995);
    expect(clustered).toBeGreaterThan(0.8);
  });
});

describe('massage effect: statuses and sentences', () => {
  const rng = () => mulberry32(7);

  it('reports the difference, the interval, the percentage and plain sentences in English and Spanish', () => {
    const r = massageEffect(simulate(rng(), { effect: 14, pMassage: () => 0.5 }), 'UTC').overall;
    expect(r.status).toBe('clear');
    expect(r.differenceMl).toBeGreaterThan(0);
    expect(r.lowerMl).toBeLessThan(r.differenceMl as number);
    expect(r.percentOfBaseline).toBeCloseTo((100 * (r.differenceMl as number)) / (r.baselineMl as number), 10);
    expect(r.sentence.en).toMatch(/^With massage you pumped on average \d+ mL more per session \(95% interval \d+ to \d+ mL\), after accounting for time of day and the trend over days\.$/);
    expect(r.sentence.es).toMatch(/^Con masaje te extrajiste de media \d+ mL más por sesión \(intervalo del 95 %: de \d+ a \d+ mL\), teniendo en cuenta la hora del día y la tendencia a lo largo de los días\.$/);
    expect(r.nWith + r.nWithout).toBe(pumpObservations(simulate(rng(), { effect: 14, pMassage: () => 0.5 })).length);
  });

  it('speaks of her in the third person to her consultant, with no instruction addressed to the reader', () => {
    const r = massageEffect(simulate(rng(), { effect: 14, pMassage: () => 0.5 }), 'UTC', 'ml', 'client').overall;
    expect(r.sentence.en).toMatch(/^With massage she pumped on average \d+ mL more per session/);
    expect(r.sentence.es).toMatch(/^Con masaje se extrajo de media \d+ mL más por sesión/);
    const few = massageEffect(simulate(rng(), { effect: 14, pMassage: () => 0.5 }).slice(0, 4), 'UTC', 'ml', 'client').overall;
    expect(few.status).toBe('not-enough-data');
    expect(few.sentence.en).toMatch(/It needs \d+ more sessions? with massage/);
    expect(few.sentence.en).not.toMatch(/\bLog\b|\byou\b/);
    expect(few.sentence.es).toContain('Faltan');
    expect(few.sentence.es).not.toContain('Registra');
  });

  it('says "less" when massage sessions gave less, with the interval as amounts less', () => {
    const r = massageEffect(simulate(rng(), { effect: -20, pMassage: () => 0.5 }), 'UTC').overall;
    expect(r.status).toBe('clear');
    expect(r.sentence.en).toMatch(/mL less per session \(95% interval \d+ to \d+ mL less\)/);
    expect(r.sentence.es).toMatch(/mL menos por sesión/);
  });

  it('an unclear result claims no difference and says what would help', () => {
    const rs = runs(30, { effect: 0, pMassage: () => 0.4 });
    const r = rs.find(({ r }) => r.status === 'unclear')?.r;
    expect(r).toBeDefined();
    expect(r?.sentence.en).toContain('no clear difference');
    expect(r?.sentence.en).not.toMatch(/on average/);
    expect(r?.sentence.en).toContain('More sessions of both kinds');
    expect(r?.sentence.es).toContain('no hay una diferencia clara');
  });

  it('with fewer than 8 sessions either way: not enough data, and how many more to log', () => {
    const sessions = [
      ...Array.from({ length: 20 }, (_, i) => pumpAt(T0 + i * 7 * HOUR, 50, 60)),
      ...Array.from({ length: 5 }, (_, i) => pumpAt(T0 + i * 11 * HOUR + HOUR, 50, 60, massageDetails('during'))),
    ];
    const r = massageEffect(sessions, 'UTC').overall;
    expect(r).toMatchObject({ status: 'not-enough-data', nWith: 5, nWithout: 20, differenceMl: null, needs: { withMassage: MIN_PER_GROUP - 5, withoutMassage: 0 } });
    expect(r.sentence.en).toContain('Log 3 more sessions with massage.');
    expect(r.sentence.es).toContain('Registra 3 sesiones más con masaje.');
    expect(massageEffect([], 'UTC').overall).toMatchObject({ status: 'not-enough-data', nWith: 0, nWithout: 0 });
  });

  it('massage only ever at one time and never at another: a singular design, not a number', () => {
    const sessions: LoggedSession[] = [];
    for (let d = 0; d < 12; d++) {
      sessions.push(pumpAt(T0 + d * DAY + 7 * HOUR, 60 + d, 70, massageDetails('before')));
      sessions.push(pumpAt(T0 + d * DAY + 19 * HOUR, 40 + (d % 3), 45));
    }
    const r = massageEffect(sessions, 'UTC').overall;
    expect(r.status).toBe('singular-design');
    expect(r.differenceMl).toBeNull();
    expect(r.sentence.en).toContain('cannot be told apart');
    expect(r.sentence.es).toContain('no se puede separar');
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('all sessions at one hour: the daily cycle is left out (it cannot confound), and the numbers stay finite', () => {
    const g = rng();
    const sessions = Array.from({ length: 30 }, (_, d) => {
      const m = d % 2 === 0;
      return pumpAt(T0 + d * DAY + 7 * HOUR, 50 + g.normal(0, 5) + (m ? 10 : 0), 50, m ? massageDetails() : null);
    });
    const r = massageEffect(sessions, 'UTC').overall;
    expect(['clear', 'unclear']).toContain(r.status);
    expect(r.adjustedFor).toEqual(['trend']);
    expect(Number.isFinite(r.differenceMl)).toBe(true);
    expect(r.sentence.en).toContain('after accounting for the trend over days');
    // All on one day and one hour: neither trend nor cycle, still a plain adjusted mean difference.
    const oneDay = Array.from({ length: 20 }, (_, i) => pumpAt(T0 + 7 * HOUR, 40 + i, 50, i % 2 ? massageDetails() : null));
    const r1 = massageEffect(oneDay, 'UTC').overall;
    expect(r1.adjustedFor).toEqual([]);
    expect(r1.differenceMl).toBeCloseTo(1, 10);
    expect(r1.sentence.en).not.toContain('after accounting');
  });

  it('counts massage before or during, or a massage on its own ending at most 30 minutes before; not massage after', () => {
    const t = T0 + 10 * HOUR;
    const sessions = [
      pumpAt(t, 10, 10, massageDetails('after')),
      pumpAt(t + DAY, 10, 10, massageDetails('during', 'let-down')),
      massageAt(t + 2 * DAY - 40 * 60_000, 15, 'hands-on-pumping'),
      pumpAt(t + 2 * DAY, 10, 10),
      massageAt(t + 3 * DAY - 60 * 60_000, 15),
      pumpAt(t + 3 * DAY, 10, null),
    ];
    expect(pumpObservations(sessions).map((o) => [o.massage, o.routineId, o.oneSide])).toEqual([
      [false, null, false],
      [true, 'let-down', false],
      [true, 'hands-on-pumping', false],
      [false, null, true],
    ]);
  });

  it('compares each routine with sessions without massage once it has 8 sessions', () => {
    const g = rng();
    const sessions: LoggedSession[] = [];
    for (let d = 0; d < 30; d++) {
      for (const h of [7, 13, 19]) {
        const hour = h + g.normal(0, 1);
        const routine = g.chance(0.5) ? null : g.chance(0.8) ? 'let-down' : 'massager';
        const v = 60 + 20 * Math.cos((2 * Math.PI * (hour - 6)) / 24) + (routine === 'let-down' ? 15 : 0) + g.normal(0, 8);
        sessions.push(pumpAt(T0 + d * DAY + hour * HOUR, v / 2, v / 2, routine ? massageDetails('before', routine) : null));
      }
    }
    const { byRoutine } = massageEffect(sessions, 'UTC');
    const let_ = byRoutine.find((b) => b.routineId === 'let-down')?.result;
    const mas = byRoutine.find((b) => b.routineId === 'massager')?.result;
    expect(let_?.status).toBe('clear');
    expect(let_?.sentence.en).toMatch(/^With this routine you pumped on average/);
    expect(mas && mas.nWith >= MIN_PER_GROUP ? ['clear', 'unclear'] : ['not-enough-data']).toContain(mas?.status);
  });
});
