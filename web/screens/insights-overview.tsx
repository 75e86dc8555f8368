/** /insights — today and each day, the output trend and the daily rhythm, as plots, tables and a list. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DayPicture, Summary, TrendPoint } from '../../src/domain/insights/index.js';
import { countedDays } from '../../src/domain/insights/periods.js';
import { addCalendarDays } from '../../src/domain/time.js';
import { unitSymbol, type VolumeUnit } from '../../src/domain/units.js';
import { Figure, type TableData } from '../components/insights-figure.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { Plot } from '../components/plot-uplot.js';
import { Segmented } from '../components/segmented.js';
import { errorText, reportIfSignedOut } from '../errors.js';
import { minutesText, sidesText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { fetchSummary } from '../state/insights-api.js';
import { axisDate, decimal, hourLabel, shortDate, volume, volumeValue, whole } from '../state/insights-format.js';
import { prefsStore } from '../state/prefs.js';
import { readerContext } from '../state/sharing-role.js';
import { createStore, useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

const RANGES = ['7', '14', '30', '90'] as const;
type Range = (typeof RANGES)[number];

/** The range she picked, kept while the app is open. */
const rangeStore = createStore<Range>('14');

interface Ctx {
  unit: VolumeUnit;
  lang: string;
  /** 'client' while her consultant reads: the words speak of "your client" (see readerContext). */
  context: 'client' | 'caregiver' | undefined;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** A column heading with the unit its numbers are in: "Left (mL)". */
const withUnit = (key: string, unit: VolumeUnit): string => t('insights.col.withUnit', { col: t(key), unit: unitSymbol(unit) });

/** A volume as a bare number in her unit, for table cells (the unit is in the heading). */
const num = (ml: number, unit: VolumeUnit, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 'ml' ? 0 : 1 }).format(volumeValue(ml, unit));

/** The days that count: from her first logged day (days before it are not zeros; see domain/insights/periods.ts). */
function shownDays(s: Summary): DayPicture[] {
  return countedDays(s.days, s.period.startedOn);
}

/** What the range's numbers cover, in words: from her first day when she started inside it, and the full days averaged. */
function dailySummary(s: Summary, days: DayPicture[], { unit, lang, context }: Ctx): string {
  const v = (ml: number): string => volume(ml, unit, lang);
  const total = sum(days.map((d) => d.pumpedMl.total));
  const left = sum(days.map((d) => d.pumpedMl.left));
  const right = sum(days.map((d) => d.pumpedMl.right));
  const p = s.period;
  const since = p.startedOn !== null && p.startedOn > s.from ? t('insights.since', { date: shortDate(p.startedOn, lang), context }) : null;
  if (total === 0) return [since, t('insights.daily.none', { days: days.length })].filter(Boolean).join(' ');
  if (p.fullDays === 0) return [since, t('insights.daily.firstDay', { total: v(total), left: v(left), right: v(right), context })].filter(Boolean).join(' ');
  return [
    since,
    t('insights.daily.summary', { days: days.length, total: v(total), left: v(left), right: v(right), context }),
    t('insights.daily.perDay', { count: p.fullDays, perDay: v(p.perFullDayMl ?? 0), context }),
    p.days > p.fullDays ? t('insights.daily.todayApart') : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function dailyFigure(s: Summary, ctx: Ctx): JSX.Element {
  const { unit, lang } = ctx;
  const days = shownDays(s);
  const table: TableData = {
    caption: t('insights.daily.title'),
    head: [t('insights.col.date'), withUnit('insights.side.left', unit), withUnit('insights.side.right', unit), withUnit('insights.col.total', unit)],
    rows: [...days].reverse().map((d) => ({ key: d.date, cells: [shortDate(d.date, lang), num(d.pumpedMl.left, unit, lang), num(d.pumpedMl.right, unit, lang), num(d.pumpedMl.total, unit, lang)] })),
  };
  const summary = dailySummary(s, days, ctx);
  return (
    <Figure
      id="fig-daily"
      title={t('insights.daily.title')}
      summary={summary}
      table={table}
      plot={(describedBy) => (
        <Plot
          label={t('insights.daily.title')}
          describedBy={describedBy}
          xLabels={days.map((d) => axisDate(d.date, lang))}
          xTitles={days.map((d) => shortDate(d.date, lang))}
          format={(x) => (unit === 'ml' ? whole(x, lang) : decimal(x, lang))}
          unit={unitSymbol(unit)}
          series={[
            { label: t('insights.side.left'), values: days.map((d) => volumeValue(d.pumpedMl.left, unit)), color: '--plot-1', kind: 'bar-left' },
            { label: t('insights.side.right'), values: days.map((d) => volumeValue(d.pumpedMl.right, unit)), color: '--plot-2', kind: 'bar-right' },
          ]}
        />
      )}
    />
  );
}

/**
 * The trend in words: from one full week's average to the latest; or, with less than a week of
 * finished days, the average over the days there are, saying how many (and since when, near her start).
 */
function trendSummary(s: Summary, trend: TrendPoint[], { unit, lang, context }: Ctx): string {
  const v = (ml: number): string => volume(ml, unit, lang);
  const withAvg = trend.filter((p) => p.movingAverageMl !== null);
  const weeks = withAvg.filter((p) => p.averageDays === 7);
  const first = weeks[0];
  const last = withAvg[withAvg.length - 1];
  if (!last) return t('insights.trend.short');
  if (last.averageDays < 7) {
    const windowStart = addCalendarDays(last.date, -6);
    const started = s.period.startedOn;
    return started !== null && started >= windowStart
      ? t('insights.trend.sinceStart', { count: last.averageDays, date: shortDate(started, lang), avg: v(last.movingAverageMl ?? 0), context })
      : t('insights.trend.lastDays', { count: last.averageDays, avg: v(last.movingAverageMl ?? 0), context });
  }
  return first && first !== last
    ? t('insights.trend.summary', { from: v(first.movingAverageMl ?? 0), to: v(last.movingAverageMl ?? 0), start: shortDate(first.date, lang), end: shortDate(last.date, lang), context })
    : t('insights.trend.one', { avg: v(last.movingAverageMl ?? 0), context });
}

function trendFigure(s: Summary, ctx: Ctx): JSX.Element {
  const { unit, lang } = ctx;
  const trend = countedDays(s.trend, s.period.startedOn);
  const summary = trendSummary(s, trend, ctx);
  const average = (p: TrendPoint): string =>
    p.movingAverageMl === null ? '–' : p.averageDays < 7 ? t('insights.trend.cellDays', { value: num(p.movingAverageMl, unit, lang), n: p.averageDays }) : num(p.movingAverageMl, unit, lang);
  const table: TableData = {
    caption: t('insights.trend.title'),
    head: [t('insights.col.date'), withUnit('insights.col.total', unit), withUnit('insights.col.average', unit)],
    rows: [...trend].reverse().map((p) => ({ key: p.date, cells: [shortDate(p.date, lang), num(p.totalMl, unit, lang), average(p)] })),
  };
  return (
    <Figure
      id="fig-trend"
      title={t('insights.trend.title')}
      summary={summary}
      table={table}
      plot={(describedBy) => (
        <Plot
          label={t('insights.trend.title')}
          describedBy={describedBy}
          xLabels={trend.map((p) => axisDate(p.date, lang))}
          xTitles={trend.map((p) => shortDate(p.date, lang))}
          format={(x) => (unit === 'ml' ? whole(x, lang) : decimal(x, lang))}
          unit={unitSymbol(unit)}
          series={[
            { label: t('insights.col.total'), values: trend.map((p) => volumeValue(p.totalMl, unit)), color: '--plot-soft', kind: 'bar' },
            { label: t('insights.col.average'), values: trend.map((p) => (p.movingAverageMl === null ? null : volumeValue(p.movingAverageMl, unit))), color: '--plot-3', kind: 'line' },
          ]}
        />
      )}
    />
  );
}

function rhythmFigure(s: Summary, { unit, lang, context }: Ctx): JSX.Element {
  const v = (ml: number): string => volume(ml, unit, lang);
  const used = s.rhythm.filter((h) => h.n > 0 && h.meanMl !== null);
  const top = [...used].sort((a, b) => (b.meanMl ?? 0) - (a.meanMl ?? 0))[0];
  const low = [...used].sort((a, b) => (a.meanMl ?? 0) - (b.meanMl ?? 0))[0];
  const summary =
    top && low && used.length > 1
      ? t('insights.rhythm.summary', { top: hourLabel(top.hour), topMl: v(top.meanMl ?? 0), low: hourLabel(low.hour), lowMl: v(low.meanMl ?? 0), n: sum(used.map((h) => h.n)) })
      : t('insights.rhythm.none', { context });
  const table: TableData = {
    caption: t('insights.rhythm.title'),
    head: [t('insights.col.hour'), t('insights.col.sessions'), withUnit('insights.col.mean', unit), withUnit('insights.col.median', unit)],
    rows: used.map((h) => ({ key: String(h.hour), cells: [`${hourLabel(h.hour)}–${hourLabel((h.hour + 1) % 24)}`, String(h.n), num(h.meanMl ?? 0, unit, lang), num(h.medianMl ?? 0, unit, lang)] })),
  };
  return (
    <Figure
      id="fig-rhythm"
      title={t('insights.rhythm.title')}
      summary={summary}
      table={table}
      plot={(describedBy) => (
        <Plot
          label={t('insights.rhythm.title')}
          describedBy={describedBy}
          xLabels={s.rhythm.map((h) => hourLabel(h.hour))}
          xTitles={s.rhythm.map((h) => t('insights.rhythm.hourTitle', { hour: hourLabel(h.hour), n: h.n }))}
          format={(x) => (unit === 'ml' ? whole(x, lang) : decimal(x, lang))}
          unit={unitSymbol(unit)}
          series={[{ label: t('insights.col.mean'), values: s.rhythm.map((h) => (h.meanMl === null ? null : volumeValue(h.meanMl, unit))), color: '--plot-1', kind: 'bar' }]}
        />
      )}
    />
  );
}

function DayNumbers({ d, ctx, testId }: { d: DayPicture; ctx: Ctx; testId?: string }): JSX.Element {
  const pumped = sidesText(d.pumpedMl.left, d.pumpedMl.right, ctx.unit, ctx.lang);
  const nursing = d.nursingMinutes.left + d.nursingMinutes.right;
  return (
    <dl class="totals insights-day" data-testid={testId}>
      <div>
        <dt>{t('insights.day.pumped')}</dt>
        <dd>
          {pumped.total}
          <small>{pumped.sides}</small>
        </dd>
      </div>
      <div>
        <dt>{t('insights.day.feeds')}</dt>
        <dd>{d.feeds}</dd>
      </div>
      <div>
        <dt>{t('insights.day.nursing')}</dt>
        <dd>
          {minutesText(nursing * 60)}
          <small>{t('today.perSide', { left: minutesText(d.nursingMinutes.left * 60), right: minutesText(d.nursingMinutes.right * 60) })}</small>
        </dd>
      </div>
      <div>
        <dt>{t('insights.day.massage')}</dt>
        <dd>{d.massageSessions}</dd>
      </div>
      <div>
        <dt>{t('insights.day.checks')}</dt>
        <dd>{d.symptomChecks}</dd>
      </div>
      <div>
        <dt>{t('insights.day.pumps')}</dt>
        <dd>{d.pumpSessions}</dd>
      </div>
    </dl>
  );
}

/** One day of the list: the date and total pumped, then the rest in one wrapped line. */
function DayRow({ d, ctx }: { d: DayPicture; ctx: Ctx }): JSX.Element {
  const pumped = sidesText(d.pumpedMl.left, d.pumpedMl.right, ctx.unit, ctx.lang);
  const nursing = d.nursingMinutes.left + d.nursingMinutes.right;
  const parts = [
    pumped.sides,
    t('insights.list.feeds', { count: d.feeds }),
    nursing > 0
      ? t('insights.list.nursing', { time: minutesText(nursing * 60), left: minutesText(d.nursingMinutes.left * 60), right: minutesText(d.nursingMinutes.right * 60) })
      : null,
    d.massageSessions > 0 ? t('insights.list.massage', { count: d.massageSessions }) : null,
    d.symptomChecks > 0 ? t('insights.list.checks', { count: d.symptomChecks }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <li class="insights-day-row" data-testid="insights-day">
      <span class="day-head">
        <strong>{shortDate(d.date, ctx.lang)}</strong>
        <strong class="day-total">{pumped.total}</strong>
      </span>
      <span class="day-rest">
        {parts.map((p, i) => (
          <span key={i}>{p}</span>
        ))}
      </span>
    </li>
  );
}

export function InsightsOverview(): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const range = useStore(rangeStore);
  const hid = account.householdId;
  const [summary, setSummary] = useState<Summary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    if (!hid) return;
    setFailure(null);
    try {
      const s = await fetchSummary(hid, Number(range), prefs.emptyingReminder);
      if (rangeStore.get() === range) setSummary(s);
    } catch (e) {
      reportIfSignedOut(e);
      setFailure(errorText(e));
    }
  };

  useEffect(() => {
    void load();
  }, [hid, range]);

  const context = readerContext(account);
  const ctx: Ctx = { unit: prefs.volumeUnit, lang, context };
  // While another range loads, the last one stays on screen (marked busy) rather than jumping away.
  const current = summary;
  const loading = (summary === null || summary.days.length !== Number(range)) && !failure;
  const today = current?.days[current.days.length - 1];
  const anything = current ? current.days.some((d) => d.pumpedMl.total > 0 || d.feeds > 0 || d.massageSessions > 0 || d.symptomChecks > 0 || d.nursingMinutes.left + d.nursingMinutes.right > 0) : false;

  return (
    <section class="insights" aria-busy={loading ? 'true' : undefined}>
      <PageTitle>{t('insights.title')}</PageTitle>
      <nav class="insights-links" aria-label={t('insights.more')}>
        <Link href="/insights/massage" class="button">
          {t('insights.toMassage', { context })}
        </Link>
        <Link href="/insights/milk" class="button">
          {t('insights.toMilk', { context })}
        </Link>
      </nav>
      <div class="insights-range">
        <Segmented
          name="range"
          legend={t('insights.range')}
          value={range}
          options={RANGES.map((r) => ({ value: r, label: t('insights.days', { n: r }) }))}
          onChange={(r) => rangeStore.set(r)}
        />
      </div>
      {failure && <LoadFailure message={failure} onRetry={() => void load()} />}
      {!current && !failure && <p class="muted">{t('app.loading')}</p>}
      {current && today && (
        <>
          <section class="card" aria-labelledby="insights-today">
            <h2 id="insights-today">{t('insights.today')}</h2>
            <DayNumbers d={today} ctx={ctx} testId="insights-today" />
          </section>
          {!anything && <p class="card muted" data-testid="insights-empty">{t('insights.empty', { context })}</p>}
          {anything && dailyFigure(current, ctx)}
          {anything && trendFigure(current, ctx)}
          {anything && rhythmFigure(current, ctx)}
          {anything && (
          <section aria-labelledby="insights-days">
            <h2 id="insights-days" class="section-title">
              {t('insights.eachDay')}
            </h2>
            <ol class="insights-days">
              {[...shownDays(current)].reverse().map((d) => (
                <DayRow key={d.date} d={d} ctx={ctx} />
              ))}
            </ol>
          </section>
          )}
        </>
      )}
    </section>
  );
}
