/**
 * "Massage first?" on the home screen and a one-tap hands-on pumping on the pump form. Loaded
 * with those screens, so it reads only the routines' language-free definitions (a few hundred
 * bytes) and short names from the app's catalogue, never the routine texts and pictures.
 */
import type { JSX } from 'preact';
import { ROUTINE_DEFS } from '../../src/domain/routines/definitions.js';
import { nudgeHides } from '../../src/domain/triage/nudge.js';
import { t } from '../i18n.js';
import { useCheckNudge } from '../state/check-nudge.js';
import { accountStore } from '../state/account.js';
import { markBeforeAFeed, requestStart } from '../state/massage-store.js';
import { offersMassage } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { NudgeNote } from './check-nudge.js';
import { Link } from './link.js';

/**
 * Routines that fit before a feed or pump. Hands-on pumping is left to the pump form, where it
 * belongs (and where it starts with one tap).
 */
const BEFORE = ROUTINE_DEFS.filter((d) => d.when.includes('before') && d.id !== 'hands-on-pumping').map((d) => d.id);

export function MassageFirst(): JSX.Element {
  // A recent symptom check may say to avoid some of these (src/domain/triage/nudge.ts).
  const nudge = useCheckNudge();
  const shown = BEFORE.filter((id) => !nudgeHides(nudge, id));
  return (
    <div class="massage-first">
      <h2 class="massage-first-label">
        {t('massage.suggest.label')}
      </h2>
      {nudge && shown.length < BEFORE.length && <NudgeNote nudge={nudge} what={shown.length === 0 ? 'all' : 'some'} />}
      {shown.length > 0 && (
        <ul>
          {shown.map((id) => (
            <li key={id}>
              <Link href={`/massage/${id}`} class="chip-link" onClickCapture={() => markBeforeAFeed(id, true)}>
                {t(`massage.names.${id}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Opens the player for hands-on pumping and starts it at once, which starts a pump timer with the
 * massage on it (web/state/massage-pump.ts); the pump form stays one Back away.
 */
export function HandsOnPumping(): JSX.Element | null {
  const account = useStore(accountStore);
  const nudge = useCheckNudge();
  // Her partner may log her pump, but the routine's hands are hers: not offered to him.
  if (!offersMassage(account)) return null;
  if (nudge && nudgeHides(nudge, 'hands-on-pumping')) return <NudgeNote nudge={nudge} what="handsOn" />;
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
