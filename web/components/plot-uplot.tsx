/**
 * A uPlot chart of per-day or per-hour numbers: side-by-side bars and lines. Loaded only with the
 * insights screens. Colours come from the theme's custom properties, so the chart follows light
 * and dark (and redraws when they change); it redraws at its container's width too.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';

export type SeriesKind = 'bar' | 'bar-left' | 'bar-right' | 'line';

export interface PlotSeries {
  label: string;
  values: (number | null)[];
  /** A custom property of the theme, e.g. "--plot-1". */
  color: string;
  kind: SeriesKind;
}

interface Props {
  /** Labels of the x positions 0…n−1 (dates or hours). */
  xLabels: string[];
  /** Longer labels for the hover read-out. */
  xTitles: string[];
  series: PlotSeries[];
  /** Formats a y value for the axis and the read-out (in the user's unit). */
  format: (v: number) => string;
  label: string;
  describedBy: string;
  /** The y axis's unit ("mL"), shown above it. */
  unit: string;
  height?: number;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** Changes whenever the theme may have changed: her choice in settings, or the system's. */
function useThemeKey(): string {
  const prefs = useStore(prefsStore);
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = (): void => setDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return `${prefs.theme}-${dark ? 'dark' : 'light'}`;
}

function pathsFor(kind: SeriesKind, n: number): uPlot.Series.PathBuilder | undefined {
  const bars = uPlot.paths.bars;
  if (kind === 'line' || !bars) return undefined;
  // Thin bars for long ranges, never wider than is comfortable to read.
  const max = n > 45 ? 8 : 28;
  if (kind === 'bar') return bars({ size: [0.7, max], gap: 1 });
  return bars({ size: [0.42, max / 2], align: kind === 'bar-left' ? -1 : 1 });
}

/** What the pointer is over, as one line of text (for a mouse or a finger; the table has it all too). */
function readoutText(p: Props, i: number | null | undefined): string {
  if (i === null || i === undefined) return '';
  const values = p.series.map((s) => {
    const v = s.values[i];
    return `${s.label} ${v === null || v === undefined ? '–' : p.format(v)}`;
  });
  return `${p.xTitles[i] ?? ''}: ${values.join(' · ')} ${p.unit}`;
}

function options(p: Props, width: number, readout: HTMLElement | null): uPlot.Options {
  const muted = cssVar('--muted');
  const grid = cssVar('--plot-grid');
  const n = p.xLabels.length;
  const font = '13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  return {
    width,
    height: p.height ?? 200,
    padding: [8, 8, 0, 0],
    legend: { show: false },
    cursor: { x: true, y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
    hooks: {
      setCursor: [
        (u) => {
          if (readout) readout.textContent = readoutText(p, u.cursor.idx);
        },
      ],
    },
    scales: {
      x: { time: false, range: () => [-0.5, n - 0.5] },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.12 : 1] },
    },
    axes: [
      {
        stroke: muted,
        font,
        size: 30,
        grid: { show: false },
        ticks: { stroke: grid, width: 1, size: 4 },
        space: 44,
        incrs: [1, 2, 3, 4, 6, 7, 14, 28],
        values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (p.xLabels[i] ?? '') : '')),
      },
      {
        stroke: muted,
        font,
        size: 52,
        grid: { stroke: grid, width: 1 },
        ticks: { show: false },
        space: 36,
        values: (_u, splits) => splits.map((v) => p.format(v)),
      },
    ],
    series: [
      { label: '', value: (_u, i) => (i === null ? '' : (p.xTitles[i] ?? '')) },
      ...p.series.map((s): uPlot.Series => {
        const color = cssVar(s.color);
        const line = s.kind === 'line';
        return {
          label: s.label,
          stroke: color,
          width: line ? 2.5 : 0,
          fill: line ? undefined : color,
          paths: pathsFor(s.kind, n),
          points: { show: line && n <= 14, size: 6, fill: color, stroke: color },
          spanGaps: false,
          value: (_u, v) => (v === null ? '–' : p.format(v)),
        };
      }),
    ],
  };
}

export function Plot(props: Props): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const themeKey = useThemeKey();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: uPlot.AlignedData = [props.xLabels.map((_, i) => i), ...props.series.map((s) => s.values)];
    const chart = new uPlot(options(props, el.clientWidth || 320, readout.current), data, el);
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientWidth !== width) {
        width = el.clientWidth;
        chart.setSize({ width, height: props.height ?? 200 });
      }
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.destroy();
    };
  }, [props.xLabels.join('|'), JSON.stringify(props.series), themeKey, props.label]);
  return (
    <div class="plot-wrap">
      <span class="plot-unit" aria-hidden="true">
        {props.unit}
      </span>
      <div ref={box} class="plot" role="img" aria-label={props.label} aria-describedby={props.describedBy} />
      <p ref={readout} class="plot-readout" aria-hidden="true" />
      <ul class="plot-legend" aria-hidden="true">
        {props.series.map((s) => (
          <li key={s.label}>
            <span class={`swatch ${s.color.slice(2)}${s.kind === 'line' ? ' line' : ''}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
