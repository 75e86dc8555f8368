/** Big, full-width answer buttons for the symptom check; the chosen one is marked pressed (and with a tick). */
import type { JSX } from 'preact';

export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T> {
  labelledBy: string;
  options: readonly Choice<T>[];
  /** The chosen answer; null when none of these is chosen. */
  value: T | null;
  onPick: (v: T) => void;
  /** Several short answers side by side (yes / no, pain 0–10) instead of one per row. */
  layout?: 'rows' | 'pair' | 'three' | 'grid';
}

export function Choices<T extends string | number>({ labelledBy, options, value, onPick, layout = 'rows' }: Props<T>): JSX.Element {
  return (
    <div class={`check-answers ${layout}`} role="group" aria-labelledby={labelledBy}>
      {options.map((o) => (
        <button key={String(o.value)} type="button" class="check-answer" aria-pressed={o.value === value} onClick={() => onPick(o.value)}>
          <span class="check-answer-label">
            {o.value === value && (
              <span class="check-tick" aria-hidden="true">
                ✓{' '}
              </span>
            )}
            {o.label}
          </span>
          {o.hint && <span class="check-answer-hint">{o.hint}</span>}
        </button>
      ))}
    </div>
  );
}
