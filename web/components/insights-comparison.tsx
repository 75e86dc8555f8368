/**
 * One with/without-massage comparison: its plain sentence exactly as the computation wrote it, the
 * counts on each side, the 95% interval as a dot and whisker (with a table view), and what would
 * make the answer clearer.
 */
import type { JSX } from 'preact';
import type { Sentence } from '../../src/domain/insights/index.js';
import { t } from '../i18n.js';
import { readerContext } from '../state/sharing-role.js';
import { Figure } from './insights-figure.js';
import { IntervalPlot } from './plot-interval.js';

export type ComparisonStatus = 'clear' | 'unclear' | 'not-enough-data' | 'singular-design';

export interface Comparison {
  status: ComparisonStatus;
  sentence: Sentence;
  nWith: number;
  nWithout: number;
  difference: number | null;
  lower: number | null;
  upper: number | null;
  percent: number | null;
  needs: { withMassage: number; withoutMassage: number };
}

interface Props {
  id: string;
  title: string;
  c: Comparison;
  lang: 'en' | 'es';
  /** "mL", "g/L"… */
  unit: string;
  /** "mL per session" for the axis. */
  axisTitle: string;
  format: (v: number) => string;
  things: 'sessions' | 'samples';
  heading?: 'h2' | 'h3';
  /** Label of the "with" count, when it is not simply "with massage" (a routine). */
  withLabel?: string;
}

export function StatusTag({ status }: { status: ComparisonStatus }): JSX.Element {
  return <span class={`status-tag ${status}`}>{t(`insights.status.${status}`)}</span>;
}

export function ComparisonCard({ id, title, c, lang, unit, axisTitle, format, things, heading = 'h2', withLabel }: Props): JSX.Element {
  const H = heading;
  const sentenceId = `${id}-sentence`;
  const hasInterval = c.difference !== null && c.lower !== null && c.upper !== null;
  const sign = (v: number): string => (v > 0 ? `+${format(v)}` : format(v).replace(/^-/, '\u2212'));
  return (
    <section class="card insights-comparison" aria-labelledby={`${id}-title`} data-testid={id} data-status={c.status}>
      <H id={`${id}-title`}>{title}</H>
      <StatusTag status={c.status} />
      <p id={sentenceId} class="comparison-sentence" data-testid={`${id}-sentence`}>
        {c.sentence[lang]}
      </p>
      <dl class="comparison-counts" data-testid={`${id}-counts`}>
        <div>
          <dt>{withLabel ?? t(`insights.count.${things}With`)}</dt>
          <dd>{c.nWith}</dd>
        </div>
        <div>
          <dt>{t(`insights.count.${things}Without`)}</dt>
          <dd>{c.nWithout}</dd>
        </div>
      </dl>
      {hasInterval && (
        <Figure
          id={`${id}-interval`}
          heading="h3"
          title={t('insights.interval.title')}
          summary={t('insights.interval.summary', {
            estimate: sign(c.difference ?? 0),
            lower: sign(c.lower ?? 0),
            upper: sign(c.upper ?? 0),
            unit,
          })}
          table={{
            caption: t('insights.interval.title'),
            head: ['', t('insights.interval.estimate'), t('insights.interval.lower'), t('insights.interval.upper'), '%'],
            rows: [
              {
                key: 'row',
                cells: [
                  t('insights.interval.row'),
                  `${sign(c.difference ?? 0)} ${unit}`,
                  `${sign(c.lower ?? 0)} ${unit}`,
                  `${sign(c.upper ?? 0)} ${unit}`,
                  c.percent === null ? '–' : `${sign(Math.round(c.percent))} %`,
                ],
              },
            ],
          }}
          plot={(describedBy) => (
            <IntervalPlot
              label={t('insights.interval.title')}
              describedBy={describedBy}
              axisTitle={axisTitle}
              format={format}
              rows={[{ label: t('insights.interval.row'), estimate: c.difference ?? 0, lower: c.lower ?? 0, upper: c.upper ?? 0 }]}
            />
          )}
        />
      )}
      {c.status === 'clear' && (
        // The other sentences already say what would make the answer clearer.
        <p class="comparison-clearer">
          <strong>{t('insights.clearer.title')}</strong> {t(`insights.clearer.${things}`, { context: readerContext() })}
        </p>
      )}
    </section>
  );
}
