/**
 * A dot-and-whisker plot in plain SVG: each estimate as a dot, its 95% interval as a line, and a
 * dashed line at zero ("no difference"), so she can see at once whether the interval crosses it.
 */
import type { JSX } from 'preact';

export interface IntervalRow {
  label: string;
  estimate: number;
  lower: number;
  upper: number;
}

interface Props {
  rows: IntervalRow[];
  format: (v: number) => string;
  label: string;
  describedBy: string;
  /** Axis title, e.g. "mL per session". */
  axisTitle: string;
}

function niceStep(span: number): number {
  const raw = span / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p;
}

const W = 300;
const PAD_X = 16;
const ROW = 46;
const ROW_ALONE = 30;

export function IntervalPlot({ rows, format, label, describedBy, axisTitle }: Props): JSX.Element {
  let lo = Math.min(0, ...rows.map((r) => r.lower));
  let hi = Math.max(0, ...rows.map((r) => r.upper));
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  const x = (v: number): number => PAD_X + ((v - lo) / (hi - lo)) * (W - 2 * PAD_X);
  const rowH = rows.length > 1 ? ROW : ROW_ALONE;
  const top = 8;
  const axisY = top + rows.length * rowH + 6;
  const height = axisY + 44;
  return (
    <svg class="interval-plot" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} aria-describedby={describedBy}>
      {ticks.map((v) => (
        <line key={`g${v}`} class="grid" x1={x(v)} x2={x(v)} y1={top} y2={axisY} />
      ))}
      <line class="zero" x1={x(0)} x2={x(0)} y1={top - 4} y2={axisY} />
      {rows.map((r, i) => {
        const y = top + i * rowH + (rows.length > 1 ? 30 : 14);
        return (
          <g key={r.label}>
            {rows.length > 1 && (
              <text class="row-label" x={PAD_X} y={y - 14}>
                {r.label}
              </text>
            )}
            <line class="whisker" x1={x(r.lower)} x2={x(r.upper)} y1={y} y2={y} />
            <line class="whisker" x1={x(r.lower)} x2={x(r.lower)} y1={y - 7} y2={y + 7} />
            <line class="whisker" x1={x(r.upper)} x2={x(r.upper)} y1={y - 7} y2={y + 7} />
            <circle class="dot" cx={x(r.estimate)} cy={y} r={6.5} />
          </g>
        );
      })}
      <line class="axis" x1={PAD_X} x2={W - PAD_X} y1={axisY} y2={axisY} />
      {ticks.map((v, i) => (
        <text key={`t${v}`} class="tick" x={x(v)} y={axisY + 19} text-anchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>
          {v > 0 ? `+${format(v)}` : format(v).replace(/^-/, '\u2212')}
        </text>
      ))}
      <text class="axis-title" x={W / 2} y={axisY + 40} text-anchor="middle">
        {axisTitle}
      </text>
    </svg>
  );
}
