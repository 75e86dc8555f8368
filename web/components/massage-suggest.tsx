/**
 * "Massage first?" on the home screen and a one-tap hands-on pumping on the pump form. Loaded
 * with those screens, so it reads only the routines' language-free definitions (a few hundred
 * bytes) and short names from the app's catalogue, never the routine texts and pictures.
 */
import type { JSX } from 'preact';
import { ROUTINE_DEFS } from '../../src/domain/routines/definitions.js';
import { t } from '../i18n.js';
import { markBeforeAFeed, requestStart } from '../state/massage-store.js';
import { Link } from './link.js';

/**
 * Routines that fit before a feed or pump. Hands-on pumping is left to the pump form, where it
 * belongs (and where it starts with one tap).
 */
const BEFORE = ROUTINE_DEFS.filter((d) => d.when.includes('before') && d.id !== 'hands-on-pumping').map((d) => d.id);

export function MassageFirst(): JSX.Element {
  return (
    <div class="massage-first">
      <h2 class="massage-first-label">
        {t('massage.suggest.label')}
      </h2>
      <ul>
        {BEFORE.map((id) => (
          <li key={id}>
            <Link href={`/massage/${id}`} class="chip-link" onClickCapture={() => markBeforeAFeed(id, true)}>
              {t(`massage.names.${id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Opens the player for hands-on pumping and starts it at once, which starts a pump timer with the
 * massage on it (web/state/massage-pump.ts); the pump form stays one Back away.
 */
export function HandsOnPumping(): JSX.Element {
  return (
    <p class="hands-on">
      <Link href="/massage/hands-on-pumping/play" class="button wide" onClickCapture={() => {
        requestStart('hands-on-pumping');
      }}>
        {t('massage.suggest.handsOn')}
      </Link>
      <span class="muted">{t('massage.suggest.handsOnHint')}</span>
    </p>
  );
}
