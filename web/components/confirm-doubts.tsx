/** Asks once, in words, before saving a value that is allowed but unusual (see domain/plausibility.ts). */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';

interface Props {
  /** One sentence per unusual value. */
  lines: string[];
  onConfirm: () => void;
  onChange: () => void;
  confirmLabel?: string;
  changeLabel?: string;
}

export function ConfirmDoubts({ lines, onConfirm, onChange, confirmLabel, changeLabel }: Props): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  // Where her eyes and her screen reader go: the question replaces the save button's answer.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="confirm-doubts" role="alertdialog" aria-labelledby="doubts-title" aria-describedby="doubts-lines" tabIndex={-1} ref={ref} data-testid="confirm-doubts">
      <p id="doubts-title" class="confirm-doubts-title">
        {t('doubts.title')}
      </p>
      <ul id="doubts-lines">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="primary" onClick={onConfirm}>
          {confirmLabel ?? t('doubts.yes')}
        </button>
        <button type="button" onClick={onChange}>
          {changeLabel ?? t('doubts.change')}
        </button>
      </div>
    </div>
  );
}
