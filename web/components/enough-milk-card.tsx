/**
 * "Enough milk?" for a baby in the first four weeks (rules in src/domain/baby/enough-milk.ts):
 * today's and yesterday's nappies against the table, feeds in the last 24 hours, the weight change
 * from birth; who to contact and how soon when the rules say so; the sources. Never "your baby is
 * fine". Also read by a consultant, in words written for her.
 */
import type { JSX } from 'preact';
import type { Baby } from '../../src/domain/account.js';
import { enoughMilk, NAPPY_LOOKBACK_MS, type DayNappies, type Finding, type Waiting } from '../../src/domain/baby/enough-milk.js';
import type { Nappy } from '../../src/domain/baby/nappy.js';
import type { Weight } from '../../src/domain/baby/weight.js';
import { CARD_LIMITS, contactText, dirtyExpectationText, findingText, LACTEA_OWN_RULE, wetExpectationText, type Audience } from '../../src/domain/baby/words.js';
import { SOURCES } from '../../src/domain/sources.js';
import { formatPercentChange } from '../../src/domain/units.js';
import { atText, timeZone } from '../format.js';
import { t } from '../i18n.js';
import type { Language } from '../../src/domain/account.js';
import { Link } from './link.js';

interface Props {
  baby: Baby;
  /** This baby's nappies (two days or more) and weights. */
  nappies: readonly Nappy[];
  weights: readonly Weight[];
  /** Starts of this baby's feeds (nursing and bottles) over the last day or two. */
  feedStarts: readonly string[];
  nowMs: number;
  lang: Language;
  audience: Audience;
  /** On the home screen: facts and advice, with the rest one tap away. */
  compact?: boolean;
  /** When the household's log began, as the server said (the card counts only the hours since). */
  loggingSince: string | null;
}

/** A count of a day before her nappy log began is unknown, not zero. */
const NOT_LOGGED = '—';

/** Wet and dirty nappies of today and yesterday, and what the table expects for each day of life. */
function NappyTable({ today, yesterday }: { today: DayNappies; yesterday: DayNappies | null }): JSX.Element {
  const row = (label: string, d: DayNappies): JSX.Element => (
    <tr>
      <th scope="row">
        {label} <span class="muted day">{t('baby.enough.dayN', { n: d.dayOfLife })}</span>
      </th>
      <td>{d.logged ? d.counts.wet : <span aria-label={t('baby.enough.notLogged')}>{NOT_LOGGED}</span>}</td>
      <td>{d.logged ? d.counts.dirty : <span aria-label={t('baby.enough.notLogged')}>{NOT_LOGGED}</span>}</td>
      <td class="muted">{d.expectation ? t('baby.enough.atLeast', { wet: d.expectation.wetAtLeast, dirty: d.expectation.dirtyAtLeast }) : ''}</td>
    </tr>
  );
  return (
    <table class="enough-table">
      <caption class="visually-hidden">{t('baby.enough.tableCaption')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('baby.enough.wet')}</th>
          <th scope="col">{t('baby.enough.dirty')}</th>
          <th scope="col">{t('baby.enough.table')}</th>
        </tr>
      </thead>
      <tbody>
        {row(t('baby.enough.today'), today)}
        {yesterday && row(t('baby.enough.yesterday'), yesterday)}
      </tbody>
    </table>
  );
}

/** Why the counts have no verdict yet: when she started logging, and when a full day will be logged. */
function waitingText(w: Waiting, audience: Audience, lang: Language, nowMs: number): string {
  const who = audience === 'consultant' ? 'Client' : '';
  return t(`baby.enough.waiting.${w.what}${who}`, { when: atText(w.startedAt, lang, nowMs), from: atText(w.judgedFrom, lang, nowMs) });
}

export function EnoughMilkCard({ baby, nappies, weights, feedStarts, nowMs, lang, audience, compact = false, loggingSince }: Props): JSX.Element | null {
  const tz = timeZone();
  const card = enoughMilk({ birthDate: baby.birthDate, nowMs, timeZone: tz, nappies, nappiesFrom: nowMs - NAPPY_LOOKBACK_MS, feedStarts, weights, loggingSince });
  const ctx = { lang, name: baby.name, audience };
  if (card.status === 'not-born-yet' || card.status === 'past-four-weeks') return null;
  if (card.status === 'no-birth-date') {
    return (
      <section class="card enough" aria-labelledby={`enough-${baby.id}`} data-testid="enough-milk">
        <h2 id={`enough-${baby.id}`}>{t('baby.enough.title', { name: baby.name })}</h2>
        <p>{t(audience === 'consultant' ? 'baby.enough.needBirthDateClient' : 'baby.enough.needBirthDate', { name: baby.name })}</p>
        {audience === 'parent' && <Link href="/babies">{t('baby.enough.addBirthDate')}</Link>}
      </section>
    );
  }
  const top = card.urgency;
  const latest = card.weight.latest;
  const byUrgency = (u: Finding['urgency']) => card.findings.filter((f) => f.urgency === u);
  const own = card.findings.some((f) => f.lacteaOwn);
  return (
    <section class={`card enough${top ? ` urgency-${top}` : ''}`} aria-labelledby={`enough-${baby.id}`} data-testid="enough-milk" data-urgency={top ?? 'none'}>
      <h2 id={`enough-${baby.id}`}>
        {t('baby.enough.title', { name: baby.name })} <span class="muted">· {t('baby.enough.dayN', { n: card.dayOfLife })}</span>
      </h2>
      {(['emergency', 'today', 'soon'] as const).map((u) =>
        byUrgency(u).length === 0 ? null : (
          <div key={u} class={`enough-finding urgency-${u}`} role={u === 'soon' ? undefined : 'alert'} data-testid={`finding-${u}`}>
            <p class="contact">{contactText(u, ctx)}</p>
            {byUrgency(u).map((f) => (
              <p key={f.id}>{findingText(f, ctx)}</p>
            ))}
            {audience === 'parent' && u !== 'soon' && (
              <p>
                <Link href="/check?for=baby">{t('baby.enough.checkLink')}</Link>
              </p>
            )}
          </div>
        ),
      )}
      {card.waiting && (
        <p class="enough-waiting" data-testid="enough-waiting">
          {waitingText(card.waiting, audience, lang, nowMs)}
        </p>
      )}
      <NappyTable today={card.today} yesterday={card.yesterday} />
      {/* Spaces between the parts, so the text reads (and copies) as words, not "24 hours0look for". */}
      <ul class="enough-facts">
        <li>
          <span>{t('baby.enough.feeds')}</span> <strong>{card.feeds24h}</strong> <span class="expect">{t('baby.enough.feedsExpect')}</span>
        </li>
        <li>
          <span>{t('baby.enough.weight')}</span>{' '}
          <strong>
            {latest && latest.percentFromBirth !== null
              ? t(latest.dayOfLife === null ? 'baby.enough.weightChange' : 'baby.enough.weightChangeOnDay', {
                  percent: formatPercentChange(latest.percentFromBirth, lang),
                  day: latest.dayOfLife ?? '',
                })
              : card.weight.birth
                ? t('baby.enough.noWeightSince')
                : t('baby.enough.noBirthWeight')}
          </strong>{' '}
          <span class="expect">{t('baby.enough.weightExpect')}</span>
        </li>
      </ul>
      {!compact && card.today.expectation && (
        <p class="muted">
          {t('baby.enough.tableSays', { n: card.dayOfLife })} {wetExpectationText(card.today.expectation, lang)}; {dirtyExpectationText(card.today.expectation, lang)}.
        </p>
      )}
      {!compact && <p class="muted">{CARD_LIMITS[audience][lang]}</p>}
      {compact ? (
        <p>
          <Link href="/baby">{t('baby.enough.more')}</Link>
        </p>
      ) : (
        <details>
          <summary>{t('baby.enough.whenTitle')}</summary>
          <p>{t(audience === 'consultant' ? 'baby.enough.whenTodayClient' : 'baby.enough.whenToday')}</p>
          <p>{t(audience === 'consultant' ? 'baby.enough.whenEmergencyClient' : 'baby.enough.whenEmergency')}</p>
          <p class="enough-own">{LACTEA_OWN_RULE[lang]}</p>
        </details>
      )}
      <details>
        <summary>{t('baby.enough.sources')}</summary>
        {own && <p class="enough-own">{LACTEA_OWN_RULE[lang]}</p>}
        <ol class="enough-sources">
          {card.sources.map((k) => (
            <li key={k}>{SOURCES[k].citation}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
