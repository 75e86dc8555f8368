/** One line of the log: what, when, how long and how much, in the user's units. */
import type { JSX } from 'preact';
import { sideSeconds, type Session } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import type { VolumeUnit } from '../../src/domain/units.js';
import { minutesText, sidesText, timeText, volumeText } from '../format.js';
import { t } from '../i18n.js';
import { BottleIcon, HandsIcon, NurseIcon, PumpIcon } from './icons.js';
import { Link } from './link.js';

const ICONS = { nurse: NurseIcon, pump: PumpIcon, bottle: BottleIcon, massage: HandsIcon } as const;

export function entrySummary(s: Session, unit: VolumeUnit, lang: string, nowMs: number): string {
  const v = (ml: number): string => volumeText(ml, unit, lang);
  const duration = s.endedAt ? minutesText((instantMs(s.endedAt) - instantMs(s.startedAt)) / 1000) : t('log.running');
  const parts: string[] = [];
  switch (s.kind) {
    case 'nurse': {
      const secs = sideSeconds(s.segments, nowMs);
      parts.push(`${t('side.leftShort')} ${minutesText(secs.left)} · ${t('side.rightShort')} ${minutesText(secs.right)}`);
      if (!s.endedAt) parts.push(t('log.running'));
      break;
    }
    case 'pump': {
      const pumped = sidesText(s.leftMl ?? 0, s.rightMl ?? 0, unit, lang);
      parts.push(pumped.total);
      if (s.leftMl !== null || s.rightMl !== null) parts.push(pumped.sides);
      parts.push(duration);
      break;
    }
    case 'bottle':
      parts.push(v(s.volumeMl ?? 0));
      if (s.milkType) parts.push(t(`milk.${s.milkType}`));
      // How long it took, as for a pump: a bottle logged now starts its minutes before, so its time reads earlier.
      parts.push(duration);
      break;
    case 'massage':
      parts.push(duration);
      break;
  }
  if (s.massage && s.kind !== 'massage') parts.push(`${t('form.massage')} ${t('time.minutes', { m: s.massage.minutes })}`);
  return parts.join(' · ');
}

interface Props {
  session: Session;
  unit: VolumeUnit;
  lang: string;
  nowMs: number;
  babyName: string | null;
  /** Saved on this phone, not yet on the server (it waits in the outbox). */
  waiting?: boolean;
}

export function EntryItem({ session, unit, lang, nowMs, babyName, waiting = false }: Props): JSX.Element {
  const Icon = ICONS[session.kind];
  const kind = t(`kind.${session.kind}`);
  const time = timeText(session.startedAt, lang);
  return (
    <Link
      href={`/log/${session.id}`}
      class="entry"
      aria-label={`${t('log.edit', { kind, time })}: ${entrySummary(session, unit, lang, nowMs)}${waiting ? ` (${t('log.waiting')})` : ''}`}
      data-waiting={waiting ? 'true' : undefined}
    >
      <span class="icon" aria-hidden="true">
        <Icon />
      </span>
      <span class="body">
        <span class="title">
          <span>
            {kind}
            {babyName ? ` · ${babyName}` : ''}
          </span>
          <time dateTime={session.startedAt}>{time}</time>
        </span>
        <span class="summary">{entrySummary(session, unit, lang, nowMs)}</span>
        {waiting && <span class="waiting-tag">{t('log.waiting')}</span>}
      </span>
    </Link>
  );
}
