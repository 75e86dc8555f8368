/** A baby's nappies of the last days, by day: what each was; for the family, fix a colour or delete one. */
import type { JSX } from 'preact';
import { isDirty, isWet, STOOL_COLOURS, type Nappy, type StoolColour } from '../../src/domain/baby/nappy.js';
import { localDate } from '../../src/domain/time.js';
import { dayHeading, timeText, timeZone } from '../format.js';
import { t } from '../i18n.js';
import { deleteNappy, nappyInput, saveNappy } from '../state/baby-records.js';
import { notify } from '../state/notice.js';

function describe(n: Nappy): string {
  const parts = [t(`nappy.kind.${n.kind}`)];
  if (n.colour) parts.push(t(`nappy.colour.${n.colour}`));
  if (n.pinkUrates) parts.push(t('nappy.pinkUrates'));
  return parts.join(' · ');
}

function Row({ n, lang, writable }: { n: Nappy; lang: string; writable: boolean }): JSX.Element {
  const label = `${timeText(n.changedAt, lang)} ${describe(n)}`;
  return (
    <li class="record-row" data-testid="nappy-row">
      <span class="what">
        <strong>{timeText(n.changedAt, lang)}</strong> {describe(n)}
      </span>
      {writable && isDirty(n) && (
        <select
          aria-label={t('baby.nappies.colourFor', { what: label })}
          value={n.colour ?? ''}
          onChange={(e) => void saveNappy({ ...nappyInput(n), colour: (e.currentTarget.value || null) as StoolColour | null }, n)}
        >
          <option value="">{t('baby.nappies.noColour')}</option>
          {STOOL_COLOURS.map((c) => (
            <option key={c} value={c}>
              {t(`nappy.colour.${c}`)}
            </option>
          ))}
        </select>
      )}
      {writable && isWet(n) && !isDirty(n) && (
        <button type="button" aria-pressed={n.pinkUrates} aria-label={t('baby.nappies.pinkFor', { what: label })} onClick={() => void saveNappy({ ...nappyInput(n), pinkUrates: !n.pinkUrates }, n)}>
          {t('baby.nappies.pink')}
        </button>
      )}
      {writable && (
        <button type="button" aria-label={t('baby.nappies.deleteOne', { what: label })} onClick={() => void deleteNappy(n.id).then(() => notify(t('baby.nappies.deleted')))}>
          {t('baby.delete')}
        </button>
      )}
    </li>
  );
}

export function NappyList({ nappies, lang, writable, nowMs }: { nappies: readonly Nappy[]; lang: string; writable: boolean; nowMs: number }): JSX.Element {
  if (nappies.length === 0) return <p class="muted">{t('baby.nappies.none')}</p>;
  const tz = timeZone();
  const days = new Map<string, Nappy[]>();
  for (const n of nappies) {
    const d = localDate(Date.parse(n.changedAt), tz);
    days.set(d, [...(days.get(d) ?? []), n]);
  }
  return (
    <div data-testid="nappy-list">
      {[...days.entries()].map(([d, list]) => (
        <section key={d} aria-label={dayHeading((list[0] as Nappy).changedAt, lang, nowMs)}>
          <h4 class="day-heading">
            {dayHeading((list[0] as Nappy).changedAt, lang, nowMs)}{' '}
            <span class="muted">· {t('baby.nappies.counts', { wet: list.filter(isWet).length, dirty: list.filter(isDirty).length })}</span>
          </h4>
          <ul class="record-list">
            {list.map((n) => (
              <Row key={n.id} n={n} lang={lang} writable={writable} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
