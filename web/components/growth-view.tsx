/**
 * Weights over time against the birth weight, in her units: a small plot of the change from birth
 * by day of life (with the birth line and the 10% line), and the same numbers as a table, which is
 * also the plot's text alternative.
 */
import type { JSX } from 'preact';
import { growth, WEIGHT_LOSS_PERCENT, type GrowthPoint, type Weight } from '../../src/domain/baby/weight.js';
import { formatPercentChange, formatWeight, type WeightUnit } from '../../src/domain/units.js';
import { dateFormat, timeZone } from '../format.js';
import { t } from '../i18n.js';

const W = 320;
const H = 170;
const PAD = { left: 36, right: 10, top: 12, bottom: 26 };

const pct = (x: number, lang: string): string => formatPercentChange(x, lang);

function Plot({ points }: { points: GrowthPoint[] }): JSX.Element | null {
  const pts = points.filter((p) => p.dayOfLife !== null && p.percentFromBirth !== null) as (GrowthPoint & { dayOfLife: number; percentFromBirth: number })[];
  if (pts.length < 2) return null;
  const maxDay = Math.max(7, ...pts.map((p) => p.dayOfLife));
  const lo = Math.min(-12, ...pts.map((p) => p.percentFromBirth)) - 1;
  const hi = Math.max(4, ...pts.map((p) => p.percentFromBirth)) + 1;
  const x = (d: number): number => PAD.left + ((d - 1) / Math.max(1, maxDay - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number): number => PAD.top + ((hi - v) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const ticks = [hi, 0, -WEIGHT_LOSS_PERCENT, lo].map((v) => Math.round(v));
  const days = [1, Math.round((maxDay + 1) / 2), maxDay];
  return (
    <svg class="growth-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('baby.growth.plotLabel')}>
      <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
      <line class="birth-line" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      <line class="limit-line" x1={PAD.left} x2={W - PAD.right} y1={y(-WEIGHT_LOSS_PERCENT)} y2={y(-WEIGHT_LOSS_PERCENT)} />
      {[...new Set(ticks)].map((v) => (
        <text key={v} x={PAD.left - 4} y={y(v) + 4} text-anchor="end">
          {v === 0 ? '0' : `${v > 0 ? '+' : '\u2212'}${Math.abs(v)}`}%
        </text>
      ))}
      {days.map((d, i) => (
        <text key={d} x={x(d)} y={H - 8} text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'}>
          {t('baby.growth.dayTick', { n: d })}
        </text>
      ))}
      <polyline class="series" points={pts.map((p) => `${x(p.dayOfLife)},${y(p.percentFromBirth)}`).join(' ')} />
      {pts.map((p) => (
        <circle key={p.id} class="point" cx={x(p.dayOfLife)} cy={y(p.percentFromBirth)} r={3.5} />
      ))}
    </svg>
  );
}

interface Props {
  weights: readonly Weight[];
  birthDate: string | null;
  unit: WeightUnit;
  lang: string;
  /** Shown for a row she may remove (the parent), absent for a reader. */
  onDelete?: (w: Weight) => void;
}

export function GrowthView({ weights, birthDate, unit, lang, onDelete }: Props): JSX.Element {
  const points = growth(weights, birthDate, timeZone());
  if (points.length === 0) return <p class="muted">{t('baby.growth.none')}</p>;
  const byId = new Map(weights.map((w) => [w.id, w]));
  const date = (iso: string): string => dateFormat(lang, { day: 'numeric', month: 'short' }).format(new Date(iso));
  return (
    <div data-testid="growth">
      <Plot points={points} />
      <table class="growth-table">
        <caption class="visually-hidden">{t('baby.growth.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('baby.growth.when')}</th>
            <th scope="col">{t('baby.growth.weightAndChange')}</th>
            {onDelete && (
              <th scope="col">
                <span class="visually-hidden">{t('baby.growth.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p) => (
            <tr key={p.id}>
              <td>
                {date(p.measuredAt)}
                {p.dayOfLife !== null && <span class="muted"> · {t('baby.enough.dayN', { n: p.dayOfLife })}</span>}
                <br />
                <span class="muted">{p.birth ? t('baby.growth.birth') : t(`baby.place.${p.place}`)}</span>
              </td>
              <td>
                <strong>{formatWeight(p.grams, unit, lang)}</strong>
                {!p.birth && p.percentFromBirth !== null && (
                  <>
                    <br />
                    <span class={p.lossOverLimit ? 'loss-over' : undefined}>{t('baby.growth.fromBirth', { change: pct(p.percentFromBirth, lang) })}</span>
                  </>
                )}
              </td>
              {onDelete && (
                <td>
                  <button type="button" onClick={() => onDelete(byId.get(p.id) as Weight)} aria-label={t('baby.growth.deleteOne', { weight: formatWeight(p.grams, unit, lang) })}>
                    {t('baby.delete')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
