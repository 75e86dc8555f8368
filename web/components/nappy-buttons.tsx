/**
 * Nappies from home: one tap logs a wet, dirty or both nappy now, for the baby in use; the one just
 * logged can take a colour (dirty) or "pink urates" (wet) with one more tap, or be undone. Saved
 * through the outbox, so it works offline.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { NAPPY_KINDS, STOOL_COLOURS, isDirty, isWet, type Nappy, type NappyKind, type StoolColour } from '../../src/domain/baby/nappy.js';
import { reportUnlessOffline } from '../errors.js';
import { timeText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { babyRecordsStore, deleteNappy, nappyInput, refreshBabyRecords, saveNappy } from '../state/baby-records.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { useNow } from '../state/use-now.js';
import { Link } from './link.js';
import '../styles/baby.css';

/** The nappy just logged stays open for a colour this long. */
const DETAILS_MS = 15 * 60_000;

function NappyIcon({ kind }: { kind: NappyKind }): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d="M3 7h18l-2 6a7 7 0 0 1-14 0z" />
      {kind !== 'dirty' && <path d="M9 10.5c0 1.5 1 2.5 2 2.5" />}
      {kind !== 'wet' && <circle cx="15" cy="11.5" r="1.6" fill="currentColor" />}
    </svg>
  );
}

function JustLogged({ nappy, lang }: { nappy: Nappy; lang: string }): JSX.Element {
  const change = (patch: Partial<Nappy>): void => {
    void saveNappy({ ...nappyInput(nappy), ...patch }, nappy);
  };
  const undo = (): void => {
    void deleteNappy(nappy.id).then(() => notify(t('nappy.undone')));
  };
  return (
    <div class="nappy-details" data-testid="nappy-just-logged">
      <p class="nappy-last">
        {t('nappy.last', { kind: t(`nappy.kind.${nappy.kind}`), time: timeText(nappy.changedAt, lang) })}
        <button type="button" class="link" onClick={undo}>
          {t('nappy.undo')}
        </button>
      </p>
      {isDirty(nappy) && (
        <div class="nappy-chips" role="group" aria-label={t('nappy.colourLabel')}>
          {STOOL_COLOURS.map((c: StoolColour) => (
            <button key={c} type="button" class="nappy-chip" aria-pressed={nappy.colour === c} onClick={() => change({ colour: nappy.colour === c ? null : c })}>
              <span class={`nappy-swatch nappy-swatch-${c}`} aria-hidden="true" />
              {t(`nappy.colour.${c}`)}
            </button>
          ))}
        </div>
      )}
      {isWet(nappy) && (
        <div class="nappy-chips">
          <button type="button" class="nappy-chip" aria-pressed={nappy.pinkUrates} onClick={() => change({ pinkUrates: !nappy.pinkUrates })}>
            <span class="nappy-swatch nappy-swatch-pink" aria-hidden="true" />
            {t('nappy.pinkUrates')}
          </button>
        </div>
      )}
    </div>
  );
}

export function NappyButtons(): JSX.Element | null {
  const account = useStore(accountStore);
  const records = useStore(babyRecordsStore);
  const lang = useStore(languageStore);
  const nowMs = useNow(30_000);
  const hid = account.householdId;

  useEffect(() => {
    if (hid) refreshBabyRecords().catch(reportUnlessOffline);
  }, [hid]);

  const babyId = account.babyId;
  if (!hid || !babyId || !canWrite(account)) return null;
  const baby = account.babies.find((b) => b.id === babyId);
  const twins = account.babies.length > 1;
  const me = account.user?.id;
  const last = records.nappies.find((n) => n.babyId === babyId && n.createdBy === me && nowMs - Date.parse(n.createdAt) < DETAILS_MS);

  const log = (kind: NappyKind): void => {
    void saveNappy({ babyId, changedAt: new Date().toISOString(), kind, colour: null, pinkUrates: false, notes: '' });
    notify(t('nappy.logged', { kind: t(`nappy.kind.${kind}`) }));
  };

  return (
    <section class="nappy-card" aria-labelledby="nappy-title">
      <h2 id="nappy-title" class="section-title">
        {twins && baby ? t('nappy.titleFor', { name: baby.name }) : t('nappy.title')}
      </h2>
      <div class="nappy-actions">
        {NAPPY_KINDS.map((k) => (
          <button key={k} type="button" class="nappy-button" onClick={() => log(k)}>
            <NappyIcon kind={k} />
            {t(`nappy.${k}`)}
          </button>
        ))}
      </div>
      {last && <JustLogged nappy={last} lang={lang} />}
      <p class="nappy-more">
        <Link href="/baby">{t('nappy.more')}</Link>
      </p>
    </section>
  );
}
