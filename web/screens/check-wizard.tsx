/**
 * /check: the symptom check, one question (or one short group) a screen, asking only what fits what
 * she says it is about. Her signs come first, and one "yes" ends on the result. Back and
 * "I don't know / skip" are always there. /check?for=baby starts at the baby's screens.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../../src/domain/session.js';
import { ApiError } from '../api.js';
import { QUESTION_ID, renderStep } from '../components/check-steps.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportIfSignedOut, reportUnlessOffline } from '../errors.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore } from '../state/account.js';
import { babyRecordsStore, refreshBabyRecords } from '../state/baby-records.js';
import { submitCheck } from '../state/check-store.js';
import {
  checkDraft,
  checkDraftNow,
  checkForOther,
  checkHousehold,
  daysSinceBirth,
  emergencyNow,
  feedsFromLog,
  nappiesFromLog,
  nappiesShownFromLog,
  newDraft,
  problemsForStep,
  skipStep,
  stepOfField,
  stepsFor,
  weightFromLog,
  withNappiesFromLog,
  withWeightFromLog,
  type CheckDraft,
  type ProblemCode,
  type StepId,
} from '../state/check-wizard.js';
import { prefsStore } from '../state/prefs.js';
import { canWrite } from '../state/sharing-role.js';
import { createStore, useStore } from '../state/store.js';
import { householdLabel } from '../state/sharing-clients.js';
import { roleText } from '../state/sharing-format.js';
import { recentStore, refreshRecent } from '../state/today.js';

interface WizardState {
  draft: CheckDraft | null;
  /**
   * The household the check was begun for: it is saved there, even if the app has since switched to
   * another (the one it was for is no longer shared with her). Null until the first answer.
   */
  householdId: string | null;
  step: StepId | null;
  problems: FieldProblem[];
  /** When an answer was last given (ms). */
  touchedAt: number;
}

const FRESH: WizardState = { draft: null, householdId: null, step: null, problems: [], touchedAt: 0 };

/** The check in progress, kept while the person looks elsewhere (history, a routine) and comes back. */
const wizardStore = createStore<WizardState>(FRESH);

/** A check left this long ago starts again: the answers describe how things were then, not now. */
const STALE_MS = 60 * 60_000;

/**
 * After a tap moves to the next question, taps are ignored this long, so a double tap (or a
 * shaky thumb) can't answer the next question by accident.
 */
const SETTLE_MS = 350;

/** Forgets a check in progress that was left too long ago, or one for someone else (runs once, as the wizard opens). */
function forgetStaleCheck(forBaby: boolean): void {
  const s = wizardStore.get();
  if (s.draft && (Date.now() - s.touchedAt > STALE_MS || s.draft.forBaby !== forBaby)) wizardStore.set(FRESH);
}

export function CheckWizard({ forBaby }: { forBaby: boolean }): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const recent = useStore(recentStore);
  const records = useStore(babyRecordsStore);
  useState(() => forgetStaleCheck(forBaby));
  useEffect(() => {
    refreshRecent().catch(reportUnlessOffline);
    refreshBabyRecords().catch(reportUnlessOffline);
  }, []);
  const state = useStore(wizardStore);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const settledAt = useRef(0);
  /** One submission at a time, even from a double tap before the button shows it is busy. */
  const submitting = useRef(false);
  const [settled, setSettled] = useState(true);

  const baby = account.babies.find((b) => b.id === account.babyId) ?? null;
  const feeds = feedsFromLog(recent.sessions, account.babies.length > 1 ? account.babyId : null, Date.now());
  const weightBabyId = account.babyId ?? (account.babies.length === 1 ? (account.babies[0]?.id ?? null) : null);
  // Answers from the log only from the household the check is for (the app may have switched away from it).
  const logOfCheck = records.householdId !== null && records.householdId === checkHousehold(state.householdId, account.householdId);
  const weight = weightBabyId && logOfCheck ? weightFromLog(records.weights, weightBabyId, Date.now()) : null;
  const nappies = weightBabyId && logOfCheck ? nappiesFromLog(records.nappies, weightBabyId, Date.now()) : null;
  const started = state.draft ?? newDraft(prefs.temperatureUnit, daysSinceBirth(baby?.birthDate ?? null, Date.now()), { forBaby, feeds });
  const steps = stepsFor(started);
  const index = Math.max(0, state.step ? steps.indexOf(state.step) : 0);
  // The logged weights and nappies may arrive after the check began: they fill in their questions
  // until she has moved past their screen (her answer, or her skip, then stands).
  const until = (s: StepId): boolean => steps.indexOf(s) === -1 || index <= steps.indexOf(s);
  const withWeight = until('babyFeeding') ? withWeightFromLog(started, weight) : started;
  const draft = until('babyNappies') ? withNappiesFromLog(withWeight, nappies) : withWeight;
  const step: StepId = steps[index] ?? steps[0] ?? 'emergency';
  const last = index === steps.length - 1;
  const errors = problemsForStep(state.problems, step, steps);
  const aboutKnown = draft.forBaby || draft.about.length > 0 || steps.indexOf('about') < index;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    questionRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    setSettled(false);
    const timer = setTimeout(() => setSettled(true), Math.max(0, settledAt.current - Date.now()));
    return () => clearTimeout(timer);
  }, [step]);

  /** Wraps a tap handler so it does nothing while a new question is settling in. */
  const steady =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (Date.now() >= settledAt.current) fn(...args);
    };

  const setDraft = (d: CheckDraft): void => wizardStore.set((s) => ({ ...s, draft: d, householdId: checkHousehold(s.householdId, account.householdId), step, problems: [], touchedAt: Date.now() }));
  const goTo = (to: StepId, d: CheckDraft, problems: FieldProblem[] = []): void => {
    setFailure(null);
    if (to !== step) settledAt.current = Date.now() + SETTLE_MS;
    wizardStore.set((s) => ({ draft: d, householdId: checkHousehold(s.householdId, account.householdId), step: to, problems, touchedAt: Date.now() }));
  };

  const showProblems = (d: CheckDraft, problems: FieldProblem[]): void => {
    const first = problems[0];
    const shown = stepsFor(d);
    goTo(first ? stepOfField(first.field, shown) : step, d, problems);
    setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  /** Shows the result; `cannotWait` (a sign tapped, an emergency clear) sends a refused number as unknown. */
  const finish = async (d: CheckDraft, cannotWait = false): Promise<void> => {
    const checked = cannotWait ? checkDraftNow(d) : checkDraft(d);
    if (!checked.ok) return showProblems(d, checked.problems);
    // The household it was begun for, never the one the app may have switched to since.
    const hid = checkHousehold(wizardStore.get().householdId, account.householdId);
    if (!hid || submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const check = await submitCheck(hid, checked.answers);
      wizardStore.set(FRESH);
      navigate(`/check/result/${check.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && Object.keys(e.fields).length > 0) {
        showProblems(d, Object.entries(e.fields).map(([field, message]) => ({ field, message })));
      } else {
        reportIfSignedOut(e);
        setFailure(errorText(e));
      }
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  /**
   * Moves on when this screen's answers are fine (or shows why not); the last screen shows the
   * result, and so does any screen once the answers already call for the emergency number.
   */
  const next = steady((d: CheckDraft): void => {
    const checked = checkDraft(d);
    const shown = stepsFor(d);
    const mine = checked.ok ? [] : checked.problems.filter((p) => stepOfField(p.field, shown) === step);
    if (mine.length > 0) return showProblems(d, mine);
    if (emergencyNow(d, Date.now())) return void finish(d, true);
    const at = shown.indexOf(step);
    const to = shown[at + 1];
    if (!to) void finish(d);
    else goTo(to, d);
  });

  const jump = steady((to: StepId, d: CheckDraft): void => goTo(to, d));

  const back = steady((): void => {
    const to = steps[index - 1];
    if (!to) navigate('/');
    else goTo(to, draft);
  });

  const pick = <K extends keyof CheckDraft>(key: K, value: CheckDraft[K], advance: boolean): void => {
    if (Date.now() < settledAt.current) return;
    const d = { ...draft, [key]: value };
    if (advance) next(d);
    else setDraft(d);
  };
  const skip = steady((): void => next(skipStep(draft, step)));
  const finishNow = steady((d: CheckDraft): void => void finish(d, true));

  const errorOf = (field: string): string | undefined => {
    const code: ProblemCode | undefined = errors[field];
    return code ? t(`check.errors.${code}`) : undefined;
  };
  const FIELD_ERRORS = ['temperature.value', 'temperature.unit', 'temperature', 'babyTemperature.value', 'babyTemperature', 'hoursSinceOnset', 'daysSinceBirth', 'antibiotics.hoursSinceStart', 'babyFeeds24h', 'babyHoursSinceFeed', 'babyWetNappies24h', 'babyDirtyNappies24h'];
  const otherErrors = Object.keys(errors).filter((f) => !FIELD_ERRORS.includes(f));

  if (!canWrite(account)) {
    // A consultant reads a client's household; a check made here would be saved in the client's record.
    return (
      <section class="check-wizard">
        <PageTitle>{t('check.title')}</PageTitle>
        <p>{t('check.readOnly')}</p>
        <Link href="/check/history">{t('check.historyLink')}</Link>
      </section>
    );
  }

  // "From your log" only while the answer is still the one the log gave.
  const weightShown = weight !== null && draft.babyWeightLossOver10 === (weight.over10 ? 'yes' : 'no');
  const body = renderStep(step, draft, { pick, setDraft, next, finish: finishNow, jump, errorOf, busy, last }, { feeds: feeds !== null, weight: weightShown, nappies: nappiesShownFromLog(draft) });
  const help = t(`check.q.${step}.help`);
  // She chose another household after beginning: say where this check will be saved.
  const forOther = checkForOther(state.householdId, account.householdId, account.households);
  const inUse = account.households.find((h) => h.id === account.householdId) ?? null;
  return (
    <section class="check-wizard" aria-busy={busy ? 'true' : undefined}>
      <div class="check-head">
        <PageTitle>{t('check.title')}</PageTitle>
        <Link class="check-history-link" href="/check/history">
          {t('check.historyLink')}
        </Link>
      </div>
      {forOther && (
        <div class="card check-for-other" role="status" data-testid="check-for-other">
          <p>{t('check.forOther', { name: householdLabel(forOther, roleText) })}</p>
          <button type="button" onClick={() => wizardStore.set(FRESH)}>
            {t('check.startAgainHere', { name: inUse ? householdLabel(inUse, roleText) : '' })}
          </button>
        </div>
      )}
      {index === 0 && <p class="check-intro">{t(draft.forBaby ? 'check.introBaby' : 'check.intro')}</p>}
      <div class="check-progress">
        <span>{aboutKnown ? t('check.progress', { n: index + 1, total: steps.length }) : t('check.progressStart', { n: index + 1 })}</span>
        {aboutKnown && (
          <div class="check-progress-bar" aria-hidden="true">
            <div style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
          </div>
        )}
      </div>
      <div class="check-step card" data-step={step} data-settled={settled && Date.now() >= settledAt.current ? 'true' : 'false'}>
        <h2 id={QUESTION_ID} ref={questionRef} tabIndex={-1}>
          {t(`check.q.${step}.title`)}
        </h2>
        {help && <p class="muted check-help">{help}</p>}
        {body}
        {otherErrors.length > 0 && (
          <p class="form-error" role="alert">
            {t('check.errors.invalid')}
          </p>
        )}
      </div>
      {failure && (
        <p class="form-error" role="alert">
          {failure}
        </p>
      )}
      <div class="check-nav">
        <button type="button" onClick={back}>
          {t('common.back')}
        </button>
        <button type="button" onClick={skip} disabled={busy}>
          {t('check.skip')}
        </button>
      </div>
    </section>
  );
}
