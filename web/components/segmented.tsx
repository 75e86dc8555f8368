/** A radio group drawn as big side-by-side choices: one tap, and arrow keys work as for any radios. */
import type { JSX } from 'preact';

interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  legendHidden?: boolean;
}

export function Segmented<T extends string>({ name, legend, value, options, onChange, legendHidden }: Props<T>): JSX.Element {
  return (
    <fieldset>
      <legend class={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      <div class="segmented">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
