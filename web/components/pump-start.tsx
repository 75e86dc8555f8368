/**
 * The top of the pump screen: time a pump now (both breasts in one tap, or one), or hands-on
 * pumping, which times the pump while its steps run. With a pump timer already running, a way
 * back to it instead. Logging a pump done earlier is the form below.
 */
import type { JSX } from 'preact';
import { PUMP_SIDES, type PumpSides } from '../../src/domain/pump-timer.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useStore } from '../state/store.js';
import { runningTimers, startPump } from '../state/timer.js';
import { recentStore } from '../state/today.js';
import { Link } from './link.js';
import { HandsOnPumping } from './massage-suggest.js';

export function PumpStart(): JSX.Element {
  const recent = useStore(recentStore);
  const running = runningTimers(recent.sessions).find((s) => s.kind === 'pump');

  const start = (which: PumpSides): void => {
    startPump(which);
    navigate('/');
  };

  return (
    <div class="pump-start">
      {running ? (
        <p>
          <Link href="/" class="button primary wide">
            {t('pumpTimer.goTo')}
          </Link>
        </p>
      ) : (
        <div role="group" aria-labelledby="pump-start-title">
          <h2 id="pump-start-title" class="section-title">
            {t('pumpTimer.start')}
          </h2>
          <div class="pump-start-buttons">
            {PUMP_SIDES.map((w) => (
              <button key={w} type="button" class={w === 'both' ? 'primary' : undefined} onClick={() => start(w)}>
                {t(`pumpTimer.sides.${w}`)}
              </button>
            ))}
          </div>
        </div>
      )}
      <HandsOnPumping />
      <h2 class="section-title">{t('pumpTimer.logDone')}</h2>
    </div>
  );
}
