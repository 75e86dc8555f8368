/** A client's flags as badges: an icon and words, never colour alone. */
import type { JSX } from 'preact';
import type { ClientFlag } from '../api.js';
import { t } from '../i18n.js';
import { formatPercentChange } from '../../src/domain/units.js';
import { dayText, whenText } from '../state/sharing-format.js';

const AlertIcon = (): JSX.Element => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d="M12 3 2 21h20L12 3Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M12 10v5M12 18v.01" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);

const DownIcon = (): JSX.Element => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d="M4 6l6 6 4-4 6 6M20 9v5h-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

const ClockIcon = (): JSX.Element => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

export function flagText(flag: ClientFlag, lang: string, nowMs: number): string {
  switch (flag.id) {
    case 'recent-triage':
      return t(`sharing.flags.${flag.level}`, { when: whenText(flag.checkedAt, lang, nowMs) });
    case 'not-emptied':
      return t(flag.side === 'left' ? 'sharing.flags.notEmptiedLeft' : 'sharing.flags.notEmptiedRight', { hours: flag.hours });
    case 'output-down':
      return t('sharing.flags.outputDown', { percent: Math.round(Math.abs(flag.percent)) });
    case 'nappies-below':
      return t(flag.nappy === 'dirty' ? 'desk.flags.dirtyYesterday' : flag.window === 'yesterday' ? 'desk.flags.wetYesterday' : 'desk.flags.wetLast24h', { name: flag.babyName, count: flag.count, expected: flag.expected });
    case 'weight-loss':
      return t('desk.flags.weightLoss', { name: flag.babyName, change: formatPercentChange(flag.percent, lang) });
    case 'share-ending':
      return t('desk.flags.shareEnding', { date: dayText(flag.endsAt, lang) });
  }
}

function FlagIcon({ flag }: { flag: ClientFlag }): JSX.Element {
  if (flag.id === 'recent-triage' || flag.id === 'nappies-below' || flag.id === 'weight-loss') return <AlertIcon />;
  return flag.id === 'not-emptied' || flag.id === 'share-ending' ? <ClockIcon /> : <DownIcon />;
}

const flagKey = (f: ClientFlag): string => (f.id === 'not-emptied' ? `${f.id}-${f.side}` : f.id === 'nappies-below' ? `${f.id}-${f.babyId}-${f.nappy}` : f.id === 'weight-loss' ? `${f.id}-${f.babyId}` : f.id);
const flagTone = (f: ClientFlag): string => (f.id === 'recent-triage' ? f.level : f.id === 'nappies-below' || f.id === 'weight-loss' ? 'call' : 'down');

export function FlagBadges({ flags, lang, nowMs }: { flags: ClientFlag[]; lang: string; nowMs: number }): JSX.Element {
  if (flags.length === 0) return <span class="muted">{t('sharing.flags.none')}</span>;
  return (
    <ul class="flag-list">
      {flags.map((f) => (
        <li key={flagKey(f)} class={`flag flag-${flagTone(f)}`}>
          <FlagIcon flag={f} />
          <span>{flagText(f, lang, nowMs)}</span>
        </li>
      ))}
    </ul>
  );
}
