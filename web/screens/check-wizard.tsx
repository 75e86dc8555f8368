/**
 * /check: the symptom check, one question a screen. Tapping an answer moves on; Back and
 * "I don't know / skip" are always there. Any emergency sign offers the result at once.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../../src/domain/session.js';
import type { BabyFeeding, BreastSide, NippleDamage, Trend, YesNo } from '../../src/domain/triage/index.js';
import { ApiError } from '../api.js';
import { BreastClock } from '../components/check-breast.js';
import { Choices, type Choice } from '../components/check-choices.js';
import { Field } from '../components/field.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { Segmented } from '../components/segmented.js';
import { errorText, reportIfSignedOut } from '../errors.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore } from '../state/account.js';
import { submitCheck } from '../state/check-store.js';
import { canWrite } from '../state/sharing-role.js';
import {
  alreadyUrgent,
  checkDraft,
  daysSinceBirth,
  EMERGENCY_FIELDS,
  HOUR_PICKS,
  newDraft,
  problemsForStep,
  skipStep,
  stepOfField,
  STEPS,
  type CheckDraft,
  type HourPickId,
  type LumpChoice,
  type ProblemCode,
  type RednessChoice,
  type StepId,
} from '../state/check-wizard.js';
import { prefsStore } from '../state/prefs.js';
import { createStore, useStore } from '../state/store.js';

interface WizardState {
  draft: CheckDraft | null;
  step: number;
  problems: FieldProblem[];
  /** When an answer was last given (ms). */
  touchedAt: number;
}

const FRESH: WizardState = { draft: null, step: 0, problems: [], touchedAt: 0 };

/** The check in progress, kept while the person looks elsewhere (history, a routine) and comes back. */
const wizardStore = createStore<WizardState>(FRESH);

/** A check left this long ago starts again: the answers describe how things were then, not now. */
const STALE_MS = 60 * 60_000;

const QUESTION_ID = 'check-question';

/**
 * After a tap moves to the next question, taps are ignored this long, so a double tap (or a
 * shaky thumb) can't answer the next question by accident.
 */
const SETTLE_MS = 350;

function yesNo(): Choice<YesNo>[] {
  return [
    { value: 'yes', label: t('check.answer.yes') },
    { value: 'no', label: t('check.answer.no') },
  ];
}

/** The steps whose single answer is all there is: one tap answers and moves on. */
const SINGLE: Partial<Record<StepId, keyof CheckDraft>> = {
  flu: 'fluLike',
  trend: 'trend',
  pus: 'pusOrBlood',
  nipple: 'nippleDamage',
  areola: 'areolaTooSwollenToLatch',
  feeding: 'babyFeeding',
  abscess: 'possibleAbscess',
  skin: 'skinBreakdown',
  health: 'diabetesOrWeakImmunity',
};

function singleOptions(step: StepId): Choice<string>[] {
  switch (step) {
    case 'trend':
      return (['better', 'same', 'worse'] as const satisfies readonly Trend[]).map((v) => ({ value: v, label: t(`check.trend.${v}`) }));
    case 'nipple':
      return (['none', 'cracked', 'infected'] as const satisfies readonly NippleDamage[]).map((v) => ({ value: v, label: t(`check.nipple.${v}`) }));
    case 'feeding':
      return (['well', 'poorly', 'not-at-all'] as const satisfies readonly BabyFeeding[]).map((v) => ({ value: v, label: t(`check.feeding.${v}`) }));
    default:
      return yesNo();
  }
}

/** Forgets a check in progress that was left too long ago (runs once, as the wizard opens). */
function forgetStaleCheck(): void {
  const s = wizardStore.get();
  if (s.draft && Date.now() - s.touchedAt > STALE_MS) wizardStore.set(FRESH);
}

export function CheckWizard(): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  useState(forgetStaleCheck);
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
  const draft = state.draft ?? newDraft(prefs.temperatureUnit, daysSinceBirth(baby?.birthDate ?? null, Date.now()));
  const index = Math.min(state.step, STEPS.length - 1);
  const step: StepId = STEPS[index] ?? 'emergency';
  const last = index === STEPS.length - 1;
  const errors = problemsForStep(state.problems, step);

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
  }, [index]);

  /** Wraps a tap handler so it does nothing while a new question is settling in. */
  const steady =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (Date.now() >= settledAt.current) fn(...args);
    };

  const setDraft = (d: CheckDraft): void => wizardStore.set((s) => ({ ...s, draft: d, problems: [], touchedAt: Date.now() }));
  const goTo = (i: number, d: CheckDraft, problems: FieldProblem[] = []): void => {
    setFailure(null);
    if (i !== index) settledAt.current = Date.now() + SETTLE_MS;
    wizardStore.set({ draft: d, step: Math.max(0, Math.min(STEPS.length - 1, i)), problems, touchedAt: Date.now() });
  };

  const showProblems = (d: CheckDraft, problems: FieldProblem[]): void => {
    const first = problems[0];
    const at = first ? STEPS.indexOf(stepOfField(first.field)) : index;
    goTo(at, d, problems);
    setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const finish = async (d: CheckDraft): Promise<void> => {
    const checked = checkDraft(d);
    if (!checked.ok) return showProblems(d, checked.problems);
    const hid = account.householdId;
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

  /** Moves on when this step's answers are fine (or shows why not); the last step shows the result. */
  const next = steady((d: CheckDraft): void => {
    const checked = checkDraft(d);
    const mine = checked.ok ? [] : checked.problems.filter((p) => stepOfField(p.field) === step);
    if (mine.length > 0) return showProblems(d, mine);
    if (last) void finish(d);
    else goTo(index + 1, d);
  });

  const back = steady((): void => {
    if (index === 0) navigate('/');
    else goTo(index - 1, draft);
  });

  const pick = <K extends keyof CheckDraft>(key: K, value: CheckDraft[K], advance: boolean): void => {
    if (Date.now() < settledAt.current) return;
    const d = { ...draft, [key]: value };
    if (advance && !last) next(d);
    else setDraft(d);
  };
  const skip = steady((): void => (last ? void finish(skipStep(draft, step)) : goTo(index + 1, skipStep(draft, step))));

  const errorOf = (field: string): string | undefined => {
    const code: ProblemCode | undefined = errors[field];
    return code ? t(`check.errors.${code}`) : undefined;
  };
  const otherErrors = Object.entries(errors).filter(([f]) => !['temperature.value', 'temperature.unit', 'temperature', 'lump.days', 'hoursSinceOnset', 'daysSinceBirth', 'antibiotics.hoursSinceStart'].includes(f));

  const question = t(`check.q.${step}.title`);
  const help = t(`check.q.${step}.help`);
  const body = renderStep(step, draft, { pick, setDraft, next, errorOf, finish: (d) => void finish(d), busy });

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

  return (
    <section class="check-wizard" aria-busy={busy ? 'true' : undefined}>
      <div class="check-head">
        <PageTitle>{t('check.title')}</PageTitle>
        <Link class="check-history-link" href="/check/history">
          {t('check.historyLink')}
        </Link>
      </div>
      {index === 0 && <p class="check-intro">{t('check.intro')}</p>}
      <div class="check-progress">
        <span>{t('check.progress', { n: index + 1, total: STEPS.length })}</span>
        <div class="check-progress-bar" aria-hidden="true">
          <div style={{ width: `${((index + 1) / STEPS.length) * 100}%` }} />
        </div>
      </div>
      <div class="check-step card" data-settled={settled && Date.now() >= settledAt.current ? 'true' : 'false'}>
        <h2 id={QUESTION_ID} ref={questionRef} tabIndex={-1}>
          {question}
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

interface StepTools {
  pick: <K extends keyof CheckDraft>(key: K, value: CheckDraft[K], advance: boolean) => void;
  setDraft: (d: CheckDraft) => void;
  next: (d: CheckDraft) => void;
  finish: (d: CheckDraft) => void;
  errorOf: (field: string) => string | undefined;
  busy: boolean;
}

function NextButton({ onClick, busy, label }: { onClick: () => void; busy: boolean; label?: string }): JSX.Element {
  return (
    <button type="button" class="primary wide check-next" onClick={onClick} disabled={busy}>
      {busy ? t('common.saving') : (label ?? t('check.next'))}
    </button>
  );
}

/** Enter (or the keyboard's "next" key) in a number field does what the Next button does. */
function onEnter(go: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    go();
  };
}

function renderStep(step: StepId, d: CheckDraft, tools: StepTools): JSX.Element {
  const { pick, setDraft, next, errorOf, busy } = tools;
  const single = SINGLE[step];
  if (single) {
    return <Choices labelledBy={QUESTION_ID} options={singleOptions(step)} value={String(d[single])} onPick={(v) => pick(single, v as CheckDraft[typeof single], true)} />;
  }
  switch (step) {
    case 'emergency':
      return <EmergencyStep d={d} tools={tools} />;
    case 'where':
      return (
        <>
          <Choices
            labelledBy={QUESTION_ID}
            layout="three"
            options={(['left', 'right', 'both'] as const satisfies readonly BreastSide[]).map((v) => ({ value: v, label: t(`check.side.${v}`) }))}
            value={d.side}
            onPick={(v) => pick('side', v, false)}
          />
          <p class="check-sub" id="check-where-label">
            {t('check.where.label')}
          </p>
          <BreastClock labelledBy="check-where-label" side={d.side} value={d.where} onChange={(w) => setDraft({ ...d, where: w })} />
          <NextButton busy={busy} onClick={() => next(d)} />
        </>
      );
    case 'lump':
      return (
        <>
          <Choices
            labelledBy={QUESTION_ID}
            options={(['no', 'small', 'medium', 'large', 'yes-unsure'] as const satisfies readonly LumpChoice[]).map((v) => ({
              value: v,
              label: t(`check.lump.${v}`),
              ...(v === 'small' || v === 'medium' || v === 'large' ? { hint: t(`check.lump.${v}Hint`) } : {}),
            }))}
            value={d.lump}
            onPick={(v) => pick('lump', v, v === 'no')}
          />
          {d.lump !== 'no' && d.lump !== 'unknown' && (
            <div class="check-follow">
              <Field
                id="lump-days"
                label={t('check.lump.days')}
                inputMode="decimal"
                autoComplete="off"
                enterKeyHint="next"
                onKeyDown={onEnter(() => next(d))}
                value={d.lumpDays}
                onValue={(v) => setDraft({ ...d, lumpDays: v })}
                error={errorOf('lump.days')}
              />
              <p class="check-sub" id="lump-same">
                {t('check.lump.sameSpot')}
              </p>
              <Choices labelledBy="lump-same" layout="pair" options={yesNo()} value={d.lumpSameSpot} onPick={(v) => setDraft({ ...d, lumpSameSpot: v })} />
              <NextButton busy={busy} onClick={() => next(d)} />
            </div>
          )}
        </>
      );
    case 'redness':
      return (
        <>
          <Choices
            labelledBy={QUESTION_ID}
            options={(['no', 'small', 'large'] as const satisfies readonly RednessChoice[]).map((v) => ({ value: v, label: t(`check.redness.${v}`) }))}
            value={d.redness}
            onPick={(v) => pick('redness', v, v === 'no')}
          />
          {(d.redness === 'small' || d.redness === 'large') && (
            <div class="check-follow">
              <p class="check-sub" id="redness-spreading">
                {t('check.redness.spreading')}
              </p>
              <Choices labelledBy="redness-spreading" layout="pair" options={yesNo()} value={d.spreading} onPick={(v) => setDraft({ ...d, spreading: v })} />
              <p class="check-sub" id="redness-streaks">
                {t('check.redness.streaks')}
              </p>
              <Choices labelledBy="redness-streaks" layout="pair" options={yesNo()} value={d.streaks} onPick={(v) => setDraft({ ...d, streaks: v })} />
              <NextButton busy={busy} onClick={() => next(d)} />
            </div>
          )}
        </>
      );
    case 'pain':
      return (
        <>
          <Choices
            labelledBy={QUESTION_ID}
            layout="grid"
            options={Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))}
            value={d.pain}
            onPick={(v) => pick('pain', v, true)}
          />
          <p class="check-scale muted">
            <span>{t('check.pain.none')}</span>
            <span>{t('check.pain.worst')}</span>
          </p>
        </>
      );
    case 'temperature':
      return (
        <>
          <div class="check-temp">
            <Field
              id="temperature"
              label={t('check.temperature.label', { unit: d.temperatureUnit === 'c' ? '°C' : '°F' })}
              inputMode="decimal"
              autoComplete="off"
              enterKeyHint="next"
              onKeyDown={onEnter(() => next({ ...d, temperatureMode: 'value' }))}
              value={d.temperatureText}
              onValue={(v) => setDraft({ ...d, temperatureText: v, temperatureMode: v.trim() === '' ? 'not-measured' : 'value' })}
              error={errorOf('temperature.value') ?? errorOf('temperature')}
            />
            <Segmented
              name="temperature-unit"
              legend={t('check.temperature.unit')}
              value={d.temperatureUnit}
              options={[
                { value: 'c', label: '°C' },
                { value: 'f', label: '°F' },
              ]}
              onChange={(u) => setDraft({ ...d, temperatureUnit: u })}
            />
          </div>
          <NextButton busy={busy} onClick={() => next({ ...d, temperatureMode: 'value' })} />
          <button type="button" class="wide check-alt" onClick={() => next({ ...d, temperatureMode: 'not-measured', temperatureText: '' })}>
            {t('check.temperature.notMeasured')}
          </button>
        </>
      );
    case 'duration':
      return (
        <>
          <Choices<HourPickId>
            labelledBy={QUESTION_ID}
            options={HOUR_PICKS.map((p) => ({ value: p.id, label: t(`check.hours.${p.id}`) }))}
            value={d.hours === 'exact' || d.hours === 'unknown' ? null : d.hours}
            onPick={(v) => pick('hours', v, true)}
          />
          <div class="check-follow">
            <Field
              id="hours-exact"
              label={t('check.hours.exact')}
              inputMode="decimal"
              autoComplete="off"
              enterKeyHint="next"
              onKeyDown={onEnter(() => next(d))}
              value={d.hoursText}
              onValue={(v) => setDraft({ ...d, hoursText: v, hours: v.trim() === '' ? 'unknown' : 'exact' })}
              error={errorOf('hoursSinceOnset')}
            />
            {d.hours === 'exact' && <NextButton busy={busy} onClick={() => next(d)} />}
          </div>
        </>
      );
    case 'fullness':
      return (
        <>
          <Choices labelledBy={QUESTION_ID} layout="pair" options={yesNo()} value={d.bothBreastsFullFirm} onPick={(v) => pick('bothBreastsFullFirm', v, v === 'no')} />
          {d.bothBreastsFullFirm === 'yes' && (
            <div class="check-follow">
              <Field
                id="days-since-birth"
                label={t('check.fullness.days')}
                help={t('check.fullness.daysHelp')}
                inputMode="numeric"
                autoComplete="off"
                enterKeyHint="next"
                onKeyDown={onEnter(() => next(d))}
                value={d.daysSinceBirthText}
                onValue={(v) => setDraft({ ...d, daysSinceBirthText: v })}
                error={errorOf('daysSinceBirth')}
              />
              <NextButton busy={busy} onClick={() => next(d)} />
            </div>
          )}
        </>
      );
    case 'antibiotics':
      return (
        <>
          <Choices labelledBy={QUESTION_ID} layout="pair" options={yesNo()} value={d.antibiotics} onPick={(v) => pick('antibiotics', v, false)} />
          {d.antibiotics === 'yes' && (
            <div class="check-follow">
              <Field
                id="antibiotic-hours"
                label={t('check.antibiotics.hours')}
                inputMode="decimal"
                autoComplete="off"
                enterKeyHint="next"
                onKeyDown={onEnter(() => next(d))}
                value={d.antibioticHoursText}
                onValue={(v) => setDraft({ ...d, antibioticHoursText: v })}
                error={errorOf('antibiotics.hoursSinceStart')}
              />
            </div>
          )}
          <NextButton busy={busy} onClick={() => next(d)} label={t('check.seeResult')} />
        </>
      );
    default:
      return <NextButton busy={busy} onClick={() => next(d)} />;
  }
}

function EmergencyStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, finish, busy } = tools;
  const urgent = alreadyUrgent(d, Date.now());
  return (
    <>
      <ul class="check-emergency">
        {EMERGENCY_FIELDS.map((f) => (
          <li key={f}>
            <span id={`em-${f}`} class="check-sub">
              {t(`check.emergency.${f}`)}
            </span>
            <Choices labelledBy={`em-${f}`} layout="pair" options={yesNo()} value={d[f]} onPick={(v) => setDraft({ ...d, [f]: v })} />
          </li>
        ))}
      </ul>
      {urgent ? (
        <div class="check-urgent-now" role="alert">
          <p>{t('check.emergency.now')}</p>
          <NextButton busy={busy} onClick={() => finish(d)} label={t('check.emergency.seeNow')} />
          <button type="button" class="wide check-alt" onClick={() => next(d)}>
            {t('check.emergency.continue')}
          </button>
        </div>
      ) : EMERGENCY_FIELDS.some((f) => d[f] === 'yes') ? (
        <NextButton busy={busy} onClick={() => next(d)} />
      ) : (
        <>
          <button type="button" class="primary wide check-next" onClick={() => next({ ...d, ...Object.fromEntries(EMERGENCY_FIELDS.map((f) => [f, 'no'])) })}>
            {t('check.emergency.none')}
          </button>
          <button type="button" class="wide check-alt" onClick={() => next(d)}>
            {t('check.next')}
          </button>
        </>
      )}
    </>
  );
}
