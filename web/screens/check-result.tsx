/**
 * /check/result/:id — leads with the level (words, colour and icon), then, when it means now, big
 * call buttons for the numbers in her care contacts; then what to do now, what to avoid, when to
 * check again, routines, why (the reasons at that level; the others "also noted"), sources, and
 * "this is not a diagnosis".
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isSourceKey, SOURCES } from '../../src/domain/sources.js';
import { callsFor, dialables, telHref } from '../../src/domain/care-contacts.js';
import { isAtLeast, type FiredRule, type Localized, type TriageResult } from '../../src/domain/triage/index.js';
import { LevelIcon } from '../components/check-level.js';
import { PhoneIcon } from '../components/icons.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportError, reportUnlessOffline } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { findCheck, retryUnsaved, savedChecksStore, unsavedReason, type AnyCheck } from '../state/check-store.js';
import { notify } from '../state/notice.js';
import { careContactsStore, loadCareContacts } from '../state/care-contacts.js';
import { checkedAtText, contactsOfResult, levelLineKeys, localized, reasonsByLevel } from '../state/check-format.js';
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

/** The big call buttons: the most pressing number first, each a tel: link. */
function CallButtons({ result, large }: { result: TriageResult; large: boolean }): JSX.Element | null {
  const lang = useStore(languageStore);
  const contacts = useStore(careContactsStore);
  const account = useStore(accountStore);
  useEffect(() => {
    if (account.householdId && contacts.householdId !== account.householdId) loadCareContacts(account.householdId).catch(reportUnlessOffline);
  }, [account.householdId]);
  const needs = contactsOfResult(result);
  if (needs.every((n) => n.kind === 'feeding-help')) return null;
  const calls = callsFor(needs, dialables(contacts.contacts, navigator.language, lang));
  const missing = needs.some((n) => n.kind === 'clinician') && !calls.some((c) => c.kind.endsWith('clinician'));
  return (
    <section class={`check-calls${large ? ' large' : ''}`} aria-label={t(large ? 'check.result.callsLabel' : 'check.result.callsToday')} data-testid="check-calls">
      {calls.map((c) => (
        <a key={c.kind} class={`button wide call-button call-${c.kind}`} href={telHref(c.phone)}>
          <PhoneIcon />
          <span>
            <span class="call-what">{c.name ? t('check.result.callNamed', { name: c.name }) : t('check.result.call', { number: c.phone })}</span>
            <span class="call-who">
              {t(`check.result.callKind.${c.kind}`)}
              {c.name ? ` · ${c.phone}` : ''}
            </span>
          </span>
        </a>
      ))}
      <p class="muted call-note">
        <Link href="/settings/contacts">{t(missing ? 'check.result.addNumbers' : 'check.result.checkNumbers')}</Link>
      </p>
    </section>
  );
}

/** "Lactea's own rule" beside a reason or a step that CLINICAL.md marks as Lactea's own. */
function Own({ own }: { own: boolean | undefined }): JSX.Element | null {
  return own ? <span class="check-own">{t('check.result.ownShort')}</span> : null;
}

function Reasons({ items, text }: { items: FiredRule[]; text: (l: Localized) => string }): JSX.Element {
  return (
    <ul class="check-list">
      {items.map((f) => (
        <li key={f.id}>
          {text(f.reason)} <Own own={f.own} />
        </li>
      ))}
    </ul>
  );
}

function ResultView({ check, retrying, onRetry }: { check: AnyCheck; retrying: boolean; onRetry: () => void }): JSX.Element {
  const lang = useStore(languageStore);
  const account = useStore(accountStore);
  const r: TriageResult = check.result;
  const unsaved = check.saved ? null : unsavedReason(check, account.households);
  const text = (l: Localized): string => localized(l, lang);
  const keys = levelLineKeys(r);
  const { why, alsoNoted } = reasonsByLevel(r);
  const serious = isAtLeast(r.level, 'urgent');
  const anyOwn = [...r.fired, ...r.nextSteps].some((x) => x.own);

  return (
    <article class="check-result" data-testid="check-result">
      <header class={`check-level level-${r.level}`} data-testid="check-level">
        <LevelIcon level={r.level} />
        <div>
          <PageTitle>{t(keys.title)}</PageTitle>
          <p class="check-level-line">{t(keys.line)}</p>
        </div>
      </header>

      {serious && <CallButtons result={r} large />}

      {unsaved === 'queued' && (
        <div class="check-unsaved" role="status">
          <p>{t('check.result.unsaved')}</p>
          <button type="button" class="primary wide" onClick={onRetry} disabled={retrying}>
            {retrying ? t('common.saving') : t('check.result.saveNow')}
          </button>
        </div>
      )}
      {(unsaved === 'not-shared' || unsaved === 'refused') && (
        <div class="check-unsaved" role="status" data-testid="check-not-saved">
          <p>{t(unsaved === 'not-shared' ? 'check.result.notShared' : 'check.result.refused')}</p>
        </div>
      )}

      <p class="muted check-when">{t('check.result.checkedAt', { when: checkedAtText(check.checkedAt, lang) })}</p>

      <section aria-labelledby="r-now">
        <h2 id="r-now">{t('check.result.now')}</h2>
        <ul class="check-list">
          {r.nextSteps.map((s) => (
            <li key={s.id}>
              {text(s.text)} <Own own={s.own} />
            </li>
          ))}
        </ul>
        {!serious && <CallButtons result={r} large={false} />}
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
        {why.length > 0 ? <Reasons items={why} text={text} /> : <p>{t('check.result.noRules')}</p>}
      </section>

      {alsoNoted.length > 0 && (
        <section aria-labelledby="r-also">
          <h2 id="r-also">{t('check.result.alsoNoted')}</h2>
          <Reasons items={alsoNoted} text={text} />
        </section>
      )}

      {r.citations.length > 0 && (
        <section aria-labelledby="r-sources">
          <h2 id="r-sources">{t('check.result.sources')}</h2>
          {anyOwn && <p class="muted">{t('check.result.own')}.</p>}
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
