/**
 * /start — the guided start after sign-up: name the household, add the baby or babies, choose units,
 * invite a partner. Every step can be skipped, and so can all of it; where she is is saved to her
 * account (preferences.firstRun), so closing the app and coming back resumes at that step.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FIRST_RUN_STEPS, type FirstRun, type FirstRunStep } from '../../src/domain/account.js';
import { weightUnitFor, type VolumeUnit, type WeightUnit } from '../../src/domain/units.js';
import { api, ApiError, type CreatedInvite } from '../api.js';
import { BabyForm } from '../components/baby-form.js';
import { Field } from '../components/field.js';
import { saveHouseholdName } from '../components/household-settings.js';
import { Segmented } from '../components/segmented.js';
import { InviteLinkCard } from '../components/sharing-invite-link.js';
import { volumeOptions, weightOptions } from '../components/unit-options.js';
import { errorText, reportError } from '../errors.js';
import { dateText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore, activeBabies, addBaby, changeHousehold } from '../state/account.js';
import { dismissNotice, notify } from '../state/notice.js';
import { guideSeen } from '../state/first-run.js';
import { changePreferences, prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';

/** The names a household gets at sign-up: offered as empty, so she writes her own. */
const DEFAULT_NAMES = new Set(['Home', 'Casa']);

/** Saves where she is; offline the device keeps it and the account hears later. */
async function goTo(step: FirstRun): Promise<void> {
  try {
    await changePreferences({ firstRun: step });
  } catch (e) {
    if (!(e instanceof ApiError && e.offline)) reportError(e);
  }
  if (step === 'done') navigate('/', { replace: true });
}

function next(step: FirstRunStep): FirstRun {
  return FIRST_RUN_STEPS[FIRST_RUN_STEPS.indexOf(step) + 1] ?? 'done';
}

interface StepProps {
  onNext: () => void;
}

function HouseholdStep({ onNext }: StepProps): JSX.Element {
  const account = useStore(accountStore);
  const household = account.households.find((h) => h.id === account.householdId);
  const [name, setName] = useState(household && !DEFAULT_NAMES.has(household.name) ? household.name : '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (name.trim() === '' || name.trim() === household?.name) return onNext();
    setBusy(true);
    const problem = await saveHouseholdName(name);
    setBusy(false);
    setError(problem ?? undefined);
    if (!problem) onNext();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('firstRun.household.lead')}</p>
      <Field id="start-household" label={t('household.name')} help={t('firstRun.household.example')} value={name} onValue={setName} autocomplete="off" error={error} />
      <StepButtons busy={busy} submit onSkip={onNext} />
    </form>
  );
}

function BabiesStep({ onNext }: StepProps): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const babies = activeBabies(account.babies);
  return (
    <div>
      <p>{t('firstRun.babies.lead')}</p>
      {babies.length > 0 && (
        <ul class="start-babies" data-testid="start-babies">
          {babies.map((b) => (
            <li key={b.id}>
              <strong>{b.name}</strong>
              {b.birthDate && <span class="muted"> · {t('babies.born', { date: dateText(b.birthDate, lang) })}</span>}
            </li>
          ))}
        </ul>
      )}
      <div class="card">
        <h2 class="h3">{babies.length === 0 ? t('babies.addTitle') : t('firstRun.babies.another')}</h2>
        <BabyForm
          idPrefix="start-baby"
          submitLabel={t('babies.add')}
          resetAfter
          onSubmit={async (v) => {
            const baby = await addBaby(v.name, v.birthDate);
            notify(t('babies.added', { name: baby.name }));
          }}
        />
      </div>
      <StepButtons onNext={onNext} onSkip={babies.length === 0 ? onNext : undefined} />
    </div>
  );
}

function UnitsStep({ onNext }: StepProps): JSX.Element {
  const prefs = useStore(prefsStore);
  const account = useStore(accountStore);
  const owner = account.households.find((h) => h.id === account.householdId)?.role === 'owner';
  const [volume, setVolume] = useState<VolumeUnit>(prefs.volumeUnit);
  // The weight goes with the volume (fl oz with lb) until she chooses it herself: a clinic may weigh in kg.
  const [weight, setWeight] = useState<{ unit: WeightUnit; chosen: boolean }>({ unit: prefs.weightUnit, chosen: false });
  const chooseVolume = (v: VolumeUnit): void => {
    setVolume(v);
    if (!weight.chosen) setWeight({ unit: weightUnitFor(v), chosen: false });
  };
  const [temperature, setTemperature] = useState(prefs.temperatureUnit);
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      // Hers, and the household's: a partner who joins starts with the same unit.
      if (owner) await changeHousehold({ volumeUnit: volume, weightUnit: weight.unit });
      await changePreferences({ volumeUnit: volume, weightUnit: weight.unit, temperatureUnit: temperature });
    } catch (e) {
      if (!(e instanceof ApiError && e.offline)) return reportError(e);
    } finally {
      setBusy(false);
    }
    onNext();
  };
  return (
    <div>
      <p>{t('firstRun.units.lead')}</p>
      <Segmented
        name="startVolume"
        legend={t('settings.volume')}
        value={volume}
        options={volumeOptions()}
        onChange={chooseVolume}
      />
      <Segmented name="startWeight" legend={t('settings.weight')} value={weight.unit} options={weightOptions()} onChange={(unit) => setWeight({ unit, chosen: true })} />
      <Segmented
        name="startTemperature"
        legend={t('settings.temperature')}
        value={temperature}
        options={[
          { value: 'c', label: t('settings.celsius') },
          { value: 'f', label: t('settings.fahrenheit') },
        ]}
        onChange={setTemperature}
      />
      <p class="muted small">{t('firstRun.units.later')}</p>
      <StepButtons busy={busy} onNext={() => void save()} onSkip={onNext} />
    </div>
  );
}

function PartnerStep({ onNext }: StepProps): JSX.Element {
  const account = useStore(accountStore);
  const household = account.households.find((h) => h.id === account.householdId);
  const [invite, setInvite] = useState<CreatedInvite | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const create = async (): Promise<void> => {
    if (!household) return;
    setBusy(true);
    setProblem(null);
    try {
      setInvite(await api.createInvite(household.id, 'caregiver', null));
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <p>{t('firstRun.partner.lead')}</p>
      <p class="muted">{t('sharing.invite.caregiverExplain')}</p>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      {invite ? (
        <InviteLinkCard invite={invite} householdName={household?.name ?? ''} onDone={onNext} />
      ) : (
        <>
          <button type="button" class="primary wide" disabled={busy} onClick={() => void create()}>
            {t('firstRun.partner.invite')}
          </button>
          <StepButtons onSkip={onNext} skipLabel={t('firstRun.partner.notNow')} />
        </>
      )}
    </div>
  );
}

function StepButtons({ busy, submit, onNext, onSkip, skipLabel }: { busy?: boolean; submit?: boolean; onNext?: () => void; onSkip?: () => void; skipLabel?: string }): JSX.Element {
  return (
    <div class="button-row start-buttons">
      {(submit || onNext) && (
        <button type={submit ? 'submit' : 'button'} class="primary" disabled={busy} onClick={submit ? undefined : onNext}>
          {t('firstRun.next')}
        </button>
      )}
      {onSkip && (
        <button type="button" disabled={busy} onClick={onSkip}>
          {skipLabel ?? t('firstRun.skipStep')}
        </button>
      )}
    </div>
  );
}

export function FirstRunGuide(): JSX.Element {
  const prefs = useStore(prefsStore);
  const step: FirstRunStep = prefs.firstRun === 'done' ? 'household' : prefs.firstRun;
  const index = FIRST_RUN_STEPS.indexOf(step);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(guideSeen, []);
  // Each step's title takes the focus, so a screen reader hears where she is; a notice about the
  // step before ("Lucía added") goes with it.
  const shownStep = useRef(step);
  useEffect(() => {
    title.current?.focus();
    if (shownStep.current !== step) dismissNotice();
    shownStep.current = step;
  }, [step]);
  // Finished (on this or another device): nothing more to guide.
  useEffect(() => {
    if (prefs.firstRun === 'done') navigate('/', { replace: true });
  }, [prefs.firstRun]);

  const onNext = (): void => void goTo(next(step));
  const back = index > 0 ? FIRST_RUN_STEPS[index - 1] : undefined;

  return (
    <section class="first-run" aria-labelledby="start-title">
      <div class="start-top">
        <p class="muted" data-testid="start-progress">
          {t('firstRun.progress', { n: index + 1, total: FIRST_RUN_STEPS.length })}
        </p>
        <button type="button" class="link" onClick={() => void goTo('done')}>
          {t('firstRun.skipAll')}
        </button>
      </div>
      <div class="check-progress-bar" aria-hidden="true">
        <div style={{ width: `${((index + 1) / FIRST_RUN_STEPS.length) * 100}%` }} />
      </div>
      <h1 id="start-title" ref={title} tabIndex={-1}>
        {t(`firstRun.${step}.title`)}
      </h1>
      {step === 'household' && <HouseholdStep onNext={onNext} />}
      {step === 'babies' && <BabiesStep onNext={onNext} />}
      {step === 'units' && <UnitsStep onNext={onNext} />}
      {step === 'partner' && <PartnerStep onNext={onNext} />}
      {back && (
        <button type="button" class="link wide" onClick={() => void goTo(back)}>
          {t('common.back')}
        </button>
      )}
    </section>
  );
}
