/**
 * "Where?": a breast drawn as a clock face, as the parent sees it looking down. Each hour, the
 * areola and "the whole breast" are real buttons laid over the drawing, so they work with touch,
 * keyboard and screen readers alike.
 */
import type { JSX } from 'preact';
import type { BreastSide, Where } from '../../src/domain/triage/index.js';
import { t } from '../i18n.js';
import { clockPosition } from '../state/check-wizard.js';

const HOURS = [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

interface Props {
  /** The id of the words that ask "where?". */
  labelledBy: string;
  side: BreastSide;
  value: Where;
  onChange: (w: Where) => void;
}

export function BreastClock({ labelledBy, side, value, onChange }: Props): JSX.Element {
  // Looking down at the left breast, the armpit is on the left; at the right breast, on the right.
  const [leftEdge, rightEdge] =
    side === 'left' ? [t('check.where.armpit'), t('check.where.middle')] : side === 'right' ? [t('check.where.middle'), t('check.where.armpit')] : [null, null];
  return (
    <div class="check-where" role="group" aria-labelledby={labelledBy}>
      <div class="check-clock">
        <svg class="check-clock-art" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <circle class="breast" cx="50" cy="50" r="47" />
          <circle class="ring" cx="50" cy="50" r="35" />
          <circle class="areola" cx="50" cy="50" r="13" />
          <circle class="nipple" cx="50" cy="50" r="4" />
        </svg>
        {HOURS.map((h) => {
          const p = clockPosition(h, 35);
          return (
            <button
              key={h}
              type="button"
              class="check-clock-hour"
              style={{ left: `${p.left}%`, top: `${p.top}%` }}
              aria-pressed={value === h}
              aria-label={t('check.where.hour', { h })}
              onClick={() => onChange(h)}
            >
              {h}
            </button>
          );
        })}
        <button type="button" class="check-clock-areola" aria-pressed={value === 'areola'} onClick={() => onChange('areola')}>
          {t('check.where.areola')}
        </button>
      </div>
      {leftEdge && rightEdge && (
        <p class="check-clock-edges">
          <span>
            <span aria-hidden="true">← </span>
            {t('check.where.leftEdge', { edge: leftEdge })}
          </span>
          <span>
            {t('check.where.rightEdge', { edge: rightEdge })}
            <span aria-hidden="true"> →</span>
          </span>
        </p>
      )}
      <button type="button" class="check-answer" aria-pressed={value === 'whole'} onClick={() => onChange('whole')}>
        {t('check.where.whole')}
      </button>
    </div>
  );
}
