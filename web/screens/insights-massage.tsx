/** /insights/massage — "Does massage help me?": the adjusted difference, by routine, and how it is worked out. */
import { unitSymbol } from '../../src/domain/units.js';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Adjustment, EffectResult } from '../../src/domain/insights/index.js';
import { fromMl } from '../../src/domain/units.js';
import { BackLink } from '../components/back-link.js';
import { ComparisonCard, type Comparison } from '../components/insights-comparison.js';
import { PageTitle } from '../components/page-title.js';
import { Segmented } from '../components/segmented.js';
import { errorText, reportIfSignedOut } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { fetchMassageEffect, type MassageEffectReport } from '../state/insights-api.js';
import { decimal, shortDate, whole } from '../state/insights-format.js';
import { prefsStore } from '../state/prefs.js';
import { readerContext } from '../state/sharing-role.js';
import { createStore, useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

const RANGES = ['30', '90', '365'] as const;
type Range = (typeof RANGES)[number];
const rangeStore = createStore<Range>('90');

function comparison(r: EffectResult): Comparison {
  return {
    status: r.status,
    sentence: r.sentence,
    nWith: r.nWith,
    nWithout: r.nWithout,
    difference: r.differenceMl,
    lower: r.lowerMl,
    upper: r.upperMl,
    percent: r.percentOfBaseline,
    needs: r.needs,
  };
}

const ADJUSTMENTS: Adjustment[] = ['time-of-day', 'trend', 'one-side'];

export function InsightsMassage(): JSX.Element {
  const account = useStore(accountStore);
  const context = readerContext(account);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const range = useStore(rangeStore);
  const hid = account.householdId;
  const [report, setReport] = useState<{ range: Range; effect: MassageEffectReport } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    if (!hid) return;
    setFailure(null);
    try {
      const effect = await fetchMassageEffect(hid, Number(range), prefs.volumeUnit);
      setReport({ range, effect });
    } catch (e) {
      reportIfSignedOut(e);
      setFailure(errorText(e));
    }
  };

  useEffect(() => {
    void load();
  }, [hid, range, prefs.volumeUnit]);

  const l = lang === 'es' ? 'es' : 'en';
  const unit = unitSymbol(prefs.volumeUnit);
  // The sentences come in her unit from the server; the interval plot is converted here.
  const inUnit = (c: Comparison): Comparison => {
    const f = (v: number | null): number | null => (v === null ? null : fromMl(v, prefs.volumeUnit));
    return { ...c, difference: f(c.difference), lower: f(c.lower), upper: f(c.upper) };
  };
  const format = (v: number): string => (prefs.volumeUnit === 'ml' ? whole(v, lang) : decimal(v, lang));
  const effect = report && report.range === range ? report.effect : null;

  return (
    <section class="insights insights-massage" aria-busy={effect === null && !failure ? 'true' : undefined}>
      <BackLink href="/insights" />
      <PageTitle>{t('insights.massage.title', { context })}</PageTitle>
      <p class="muted">{t('insights.massage.intro', { context })}</p>
      <div class="insights-range">
        <Segmented
          name="effect-range"
          legend={t('insights.range')}
          value={range}
          options={RANGES.map((r) => ({ value: r, label: t('insights.days', { n: r }) }))}
          onChange={(r) => rangeStore.set(r)}
        />
      </div>
      {failure && <LoadFailure message={failure} onRetry={() => void load()} />}
      {!effect && !failure && <p class="muted">{t('app.loading')}</p>}
      {effect && (
        <>
          <p class="muted small">{t('insights.massage.period', { from: shortDate(effect.startedOn && effect.startedOn > effect.from ? effect.startedOn : effect.from, lang), to: shortDate(effect.to, lang) })}</p>
          <ComparisonCard
            id="effect-overall"
            title={t('insights.massage.overall')}
            c={inUnit(comparison(effect.overall))}
            lang={l}
            unit={unit}
            axisTitle={t('insights.massage.axis', { unit })}
            format={format}
            things="sessions"
          />
          {effect.overall.adjustedFor.length > 0 && (
            <p class="muted small" data-testid="adjusted-for">
              {t('insights.massage.adjustedFor', {
                list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(
                  ADJUSTMENTS.filter((a) => effect.overall.adjustedFor.includes(a)).map((a) => t(`insights.adjust.${a}`)),
                ),
              })}
            </p>
          )}
          <details class="more insights-method">
            <summary>{t('insights.method.title')}</summary>
            <div class="details-body">
              <p>{t('insights.method.p1', { min: effect.minPerGroup, context })}</p>
              <p>{t('insights.method.p2', { context })}</p>
              <p>{t('insights.method.p3', { context })}</p>
              <p>{t('insights.method.p4', { min: effect.minPerGroup, context })}</p>
              <p>{t('insights.method.p5', { context })}</p>
            </div>
          </details>
          {effect.byRoutine.length > 0 && (
            <section aria-labelledby="by-routine">
              <h2 id="by-routine" class="section-title">
                {t('insights.massage.byRoutine')}
              </h2>
              <p class="muted small">{t('insights.massage.byRoutineIntro', { context })}</p>
              {effect.byRoutine.map((r) => (
                <ComparisonCard
                  key={r.routineId}
                  id={`effect-${r.routineId}`}
                  title={t(`massage.names.${r.routineId}`, { defaultValue: r.routineId })}
                  c={inUnit(comparison(r.result))}
                  lang={l}
                  unit={unit}
                  axisTitle={t('insights.massage.axis', { unit })}
                  format={format}
                  things="sessions"
                  heading="h3"
                  withLabel={t('insights.count.routineWith')}
                />
              ))}
            </section>
          )}
        </>
      )}
    </section>
  );
}
