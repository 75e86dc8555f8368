/** Today's totals and the last feed, in the user's units. */
import type { JSX } from 'preact';
import type { VolumeUnit } from '../../src/domain/units.js';
import type { DayTotals } from '../../src/domain/today.js';
import type { Session } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import { agoText, minutesText, sidesText, timeText, volumeText } from '../format.js';
import { t } from '../i18n.js';

interface Props {
  totals: DayTotals;
  last: Session | null;
  unit: VolumeUnit;
  lang: string;
  nowMs: number;
}

export function TodaySummary({ totals, last, unit, lang, nowMs }: Props): JSX.Element {
  const v = (ml: number): string => volumeText(ml, unit, lang);
  const nursing = totals.nursingSeconds.left + totals.nursingSeconds.right;
  const pumped = sidesText(totals.pumpedMl.left, totals.pumpedMl.right, unit, lang);
  return (
    <>
      <section class="card last-feed" aria-labelledby="last-feed-title" data-testid="last-feed">
        <h2 id="last-feed-title">{t('today.lastFeed')}</h2>
        {last ? (
          <p>
            {/* From its end (now while it runs): a bottle logged now, over its usual 10 minutes, was "just now". */}
            <strong>{agoText(last.endedAt ? instantMs(last.endedAt) : nowMs, nowMs)}</strong>
            <br />
            <span class="muted">
              {last.endedAt
                ? t('today.lastFeedFromTo', { kind: t(`kind.${last.kind}`), start: timeText(last.startedAt, lang), end: timeText(last.endedAt, lang) })
                : t('today.lastFeedSince', { kind: t(`kind.${last.kind}`), time: timeText(last.startedAt, lang) })}
            </span>
          </p>
        ) : (
          <p class="muted">{t('today.noFeed')}</p>
        )}
      </section>
      <section class="card" aria-labelledby="totals-title" data-testid="totals">
        <h2 id="totals-title">{t('today.title')}</h2>
        <dl class="totals">
          <div data-testid="total-pumped">
            <dt>{t('today.pumped')}</dt>
            <dd>
              {pumped.total}
              <small>{pumped.sides}</small>
            </dd>
          </div>
          <div data-testid="total-feeds">
            <dt>{t('today.feeds')}</dt>
            <dd>{totals.feeds}</dd>
          </div>
          <div data-testid="total-nursing">
            <dt>{t('today.nursing')}</dt>
            <dd>
              {minutesText(nursing)}
              <small>
                {t('today.perSide', { left: minutesText(totals.nursingSeconds.left), right: minutesText(totals.nursingSeconds.right) })}
              </small>
            </dd>
          </div>
          <div data-testid="total-bottle">
            <dt>{t('today.bottle')}</dt>
            <dd>{v(totals.bottleMl)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
