/** The "enough milk?" card on the home screen, for the baby in use while under four weeks (loaded with the card's code). */
import type { JSX } from 'preact';
import type { Session } from '../../src/domain/session.js';
import { languageStore } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { babyRecordsStore } from '../state/baby-records.js';
import { useStore } from '../state/store.js';
import { EnoughMilkCard } from './enough-milk-card.js';

/** Starts of a baby's feeds: nursing and bottles, for her (twins), or for nobody in particular. */
export function feedStartsOf(sessions: readonly Session[], babyId: string, onlyBaby: boolean): string[] {
  return sessions.filter((s) => !s.deletedAt && (s.kind === 'nurse' || s.kind === 'bottle') && (s.babyId === babyId || (onlyBaby && s.babyId === null))).map((s) => s.startedAt);
}

export function HomeBaby({ sessions, nowMs }: { sessions: readonly Session[]; nowMs: number }): JSX.Element | null {
  const account = useStore(accountStore);
  const records = useStore(babyRecordsStore);
  const lang = useStore(languageStore);
  const baby = account.babies.find((b) => b.id === account.babyId);
  if (!baby || !records.loaded) return null;
  return (
    <EnoughMilkCard
      baby={baby}
      nappies={records.nappies.filter((n) => n.babyId === baby.id)}
      weights={records.weights.filter((w) => w.babyId === baby.id)}
      feedStarts={feedStartsOf(sessions, baby.id, account.babies.length === 1)}
      nowMs={nowMs}
      lang={lang}
      audience="parent"
      compact
      loggingSince={records.loggingSince}
    />
  );
}
