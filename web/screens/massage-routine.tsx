/** One routine: what it is for, its steps with pictures, cautions and evidence with sources, and Start. */
import type { JSX } from 'preact';
import { restore } from '../../src/domain/player.js';
import { isRoutineId } from '../../src/domain/routine-ids.js';
import { CATALOGUES, disclaimer, getRoutine } from '../../src/domain/routines/index.js';
import { BackLink } from '../components/back-link.js';
import { Link } from '../components/link.js';
import { Cited, minutesLabel, SourceList, SourceNumbers, StepPicture, TouchNote, uniqueCitations } from '../components/massage-parts.js';
import { PageTitle } from '../components/page-title.js';
import { AlertIcon, PlayIcon } from '../components/player-icons.js';
import { formatClock } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { gateStore, loadPlayer, requestStart, setAfterGate } from '../state/massage-store.js';
import { useStore } from '../state/store.js';

export function MassageRoutine({ id }: { id: string }): JSX.Element {
  const lang = useStore(languageStore);
  const routine = getRoutine(id, lang);
  if (!routine) {
    return (
      <section>
        <BackLink href="/massage" />
        <PageTitle>{t('massage.notFound')}</PageTitle>
        <Link href="/massage">{t('massage.toLibrary')}</Link>
      </section>
    );
  }

  const saved = isRoutineId(id) ? loadPlayer(id) : null;
  const inProgress = saved ? restore(saved, Date.now()) : null;
  const resumable = inProgress !== null && inProgress.status !== 'ready';
  const sources = uniqueCitations([routine.citations, ...routine.cautions.map((c) => c.citations), ...routine.tips.map((c) => c.citations), ...routine.faq.map((f) => f.citations)]);
  const pictures = CATALOGUES[lang].pictures;

  const start = (): void => {
    const play = `/massage/${routine.id}/play`;
    requestStart(routine.id);
    if (gateStore.get()) {
      navigate(play);
    } else {
      setAfterGate(play);
      navigate('/massage/when-not');
    }
  };

  return (
    <section class="massage">
      <BackLink href="/massage" />
      <PageTitle>{routine.title}</PageTitle>
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
      {routine.perSide && <p class="muted">{t('massage.perSide')}</p>}
      <button type="button" class="primary wide massage-start" onClick={start}>
        <PlayIcon />
        {resumable ? t('massage.continue') : t('massage.start')}
      </button>
      <Link href="/massage/when-not" class="button wide when-not-link">
        <AlertIcon />
        {t('massage.whenNot')}
      </Link>
      {routine.note && (
        <div class="card massage-note">
          <h2>{t('massage.goodToKnow')}</h2>
          <p>{routine.note}</p>
        </div>
      )}
      <h2 class="section-title">{t('massage.steps')}</h2>
      <ol class="massage-steps">
        {routine.steps.map((s, i) => (
          <li key={s.id} class="card">
            <StepPicture svg={s.picture} label={pictures[s.pictureId]} />
            <div>
              <p class="massage-step-head">
                {t('massage.stepN', { n: i + 1 })} · <span class="tabular">{formatClock(s.seconds)}</span>
              </p>
              <p>{s.text}</p>
              <TouchNote picture={s.pictureId} />
            </div>
          </li>
        ))}
      </ol>
      <h2 class="section-title">{t('massage.cautions')}</h2>
      <ul class="massage-list">
        {routine.cautions.map((c) => (
          <li key={c.id}>
            {c.text} <Cited item={c} list={sources} />
          </li>
        ))}
      </ul>
      {routine.tips.length > 0 && (
        <>
          <h2 class="section-title">{t('massage.tips')}</h2>
          <ul class="massage-list">
            {routine.tips.map((c) => (
              <li key={c.id}>
                {c.text} <Cited item={c} list={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {routine.faq.length > 0 && <h2 class="section-title">{t('massage.faq')}</h2>}
      {routine.faq.map((f) => (
        <details key={f.id} class="more">
          <summary>{f.question}</summary>
          <div class="details-body">
            <p>
              {f.answer} <Cited item={f} list={sources} />
            </p>
          </div>
        </details>
      ))}
      <h2 class="section-title">{t('massage.evidence')}</h2>
      <p>
        {routine.evidence} <SourceNumbers cited={routine.citations} list={sources} />
      </p>
      <h2 class="section-title">{t('massage.sources')}</h2>
      <SourceList citations={sources} />
      <p class="massage-disclaimer">{disclaimer(lang)}</p>
    </section>
  );
}
