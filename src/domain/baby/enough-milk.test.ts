import { describe, expect, it } from 'vitest';
import { isSourceKey } from '../sources.js';
import { enoughMilk, inFirstWeeks, type EnoughMilk, type EnoughMilkInput, type Finding } from './enough-milk.js';
import type { NappyKind, StoolColour } from './nappy.js';
import { CARD_LIMITS, contactText, findingText } from './words.js';

const H = 3_600_000;
const BIRTH = '2026-12-01';
/** Noon UTC on a day of life (day 1 = the birth date). */
const noonOfDay = (day: number): number => Date.parse(`${BIRTH}T12:00:00Z`) + (day - 1) * 24 * H;

let seq = 0;
function nappy(ms: number, kind: NappyKind = 'wet', extra: { colour?: StoolColour; pinkUrates?: boolean } = {}) {
  seq += 1;
  return { changedAt: new Date(ms).toISOString(), kind, colour: extra.colour ?? null, pinkUrates: extra.pinkUrates ?? false, deletedAt: null, seq };
}
function weight(grams: number, ms: number, birth = false) {
  seq += 1;
  return { id: `w${seq}`, measuredAt: new Date(ms).toISOString(), grams, birth, place: 'clinic' as const, deletedAt: null };
}
/** `n` nappies of a kind spread over a day of life (between 01:00 and 23:00 UTC). */
function spread(day: number, n: number, kind: NappyKind = 'wet') {
  const start = noonOfDay(day) - 11 * H;
  return Array.from({ length: n }, (_, i) => nappy(start + (i * 22 * H) / Math.max(1, n), kind));
}

function card(nowMs: number, over: Partial<EnoughMilkInput> = {}): EnoughMilk {
  // By default she has kept a log for weeks (her first entry long ago): the log-start rules are tested apart.
  return enoughMilk({ birthDate: BIRTH, nowMs, timeZone: 'UTC', nappies: [], nappiesFrom: nowMs - 7 * 24 * H, feedStarts: [], weights: [], loggingSince: new Date(nowMs - 30 * 24 * H).toISOString(), ...over });
}
function weeks(c: EnoughMilk) {
  if (c.status !== 'first-weeks') throw new Error(`expected the first-weeks card, got ${c.status}`);
  return c;
}
const ids = (c: EnoughMilk): string[] => weeks(c).findings.map((f) => f.id);
const find = <I extends Finding['id']>(c: EnoughMilk, id: I) => weeks(c).findings.find((f) => f.id === id) as Extract<Finding, { id: I }> | undefined;

describe('enough milk? — the card’s window', () => {
  it('needs a birth date, a born baby, and is shown through day 28 only', () => {
    expect(card(noonOfDay(3), { birthDate: null }).status).toBe('no-birth-date');
    expect(card(noonOfDay(0)).status).toBe('not-born-yet');
    expect(weeks(card(noonOfDay(1))).dayOfLife).toBe(1);
    expect(weeks(card(noonOfDay(28))).dayOfLife).toBe(28);
    expect(card(noonOfDay(29))).toEqual({ status: 'past-four-weeks', dayOfLife: 29 });
    expect(inFirstWeeks(BIRTH, noonOfDay(28), 'UTC')).toBe(true);
    expect(inFirstWeeks(BIRTH, noonOfDay(29), 'UTC')).toBe(false);
    expect(inFirstWeeks(null, noonOfDay(2), 'UTC')).toBe(false);
  });

  it('counts the day of life in her time zone, not in UTC', () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Madrid: day 2 there, day 1 in London.
    const late = Date.parse('2026-12-01T23:30:00Z');
    expect(weeks(enoughMilk({ birthDate: BIRTH, nowMs: late, timeZone: 'Europe/Madrid', nappies: [], nappiesFrom: 0, feedStarts: [], weights: [], loggingSince: null })).dayOfLife).toBe(2);
    expect(weeks(enoughMilk({ birthDate: BIRTH, nowMs: late, timeZone: 'Europe/London', nappies: [], nappiesFrom: 0, feedStarts: [], weights: [], loggingSince: null })).dayOfLife).toBe(1);
  });

  it('sets today and yesterday against the table row for each one’s day of life, at every boundary', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 28].map((d) => {
      const c = weeks(card(noonOfDay(d)));
      return [d, c.today.expectation?.wetAtLeast, c.today.expectation?.dirtyAtLeast, c.yesterday?.expectation?.wetAtLeast ?? null];
    });
    expect(rows).toEqual([
      [1, 1, 1, null],
      [2, 1, 1, 1],
      [3, 3, 2, 1],
      [4, 3, 2, 3],
      [5, 5, 2, 3],
      [6, 5, 2, 5],
      [7, 6, 2, 5],
      [28, 6, 2, 6],
    ]);
    // The day of birth is never a whole day: it is shown, not judged.
    expect(weeks(card(noonOfDay(2))).yesterday?.complete).toBe(false);
    expect(weeks(card(noonOfDay(3))).yesterday?.complete).toBe(true);
  });

  it('counts a "both" nappy as wet and as dirty, and leaves deleted ones out', () => {
    const c = weeks(card(noonOfDay(5), { nappies: [nappy(noonOfDay(5) - H, 'both'), nappy(noonOfDay(5) - 2 * H, 'wet'), { ...nappy(noonOfDay(5) - 3 * H, 'dirty'), deletedAt: '2026-12-05T11:00:00.000Z' }] }));
    expect(c.today.counts).toEqual({ wet: 2, dirty: 1, changes: 2 });
  });
});

describe('enough milk? — fewer wet nappies than the table (today, Lactea’s own level)', () => {
  it.each([
    // [today's day of life, wet nappies yesterday, fires?]
    [3, 0, true], // yesterday was day 2: at least 1
    [3, 1, false],
    [5, 2, true], // yesterday day 4: at least 3
    [5, 3, false],
    [7, 4, true], // yesterday day 6: at least 5
    [7, 5, false],
    [8, 5, true], // yesterday day 7: at least 6
    [8, 6, false],
    [28, 5, true],
    [28, 6, false],
  ])('day %i with %i wet yesterday → below: %s', (day, wet, fires) => {
    // Dirty nappies logged yesterday too, so the day was logged even with no wet one; her nappy log
    // began the evening before yesterday, so it covers the whole of yesterday.
    const nappies = [nappy(noonOfDay(day - 2) + 11 * H, 'dirty'), ...spread(day - 1, wet), ...spread(day - 1, 2, 'dirty'), ...spread(day, 6)];
    const c = card(noonOfDay(day) - 10 * H, { nappies });
    const f = find(c, 'wet-below');
    expect(f !== undefined).toBe(fires);
    if (f) {
      expect(f).toMatchObject({ urgency: 'today', window: 'yesterday', wet, lacteaOwn: true });
      expect(weeks(c).urgency).toBe('today');
    }
  });

  it('does not judge a day on which nothing was logged, and says nothing about day 2 judged on day 1', () => {
    expect(find(card(noonOfDay(6), { nappies: spread(6, 3) }), 'wet-below')?.window).not.toBe('yesterday');
    expect(ids(card(noonOfDay(2), { nappies: spread(2, 1) }))).toEqual([]);
  });

  it('also looks at the last 24 hours, against the lower of the two days’ rows', () => {
    // Day 8 at 20:00: yesterday (day 7) had 6 wet, but since 20:00 yesterday only 2.
    const now = noonOfDay(8) + 8 * H;
    const yesterdayEarly = Array.from({ length: 6 }, (_, i) => nappy(noonOfDay(7) - 11 * H + i * H));
    const c = card(now, { nappies: [...yesterdayEarly, nappy(now - 20 * H), nappy(now - 7 * H)] });
    expect(find(c, 'wet-below')).toMatchObject({ window: 'last-24h', wet: 2, expected: 6 });
    expect(find(card(now, { nappies: [...yesterdayEarly, ...Array.from({ length: 6 }, (_, i) => nappy(now - 7 * H - i * 2 * H))] }), 'wet-below')).toBeUndefined();
  });
});

describe('enough milk? — only the hours she has logged count (no zeros before her first entry)', () => {
  const at = (ms: number) => new Date(ms).toISOString();

  it('a new log on day 3: one feed and one nappy give the counts with no verdict, and say when she started', () => {
    // The review's case: a new account, baby born 3 days ago, one nursing timer, then one "both" nappy.
    const now = noonOfDay(3) + 2 * H;
    const c = weeks(card(now, { loggingSince: at(now - 10 * 60_000), feedStarts: [at(now - 10 * 60_000)], nappies: [nappy(now - 60_000, 'both')] }));
    expect(c.findings).toEqual([]);
    expect(c.urgency).toBeNull();
    expect(c.feeds24h).toBe(1);
    expect(c.last24h).toEqual({ wet: 1, dirty: 1, changes: 1 });
    expect(c.waiting).toEqual({ what: 'log', startedAt: at(now - 10 * 60_000), judgedFrom: at(now - 10 * 60_000 + 24 * H) });
    expect(c.log).toEqual({ since: at(now - 10 * 60_000), nappiesSince: at(now - 60_000) });
    // Yesterday is before her log: unknown, not zero.
    expect(c.yesterday).toMatchObject({ logged: false });
    expect(c.today).toMatchObject({ logged: true });
  });

  it('knows her log began with the entries it is given, even when the server knew of none (logged offline)', () => {
    const now = noonOfDay(5);
    const c = weeks(card(now, { loggingSince: null, feedStarts: [at(now - 3 * H)], nappies: [nappy(now - H)] }));
    expect(c.log.since).toBe(at(now - 3 * H));
    expect(c.waiting?.what).toBe('log');
    expect(c.findings).toEqual([]);
    const none = weeks(card(now, { loggingSince: null }));
    expect(none.waiting).toBeNull();
    expect(none.today.logged).toBe(false);
  });

  it('judges the feeds once 24 hours are logged, not before', () => {
    const now = noonOfDay(6);
    const feeds = [at(now - H), at(now - 5 * H), at(now - 9 * H)];
    expect(ids(card(now, { loggingSince: at(now - 23 * H), feedStarts: feeds }))).not.toContain('few-feeds');
    expect(find(card(now, { loggingSince: at(now - 24 * H), feedStarts: feeds }), 'few-feeds')).toMatchObject({ feeds: 3 });
  });

  it('judges nappies against her nappy log: feeds logged for days and a first nappy today give no verdict on nappies', () => {
    const now = noonOfDay(6);
    const c = weeks(card(now, { nappies: [nappy(now - 2 * H)] }));
    expect(ids(c)).not.toContain('wet-below');
    expect(c.waiting).toEqual({ what: 'nappies', startedAt: at(now - 2 * H), judgedFrom: at(now + 22 * H) });
    expect(c.yesterday?.logged).toBe(false);
    // A full day of nappy log: the last 24 hours are judged.
    const day = weeks(card(now, { nappies: [nappy(now - 24 * H, 'dirty'), nappy(now - 2 * H)] }));
    expect(find(day, 'wet-below')).toMatchObject({ window: 'last-24h', wet: 1, expected: 5 });
    expect(day.waiting).toBeNull();
  });

  it('judges yesterday only when her nappy log covers all of it, else the last 24 hours once they are covered', () => {
    // Day 6 at 10:00; her nappy log began at 06:00 yesterday with 2 wet nappies since.
    const now = noonOfDay(6) - 2 * H;
    const late = [nappy(noonOfDay(5) - 6 * H), nappy(noonOfDay(5) + 6 * H)];
    expect(find(card(now, { nappies: late }), 'wet-below')).toMatchObject({ window: 'last-24h', wet: 1, expected: 5 });
    expect(ids(card(now, { nappies: late }))).not.toContain('dirty-below');
    // Had it begun the evening before, yesterday is judged (its dirty nappies too).
    const covered = card(now, { nappies: [nappy(noonOfDay(4) + 10 * H), ...late] });
    expect(find(covered, 'wet-below')).toMatchObject({ window: 'yesterday', wet: 2, expected: 5 });
    expect(find(covered, 'dirty-below')).toMatchObject({ dirty: 0 });
  });

  it('leaves out nappies from before the window it was given (a log that resumes starts again)', () => {
    const now = noonOfDay(12);
    const c = weeks(card(now, { nappiesFrom: now - 7 * 24 * H, nappies: [nappy(now - 9 * 24 * H), nappy(now - H)] }));
    expect(c.log.nappiesSince).toBe(at(now - H));
    expect(ids(c)).not.toContain('wet-below');
  });
});

describe('enough milk? — hours without a wet nappy', () => {
  it.each([
    [3, 7.99, null],
    [3, 8, 'no-wet-8h'],
    [3, 11.99, 'no-wet-8h'],
    [3, 12, 'dry-12h'],
    [10, 30, 'dry-12h'],
    [2, 20, null], // days 1–2: the table itself expects only one or two a day
  ])('day %i, last wet %f h ago → %s', (day, hours, id) => {
    const now = noonOfDay(day) + 11 * H;
    const c = card(now, { nappies: [nappy(now - hours * H)] });
    const found = weeks(c).findings.filter((f) => f.id === 'no-wet-8h' || f.id === 'dry-12h').map((f) => f.id);
    expect(found).toEqual(id ? [id] : []);
    if (id === 'dry-12h') expect(weeks(c).urgency).toBe('emergency');
  });

  it('with only dirty nappies logged, counts from the first nappy she logged; with nothing logged, says nothing', () => {
    const now = noonOfDay(10);
    const c = card(now, { nappies: [nappy(now - 48 * H, 'dirty'), nappy(now - H, 'dirty')] });
    expect(find(c, 'dry-12h')).toMatchObject({ hours: 48 });
    // Not from before her first nappy: one dirty nappy an hour ago is an hour of nappy log.
    expect(weeks(card(now, { nappies: [nappy(now - H, 'dirty')] })).hoursSinceWet).toBeCloseTo(1, 5);
    const empty = weeks(card(now));
    expect(empty.hoursSinceWet).toBeNull();
    expect(empty.findings).toEqual([]);
  });
});

describe('enough milk? — colours, feeds and weight', () => {
  it('sends a pale stool to the baby’s clinician today, and not other colours', () => {
    const now = noonOfDay(9);
    expect(find(card(now, { nappies: [nappy(now - 3 * H, 'dirty', { colour: 'pale' })] }), 'pale-stool')).toMatchObject({ urgency: 'today' });
    expect(ids(card(now, { nappies: [nappy(now - 3 * H, 'dirty', { colour: 'yellow' })] }))).not.toContain('pale-stool');
    // Older than yesterday: not today's news.
    expect(ids(card(now, { nappies: [nappy(now - 60 * H, 'dirty', { colour: 'pale' })] }))).not.toContain('pale-stool');
  });

  it('mentions pink urates from day 3, not on days 1–2', () => {
    expect(ids(card(noonOfDay(2), { nappies: [nappy(noonOfDay(2) - H, 'wet', { pinkUrates: true })] }))).not.toContain('pink-urates');
    expect(find(card(noonOfDay(3), { nappies: [nappy(noonOfDay(3) - H, 'wet', { pinkUrates: true })] }), 'pink-urates')).toMatchObject({ urgency: 'soon', dayOfLife: 3, lacteaOwn: false });
  });

  it('looks for 8 feeds in 24 hours once the baby is a day old and feeds are being logged', () => {
    const now = noonOfDay(6);
    const feeds = (n: number) => Array.from({ length: n }, (_, i) => new Date(now - (i + 0.5) * 2.9 * H).toISOString());
    expect(weeks(card(now, { feedStarts: feeds(8) })).feeds24h).toBe(8);
    expect(ids(card(now, { feedStarts: feeds(8) }))).not.toContain('few-feeds');
    expect(find(card(now, { feedStarts: feeds(7) }), 'few-feeds')).toMatchObject({ feeds: 7, urgency: 'soon' });
    expect(ids(card(now))).not.toContain('few-feeds');
    expect(ids(card(noonOfDay(1) + 6 * H, { feedStarts: feeds(2) }))).not.toContain('few-feeds');
  });

  it('flags a loss of more than 10% of birth weight, not 10% exactly, with the day it was measured', () => {
    const birth = weight(3500, Date.parse(`${BIRTH}T08:00:00Z`), true);
    const at10 = card(noonOfDay(5), { weights: [birth, weight(3150, noonOfDay(4))] });
    expect(ids(at10)).not.toContain('weight-loss');
    expect(weeks(at10).weight.latest).toMatchObject({ grams: 3150, dayOfLife: 4, percentFromBirth: -10 });
    const over = card(noonOfDay(5), { weights: [birth, weight(3149, noonOfDay(4))] });
    expect(find(over, 'weight-loss')).toMatchObject({ urgency: 'soon', dayOfLife: 4, lacteaOwn: true });
    expect(find(over, 'weight-loss')?.percent).toBeCloseTo(-10.03, 2);
    // Without a birth weight there is no percentage to judge.
    expect(weeks(card(noonOfDay(5), { weights: [weight(3000, noonOfDay(4))] })).weight.latest?.percentFromBirth).toBeNull();
  });

  it('puts the most urgent finding first and cites only sources that exist', () => {
    const now = noonOfDay(6);
    const c = weeks(card(now, { nappies: [nappy(now - 13 * H), nappy(now - H, 'dirty', { colour: 'pale' })], feedStarts: [new Date(now - H).toISOString()] }));
    const ranks = c.findings.map((f) => ['soon', 'today', 'emergency'].indexOf(f.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(c.findings.map((f) => f.urgency))).toEqual(new Set(['emergency', 'today', 'soon']));
    expect(c.urgency).toBe('emergency');
    expect(c.sources.every(isSourceKey)).toBe(true);
    expect(c.findings.flatMap((f) => f.sources).every(isSourceKey)).toBe(true);
  });
});

describe('enough milk? — words', () => {
  it('has a sentence and a contact line for every finding, in both languages, for both readers', () => {
    const now = noonOfDay(8);
    const all = weeks(
      card(now, {
        nappies: [nappy(noonOfDay(6) + 11 * H, 'dirty'), ...spread(7, 1), ...spread(7, 1, 'dirty'), nappy(now - 13 * H, 'wet', { pinkUrates: true }), nappy(now - H, 'dirty', { colour: 'pale' })],
        feedStarts: [new Date(now - H).toISOString()],
        weights: [weight(3500, Date.parse(`${BIRTH}T08:00:00Z`), true), weight(3000, noonOfDay(6))],
      }),
    ).findings;
    expect(new Set(all.map((f) => f.id))).toEqual(new Set(['dry-12h', 'wet-below', 'pale-stool', 'dirty-below', 'pink-urates', 'few-feeds', 'weight-loss']));
    for (const lang of ['en', 'es'] as const)
      for (const audience of ['parent', 'consultant'] as const)
        for (const f of all) {
          const text = `${findingText(f, { lang, name: 'Ada', audience })} ${contactText(f.urgency, { lang, name: 'Ada', audience })}`;
          expect(text).not.toMatch(/[{}]|undefined/);
          expect(text.toLowerCase()).not.toContain('fine');
        }
    const loss = all.find((f) => f.id === 'weight-loss');
    if (loss) expect(findingText(loss, { lang: 'en', name: 'Ada', audience: 'parent' })).toBe('14.3% below birth weight on day 6. A loss of more than 10% calls for a check of Ada and of a feed.');
    expect(contactText('today', { lang: 'en', name: 'Ada', audience: 'parent' })).toContain('midwife, health visitor or doctor today');
  });

  it('agrees with the count in both languages, and never gives the baby a grammatical gender in Spanish', () => {
    const base = { urgency: 'soon' as const, sources: ['PCS-FEED' as const], lacteaOwn: false };
    const feeds = (n: number): Finding => ({ ...base, id: 'few-feeds', feeds: n });
    const wet = (n: number): Finding => ({ ...base, urgency: 'today', lacteaOwn: true, id: 'wet-below', window: 'last-24h', wet: n, expected: 3 });
    const dirty = (n: number): Finding => ({ ...base, id: 'dirty-below', dirty: n, expected: 2 });
    const en = { lang: 'en' as const, name: 'Lucía', audience: 'parent' as const };
    const es = { ...en, lang: 'es' as const };
    expect(findingText(feeds(1), en)).toMatch(/^1 feed logged in the last 24 hours;/);
    expect(findingText(feeds(3), en)).toMatch(/^3 feeds logged/);
    expect(findingText(wet(1), en)).toBe('1 wet nappy in the last 24 hours; for Lucía’s age the table expects 3 or more.');
    expect(findingText(wet(0), en)).toMatch(/^0 wet nappies/);
    expect(findingText(dirty(1), en)).toMatch(/^1 dirty nappy yesterday;/);
    expect(findingText(feeds(1), es)).toMatch(/^1 toma anotada en las últimas 24 horas;/);
    expect(findingText(feeds(2), es)).toMatch(/^2 tomas anotadas/);
    expect(findingText(wet(1), es)).toBe('1 pañal mojado en las últimas 24 horas; para la edad de Lucía, la tabla espera 3 o más.');
    expect(findingText(dirty(1), es)).toMatch(/^1 pañal con caca ayer;/);
    expect(findingText(feeds(1), es)).toContain('Lucía tiene mucho sueño');
    const spanish = [feeds(1), wet(1), dirty(1)].map((f) => findingText(f, es)).join(' ');
    expect(spanish).not.toMatch(/somnolient|dormid[oa]|adormilad/);
  });

  it('speaks of its own limits to the parent, and of her client’s log to the consultant', () => {
    expect(CARD_LIMITS.parent.en).toContain('the numbers you logged');
    expect(CARD_LIMITS.consultant.en).toContain('the numbers your client logged');
    expect(CARD_LIMITS.consultant.es).toContain('anotó tu clienta');
    for (const l of [CARD_LIMITS.consultant.en, CARD_LIMITS.consultant.es]) expect(l).not.toMatch(/\byou logged\b|tu bebé|anotaste/);
  });
});
