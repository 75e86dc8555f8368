import { describe, expect, it } from 'vitest';
import type { Baby } from '../account.js';
import { pumpAt } from '../insights/testing.js';
import type { Session } from '../session.js';
import { documentOf, NOT_LOGGED, type Block } from './document.js';
import { buildReport, type ReportInput } from './report.js';

const at = (iso: string) => Date.parse(iso);
const meta = { householdId: 'h', version: 1, createdAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z', createdBy: 'u', deletedAt: null };
const session = (s: ReturnType<typeof pumpAt>, id: string): Session => ({
  ...s,
  ...meta,
  id,
  babyId: null,
  milkType: null,
  painBefore: null,
  painAfter: null,
  fullnessBefore: null,
  fullnessAfter: null,
  notes: '',
});
const baby: Baby = { id: 'b', householdId: 'h', name: 'Lucía', birthDate: '2026-11-30', archivedAt: null, createdAt: '2026-12-02T10:00:00.000Z' } as Baby;

/** Two weeks to 3 Dec (noon), a baby born 30 Nov, her log begun on 2 Dec at 10:00: 100 mL on 2 Dec, 4 mL on 3 Dec. */
function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    householdName: 'María y Javier',
    babies: [baby],
    from: '2026-11-20',
    to: '2026-12-03',
    timeZone: 'UTC',
    nowMs: at('2026-12-03T12:00:00Z'),
    sessions: [session(pumpAt(at('2026-12-02T10:00:00Z'), 60, 40), 's1'), session(pumpAt(at('2026-12-03T09:00:00Z'), 4, null), 's2')],
    nappies: [],
    firstLoggedAt: '2026-12-02T10:00:00.000Z',
    weights: [],
    checks: [],
    creamatocrit: [],
    careNotes: [],
    lang: 'en',
    locale: over.lang ?? 'en',
    volumeUnit: 'ml',
    weightUnit: 'kg',
    ...over,
  };
}

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const paragraphs = (blocks: Block[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);

describe('the report over days before her log began', () => {
  it('knows which days are logged: none before her first entry, none of the baby’s before the birth', () => {
    const r = buildReport(input());
    expect(r.startedOn).toBe('2026-12-02');
    const logged = r.babies[0]?.days.filter((d) => d.logged).map((d) => d.date);
    expect(logged).toEqual(['2026-12-02', '2026-12-03']);
    expect(r.pumping.days.filter((d) => d.logged).map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03']);
    // Her log began before the birth: the baby's days before it are still not logged.
    const early = buildReport(input({ firstLoggedAt: '2026-11-25T08:00:00.000Z' }));
    expect(early.babies[0]?.days.filter((d) => !d.logged).map((d) => d.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(early.pumping.days.filter((d) => !d.logged).map((d) => d.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
  });

  it('averages pumping over the finished days since she began, and says how many', () => {
    const r = buildReport(input());
    expect(r.pumping.period).toMatchObject({ days: 2, fullDays: 1, perFullDayMl: 100 });
    const text = paragraphs(documentOf(r).blocks).join('\n');
    expect(text).toContain('In all 104 mL (left 64 mL, right 40 mL); sessions: 2. 100 mL on the one finished day, counted from December 2, 2026, when logging began.');
    expect(text).not.toMatch(/over the 14 days/);
    const es = paragraphs(documentOf(buildReport(input({ lang: 'es', nowMs: at('2026-12-04T12:00:00Z'), to: '2026-12-04', from: '2026-11-21' }))).blocks).join('\n');
    expect(es).toContain('52 mL al día de media en los 2 días completos, contados desde el 2 de diciembre de 2026, cuando empezó el registro.');
  });

  it('has no average before a day is over', () => {
    const r = buildReport(input({ nowMs: at('2026-12-02T12:00:00Z'), to: '2026-12-02', from: '2026-11-19', sessions: [session(pumpAt(at('2026-12-02T10:00:00Z'), 60, 40), 's1')] }));
    expect(r.pumping.period.perFullDayMl).toBeNull();
    expect(paragraphs(documentOf(r).blocks).join('\n')).toContain('No day is over since logging began, so there is no daily average yet.');
  });

  it('shows a dash, not a zero, on the days before her log or the birth, and says what it means', () => {
    const doc = documentOf(buildReport(input()));
    const [feeds, pumping] = tables(doc.blocks);
    const cellsOf = (t: typeof feeds, label: string) => t?.rows.find((r) => r.label === label)?.cells.map((c) => c.text);
    expect(feeds?.head[0]).toBe('Nov 20');
    const wet = cellsOf(feeds, 'Wet nappies');
    expect(wet?.slice(0, 12)).toEqual(Array(12).fill(NOT_LOGGED));
    expect(wet?.slice(12)).toEqual(['0', '0']);
    expect(cellsOf(feeds, 'Nursing left (min)')?.[0]).toBe(NOT_LOGGED);
    expect(cellsOf(pumping, 'Total (mL)')?.slice(11)).toEqual([NOT_LOGGED, '100', '4']);
    expect(paragraphs(doc.blocks)).toContain('— no figures: the day is before logging began or before the baby was born, or still to come.');
    // Days still to come have no figures either.
    const ahead = buildReport(input({ to: '2026-12-05', from: '2026-11-22' }));
    expect(ahead.pumping.days.filter((d) => d.logged).map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03']);
    expect(ahead.pumping.period.fullDays).toBe(1);
  });

  it("writes its dates in her region's order: en-GB day first, en-US month first, the language unchanged", () => {
    const head = (locale: string) => tables(documentOf(buildReport(input({ locale }))).blocks)[0]?.head[0];
    expect(head('en')).toBe('Nov 20');
    expect(head('en-GB')).toBe('20 Nov');
    expect(head('en-US')).toBe('Nov 20');
  });

  it('never marks the day she began as below the table (it is not a whole logged day)', () => {
    const nappy = (iso: string) => ({ ...meta, id: iso, babyId: 'b', changedAt: iso, kind: 'wet' as const, colour: null, pinkUrates: false, notes: '' });
    const r = buildReport(input({ nappies: [nappy('2026-12-02T11:00:00.000Z'), nappy('2026-12-03T01:00:00.000Z')] }));
    const days = r.babies[0]?.days ?? [];
    expect(days.find((d) => d.date === '2026-12-02')?.below).toBeNull();
    expect(days.find((d) => d.date === '2026-12-02')?.wet).toBe(1);
  });
});
