/**
 * /check/result/:id — leads with the level (words, colour and icon; "Seek care now" above
 * everything), then what to do now, what to avoid, when to check again, routines, why, sources,
 * and "this is not a diagnosis".
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isSourceKey, SOURCES } from '../../src/domain/sources.js';
import type { Localized, TriageResult } from '../../src/domain/triage/index.js';
import { LevelIcon, levelTitle } from '../components/check-level.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportError } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { findCheck, retryUnsaved, savedChecksStore, type AnyCheck } from '../state/check-store.js';
import { notify } from '../state/notice.js';
import { checkedAtText, localized } from '../state/check-format.js';
import { useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; check: AnyCheck };

export function CheckResult({ id }: { id: string }): JSX.Element {
  const account = useStore(accountStore);
  const hid = account.householdId;
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [retrying, setRetrying] = useState(false);
  const saved = useStore(savedChecksStore);

  const load = async (): Promise<void> => {
    if (!hid) return;
    setState({ status: 'loading' });
    try {
      const check = await findCheck(hid, id);
      setState(check ? { status: 'ready', check } : { status: 'missing' });
    } catch (e) {
      reportError(e);
      setState({ status: 'failed', message: errorText(e) });
    }
  };

  useEffect(() => {
    void load();
  }, [hid, id]);

  if (state.status !== 'ready') {
    return (
      <section aria-busy={state.status === 'loading' ? 'true' : undefined}>
        <PageTitle>{t('check.result.title')}</PageTitle>
        {state.status === 'loading' && <p class="muted">{t('app.loading')}</p>}
        {state.status === 'missing' && <p>{t('check.result.missing')}</p>}
        {state.status === 'failed' && <LoadFailure message={state.message} onRetry={() => void load()} />}
        <p>
          <Link href="/check/history">{t('check.historyLink')}</Link>
        </p>
      </section>
    );
  }

  // Sent in the background (the network came back): show the server's result.
  const sentMeanwhile = !state.check.saved ? saved[state.check.id] : undefined;
  const check: AnyCheck = sentMeanwhile ? { saved: true, ...sentMeanwhile } : state.check;
  const retry = async (): Promise<void> => {
    setRetrying(true);
    try {
      const saved = await retryUnsaved(check.id);
      setState({ status: 'ready', check: { saved: true, ...saved } });
      notify(t('check.result.savedNow'));
    } catch (e) {
      reportError(e);
    } finally {
      setRetrying(false);
    }
  };

  return <ResultView check={check} retrying={retrying} onRetry={() => void retry()} />;
}

function ResultView({ check, retrying, onRetry }: { check: AnyCheck; retrying: boolean; onRetry: () => void }): JSX.Element {
  const lang = useStore(languageStore);
  const r: TriageResult = check.result;
  const text = (l: Localized): string => localized(l, lang);

  return (
    <article class="check-result" data-testid="check-result">
      <header class={`check-level level-${r.level}`} data-testid="check-level">
        <LevelIcon level={r.level} />
        <div>
          <PageTitle>{levelTitle(r.level)}</PageTitle>
          <p class="check-level-line">{t(`check.level.${r.level}.line`)}</p>
        </div>
      </header>

      {!check.saved && (
        <div class="check-unsaved" role="status">
          <p>{t('check.result.unsaved')}</p>
          <button type="button" class="primary wide" onClick={onRetry} disabled={retrying}>
            {retrying ? t('common.saving') : t('check.result.saveNow')}
          </button>
        </div>
      )}

      <p class="muted check-when">{t('check.result.checkedAt', { when: checkedAtText(check.checkedAt, lang) })}</p>

      <section aria-labelledby="r-now">
        <h2 id="r-now">{t('check.result.now')}</h2>
        <ul class="check-list">
          {r.nextSteps.map((s) => (
            <li key={s.id}>{text(s.text)}</li>
          ))}
        </ul>
      </section>

      {r.avoid.length > 0 && (
        <section aria-labelledby="r-avoid">
          <h2 id="r-avoid">{t('check.result.avoid')}</h2>
          <ul class="check-list avoid">
            {r.avoid.map((s) => (
              <li key={s.id}>{text(s.text)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="r-recheck">
        <h2 id="r-recheck">{t('check.result.recheck')}</h2>
        <p>{r.recheckInHours ? t('check.recheck.watch', { min: r.recheckInHours.min, max: r.recheckInHours.max }) : t(`check.recheck.${r.level}`)}</p>
      </section>

      {r.fitRoutines.length > 0 && (
        <section aria-labelledby="r-fit">
          <h2 id="r-fit">{t('check.result.fit')}</h2>
          <ul class="check-routines">
            {r.fitRoutines.map((id) => (
              <li key={id}>
                <Link class="button wide" href={`/massage/${id}`}>
                  {t(`massage.names.${id}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {r.avoidRoutines.length > 0 && (
        <section aria-labelledby="r-avoid-routines">
          <h2 id="r-avoid-routines">{t('check.result.avoidRoutines')}</h2>
          <ul class="check-list avoid">
            {r.avoidRoutines.map((id) => (
              <li key={id}>{t(`massage.names.${id}`)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="r-why">
        <h2 id="r-why">{t('check.result.why')}</h2>
        {r.fired.length > 0 ? (
          <ul class="check-list">
            {r.fired.map((f) => (
              <li key={f.id}>{text(f.reason)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('check.result.noRules')}</p>
        )}
      </section>

      {r.citations.length > 0 && (
        <section aria-labelledby="r-sources">
          <h2 id="r-sources">{t('check.result.sources')}</h2>
          <ol class="check-sources">
            {r.citations.map((k) => (
              <li key={k}>{isSourceKey(k) ? SOURCES[k].citation : k}</li>
            ))}
          </ol>
        </section>
      )}

      <p class="check-disclaimer">{text(r.disclaimer)}</p>
      <p class="muted check-version">{t('check.result.rules', { version: r.rulesVersion })}</p>

      <div class="button-row">
        <Link class="button" href="/check">
          {t('check.result.again')}
        </Link>
        <Link class="button" href="/check/history">
          {t('check.historyLink')}
        </Link>
      </div>
    </article>
  );
}
