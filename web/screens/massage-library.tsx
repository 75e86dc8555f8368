/** The routine library: every routine as a card, "when not to massage", the FAQ and the sources. */
import type { JSX } from 'preact';
import { restore } from '../../src/domain/player.js';
import { ROUTINE_IDS } from '../../src/domain/routine-ids.js';
import { disclaimer, faq, listRoutines, REFERENCES, type Routine } from '../../src/domain/routines/index.js';
import { Link } from '../components/link.js';
import { Cited, minutesLabel, SourceList } from '../components/massage-parts.js';
import { PageTitle } from '../components/page-title.js';
import { AlertIcon, PlayIcon } from '../components/player-icons.js';
import { languageStore, t } from '../i18n.js';
import { loadPlayer, markBeforeAFeed } from '../state/massage-store.js';
import { useStore } from '../state/store.js';

/** Routines started (or finished but not yet saved to the log) on this device. */
function unfinished(routines: readonly Routine[]): Routine[] {
  const open = new Set(
    ROUTINE_IDS.filter((id) => {
      const saved = loadPlayer(id);
      const state = saved ? restore(saved, Date.now()) : null;
      return state !== null && state.status !== 'ready';
    }),
  );
  return routines.filter((r) => open.has(r.id));
}

function RoutineCard({ routine }: { routine: Routine }): JSX.Element {
  return (
    <li class="card massage-card">
      <h2>
        <Link href={`/massage/${routine.id}`} onClickCapture={() => markBeforeAFeed(routine.id, false)}>
          {routine.title}
        </Link>
      </h2>
      <p>{routine.purpose}</p>
      <p class="massage-meta">
        <span class="massage-minutes">{minutesLabel(routine.totalSeconds)}</span>
        <span class="visually-hidden">{t('massage.whenLabel')}:</span>
        {routine.when.map((w) => (
          <span key={w} class="chip">
            {t(`massage.when.${w}`)}
          </span>
        ))}
      </p>
    </li>
  );
}

export function MassageLibrary(): JSX.Element {
  const lang = useStore(languageStore);
  const routines = listRoutines(lang);
  const open = unfinished(routines);
  return (
    <section class="massage">
      <PageTitle>{t('massage.title')}</PageTitle>
      <p>{t('massage.intro')}</p>
      {open.length > 0 && (
        <div class="card massage-resume">
          <h2>{t('massage.inProgress')}</h2>
          <ul>
            {open.map((r) => (
              <li key={r.id}>
                <Link href={`/massage/${r.id}/play`} class="button primary wide">
                  <PlayIcon />
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="massage-disclaimer">{disclaimer(lang)}</p>
      <Link href="/massage/when-not" class="button wide when-not-link">
        <AlertIcon />
        {t('massage.whenNot')}
      </Link>
      <ul class="massage-cards" aria-label={t('massage.routines')}>
        {routines.map((r) => (
          <RoutineCard key={r.id} routine={r} />
        ))}
      </ul>
      <h2 class="section-title">{t('massage.faq')}</h2>
      {faq(lang).map((f) => (
        <details key={f.id} class="more">
          <summary>{f.question}</summary>
          <div class="details-body">
            <p>{f.answer}</p>
            <p>
              <Cited item={f} list={REFERENCES} />
            </p>
          </div>
        </details>
      ))}
      <details class="more" id="sources">
        <summary>{t('massage.sources')}</summary>
        <div class="details-body">
          <SourceList citations={REFERENCES} />
        </div>
      </details>
    </section>
  );
}
