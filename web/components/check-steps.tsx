/**
 * The symptom check's screens, one question (or one short group of yes/no questions) each. One-tap
 * answers move on; groups end with Next. The signs screens end the check on a single "yes".
 */
import type { JSX } from 'preact';
import type { BreastSide, Concern, NippleDamage, NippleFluid, PainRelief, Trend, YesNo } from '../../src/domain/triage/index.js';
import { CONCERNS } from '../../src/domain/triage/index.js';
import type { TemperatureUnit } from '../../src/domain/units.js';
import { t } from '../i18n.js';
import {
  aboutBaby,
  asksPinkUrates,
  asksSameSpot,
  BABY_SIGNS,
  DRY_PICKS,
  HOUR_PICKS,
  noneOf,
  SIGN_FIELDS,
  withSign,
  type AntibioticsChoice,
  type BabySign,
  type CheckDraft,
  type DryPickId,
  type HourPickId,
  type SignField,
  type StepId,
} from '../state/check-wizard.js';
import { BreastClock } from './check-breast.js';
import { Choices, type Choice } from './check-choices.js';
import { Field } from './field.js';
import { Segmented } from './segmented.js';

export const QUESTION_ID = 'check-question';

export interface StepTools {
  /** Sets one answer; with `advance`, moves on at once (one-tap questions). */
  pick: <K extends keyof CheckDraft>(key: K, value: CheckDraft[K], advance: boolean) => void;
  setDraft: (d: CheckDraft) => void;
  next: (d: CheckDraft) => void;
  /** Ends the check on its result now (a sign tapped): nothing on another screen holds it back. */
  finish: (d: CheckDraft) => void;
  /** Goes straight to a screen (her signs screen → the baby's signs). */
  jump: (to: StepId, d: CheckDraft) => void;
  errorOf: (field: string) => string | undefined;
  busy: boolean;
  /** This is the last screen: its button shows the result. */
  last: boolean;
}

function yesNo(): Choice<YesNo>[] {
  return [
    { value: 'yes', label: t('check.answer.yes') },
    { value: 'no', label: t('check.answer.no') },
  ];
}

function NextButton({ onClick, busy, last }: { onClick: () => void; busy: boolean; last: boolean }): JSX.Element {
  return (
    <button type="button" class="primary wide check-next" onClick={onClick} disabled={busy}>
      {busy ? t('common.saving') : last ? t('check.seeResult') : t('check.next')}
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

/** A yes/no question in a group: its label (and a line of help), then Yes and No side by side. */
function Row({ id, label, help, value, onPick }: { id: string; label: string; help?: string | undefined; value: YesNo; onPick: (v: YesNo) => void }): JSX.Element {
  return (
    <li>
      {help ? (
        <div>
          <span id={id} class="check-sub">
            {label}
          </span>
          <span class="check-row-help muted">{help}</span>
        </div>
      ) : (
        <span id={id} class="check-sub">
          {label}
        </span>
      )}
      <Choices labelledBy={id} layout="pair" options={yesNo()} value={value === 'unknown' ? null : value} onPick={onPick} />
    </li>
  );
}

/** A question in a group with its own short answers (labels at `${keys}.${answer}`), one per row. */
function Pick<T extends string>(props: { id: string; keys: string; options: readonly T[]; value: T; onPick: (v: T) => void; layout?: 'rows' | 'three'; help?: string | undefined }): JSX.Element {
  const { id, keys, options, value, onPick, layout = 'rows', help } = props;
  return (
    <>
      <p id={id} class="check-sub">
        {t(`${keys}.label`)}
      </p>
      {help && <p class="check-pick-help">{help}</p>}
      <Choices labelledBy={id} layout={layout} options={options.map((o) => ({ value: o, label: t(`${keys}.${o}`) }))} value={value} onPick={onPick} />
    </>
  );
}

/** A number field for a count or an amount of hours; empty means "I don't know". */
function NumberField(props: { id: string; label: string; help?: string; value: string; onValue: (v: string) => void; error?: string | undefined; go: () => void }): JSX.Element {
  const { id, label, help, value, onValue, error, go } = props;
  return (
    <Field id={id} label={label} {...(help ? { help } : {})} inputMode="decimal" autoComplete="off" enterKeyHint="next" onKeyDown={onEnter(go)} value={value} onValue={onValue} error={error} />
  );
}

function TemperatureField({ id, unit, value, onValue, error, go }: { id: string; unit: TemperatureUnit; value: string; onValue: (v: string) => void; error: string | undefined; go: () => void }): JSX.Element {
  return (
    <Field
      id={id}
      label={t('check.temperature.label', { unit: unit === 'c' ? '°C' : '°F' })}
      help={t('check.temperature.empty')}
      inputMode="decimal"
      autoComplete="off"
      enterKeyHint="next"
      onKeyDown={onEnter(go)}
      value={value}
      onValue={onValue}
      error={error}
    />
  );
}

function UnitChoice({ value, onChange }: { value: TemperatureUnit; onChange: (u: TemperatureUnit) => void }): JSX.Element {
  return (
    <Segmented
      name="temperature-unit"
      legend={t('check.temperature.unit')}
      value={value}
      options={[
        { value: 'c', label: '°C' },
        { value: 'f', label: '°F' },
      ]}
      onChange={onChange}
    />
  );
}

/**
 * Her signs, or the baby's: each a big button; one tap ends the check on its result. Her screen
 * also leads straight to the baby's signs, so a baby's emergency is three taps from "Check".
 */
function SignsStep({ d, tools, step }: { d: CheckDraft; tools: StepTools; step: 'emergency' | 'babyEmergency' }): JSX.Element {
  const { finish, next, jump, busy } = tools;
  const signs: readonly (SignField | BabySign)[] = step === 'emergency' ? SIGN_FIELDS : BABY_SIGNS;
  return (
    <>
      {step === 'emergency' && (
        <button type="button" class="wide check-to-baby" onClick={() => jump('babyEmergency', aboutBaby(d))} disabled={busy}>
          <span>{t('check.signs.toBaby')}</span>
          <span aria-hidden="true">→</span>
        </button>
      )}
      <ul class="check-signs" aria-labelledby={QUESTION_ID}>
        {signs.map((f) => (
          <li key={f}>
            <button type="button" class="check-sign" disabled={busy} onClick={() => finish(withSign(d, f))}>
              {t(`check.signs.${f}`)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="primary wide check-next" onClick={() => next(noneOf(d, step))} disabled={busy}>
        {t('check.signs.none')}
      </button>
    </>
  );
}

function AboutStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, busy, last } = tools;
  const toggle = (c: Concern): void => setDraft({ ...d, about: d.about.includes(c) ? d.about.filter((x) => x !== c) : [...d.about, c] });
  return (
    <>
      <div class="check-answers rows" role="group" aria-labelledby={QUESTION_ID}>
        {CONCERNS.map((c) => (
          <button key={c} type="button" class="check-answer" aria-pressed={d.about.includes(c)} onClick={() => toggle(c)}>
            <span class="check-answer-label">
              {d.about.includes(c) && (
                <span class="check-tick" aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              {t(`check.about.${c}`)}
            </span>
            <span class="check-answer-hint">{t(`check.about.${c}Hint`)}</span>
          </button>
        ))}
      </div>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

const FLUIDS = ['none', 'pus', 'blood-from-crack', 'blood', 'other'] as const satisfies readonly NippleFluid[];

/** Anything from the nipple that is not milk; for another fluid, one side or with a lump (asked on the breast and the nipple screens). */
function FluidQuestion({ d, setDraft }: { d: CheckDraft; setDraft: (d: CheckDraft) => void }): JSX.Element {
  return (
    <>
      <Pick id="check-fluid" keys="check.fluid" options={FLUIDS} value={d.nippleFluid} onPick={(v) => setDraft({ ...d, nippleFluid: v })} />
      {d.nippleFluid === 'other' && (
        <ul class="check-rows">
          <Row id="fluid-one-side" label={t('check.fluid.oneSide')} value={d.otherFluidOneSideOrLump} onPick={(v) => setDraft({ ...d, otherFluidOneSideOrLump: v })} />
        </ul>
      )}
    </>
  );
}

function BreastStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      <ul class="check-rows">
        <Row id="breast-lump" label={t('check.breast.lump')} value={d.lump} onPick={set('lump')} />
        <Row id="breast-redness" label={t('check.breast.redness')} value={d.redness} onPick={set('redness')} />
        {d.redness === 'yes' && (
          <>
            <Row id="breast-spreading" label={t('check.breast.spreading')} value={d.spreading} onPick={set('spreading')} />
            <Row id="breast-streaks" label={t('check.breast.streaks')} value={d.streaks} onPick={set('streaks')} />
          </>
        )}
        <Row id="breast-abscess" label={t('check.breast.abscess')} value={d.possibleAbscess} onPick={set('possibleAbscess')} />
        <Row id="breast-skin" label={t('check.breast.skin')} value={d.skinBreakdown} onPick={set('skinBreakdown')} />
        <Row id="breast-skin-look" label={t('check.breast.skinLook')} value={d.skinDimpledOrBruised} onPick={set('skinDimpledOrBruised')} />
      </ul>
      <FluidQuestion d={d} setDraft={setDraft} />
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

const DAMAGE = ['none', 'sore', 'cracked', 'infected'] as const satisfies readonly NippleDamage[];

function NippleStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      <Choices labelledBy={QUESTION_ID} options={DAMAGE.map((v) => ({ value: v, label: t(`check.nipple.${v}`) }))} value={d.nippleDamage} onPick={set('nippleDamage')} />
      <FluidQuestion d={d} setDraft={setDraft} />
      <ul class="check-rows">
        <Row id="nipple-burning" label={t('check.nipple.burning')} value={d.nippleBurning} onPick={set('nippleBurning')} />
        <Row id="nipple-colour" label={t('check.nipple.colour')} value={d.nippleColourChange} onPick={set('nippleColourChange')} />
        {(d.nippleDamage === 'cracked' || d.nippleDamage === 'infected' || d.nippleFluid === 'blood-from-crack') && (
          <Row id="nipple-healing" label={t('check.nipple.notHealing')} value={d.crackNotHealing} onPick={set('crackNotHealing')} />
        )}
      </ul>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function FullnessStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      <ul class="check-rows">
        {d.about.length === 0 && <Row id="fullness-both" label={t('check.fullness.both')} value={d.bothBreastsFullFirm} onPick={set('bothBreastsFullFirm')} />}
        <Row id="fullness-areola" label={t('check.fullness.areola')} value={d.areolaTooSwollenToLatch} onPick={set('areolaTooSwollenToLatch')} />
      </ul>
      <NumberField id="days-since-birth" label={t('check.fullness.days')} help={t('check.fullness.daysHelp')} value={d.daysSinceBirthText} onValue={set('daysSinceBirthText')} error={errorOf('daysSinceBirth')} go={() => next(d)} />
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function FeverStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      <div class="check-temp">
        <TemperatureField
          id="temperature"
          unit={d.temperatureUnit}
          value={d.temperatureText}
          onValue={(v) => setDraft({ ...d, temperatureText: v, temperatureMode: v.trim() === '' ? 'not-measured' : 'value' })}
          error={errorOf('temperature.value') ?? errorOf('temperature')}
          go={() => next(d)}
        />
        <UnitChoice value={d.temperatureUnit} onChange={(u) => setDraft({ ...d, temperatureUnit: u })} />
      </div>
      <ul class="check-rows">
        <Row id="fever-flu" label={t('check.fever.flu')} value={d.fluLike} onPick={set('fluLike')} />
        <Row id="fever-unwell" label={t('check.fever.unwell')} value={d.feelingVeryUnwell} onPick={set('feelingVeryUnwell')} />
      </ul>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function CourseStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  return (
    <>
      <Choices<HourPickId>
        labelledBy={QUESTION_ID}
        options={HOUR_PICKS.map((p) => ({ value: p.id, label: t(`check.hours.${p.id}`) }))}
        value={d.hours === 'exact' || d.hours === 'unknown' ? null : d.hours}
        onPick={(v) => setDraft({ ...d, hours: v, hoursText: '' })}
      />
      <div class="check-follow">
        <NumberField id="hours-exact" label={t('check.hours.exact')} value={d.hoursText} onValue={(v) => setDraft({ ...d, hoursText: v, hours: v.trim() === '' ? 'unknown' : 'exact' })} error={errorOf('hoursSinceOnset')} go={() => next(d)} />
      </div>
      <p id="course-trend" class="check-sub">
        {t('check.trend.label')}
      </p>
      <Choices<Trend>
        labelledBy="course-trend"
        layout="three"
        options={(['better', 'same', 'worse'] as const).map((v) => ({ value: v, label: t(`check.trend.${v}`) }))}
        value={d.trend === 'unknown' ? null : d.trend}
        onPick={(v) => setDraft({ ...d, trend: v })}
      />
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function MoreStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      {d.pain !== 0 && <Pick<PainRelief> id="check-relief" keys="check.relief" layout="three" options={['yes', 'no', 'not-tried']} value={d.painReliefHelps} onPick={set('painReliefHelps')} />}
      <Pick<AntibioticsChoice> id="check-antibiotics" keys="check.antibiotics" options={['no', 'yes', 'finished']} value={d.antibiotics} onPick={set('antibiotics')} />
      {d.antibiotics === 'yes' && (
        <NumberField id="antibiotic-hours" label={t('check.antibiotics.hours')} value={d.antibioticHoursText} onValue={set('antibioticHoursText')} error={errorOf('antibiotics.hoursSinceStart')} go={() => next(d)} />
      )}
      <ul class="check-rows">
        {asksSameSpot(d) && <Row id="more-same-spot" label={t('check.more.sameSpot')} value={d.recurrentSameSpot} onPick={set('recurrentSameSpot')} />}
        <Row id="more-diabetes" label={t('check.more.diabetes')} value={d.diabetes} onPick={set('diabetes')} />
        <Row id="more-immunity" label={t('check.more.immunity')} value={d.weakImmunity} onPick={set('weakImmunity')} />
        <Row id="more-surgery" label={t('check.more.surgery')} value={d.recentSurgery} onPick={set('recentSurgery')} />
        {d.recentSurgery === 'yes' && <Row id="more-wound" label={t('check.more.wound')} value={d.woundSign} onPick={set('woundSign')} />}
      </ul>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function BabyTempStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  return (
    <>
      <div class="check-temp">
        <TemperatureField
          id="baby-temperature"
          unit={d.babyTempUnit}
          value={d.babyTempText}
          onValue={(v) => setDraft({ ...d, babyTempText: v, babyTempMode: v.trim() === '' ? 'not-measured' : 'value' })}
          error={errorOf('babyTemperature.value') ?? errorOf('babyTemperature')}
          go={() => next(d)}
        />
        <UnitChoice value={d.babyTempUnit} onChange={(u) => setDraft({ ...d, babyTempUnit: u })} />
      </div>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function BabyFeedingStep({ d, tools, fromLog, weightFromLog }: { d: CheckDraft; tools: StepTools; fromLog: boolean; weightFromLog: boolean }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  const logHelp = fromLog ? t('check.babyFeeding.fromLog') : undefined;
  return (
    <>
      <Choices
        labelledBy={QUESTION_ID}
        layout="pair"
        options={(['well', 'poorly'] as const).map((v) => ({ value: v, label: t(`check.babyFeeding.${v}`) }))}
        value={d.babyFeeding === 'well' || d.babyFeeding === 'poorly' ? d.babyFeeding : null}
        onPick={set('babyFeeding')}
      />
      <div class="check-follow">
        <NumberField id="baby-feeds" label={t('check.babyFeeding.feeds')} {...(logHelp ? { help: logHelp } : {})} value={d.babyFeedsText} onValue={set('babyFeedsText')} error={errorOf('babyFeeds24h')} go={() => next(d)} />
        <NumberField id="baby-since-feed" label={t('check.babyFeeding.since')} value={d.babyHoursSinceFeedText} onValue={set('babyHoursSinceFeedText')} error={errorOf('babyHoursSinceFeed')} go={() => next(d)} />
      </div>
      <ul class="check-rows">
        <Row id="baby-sleepy" label={t('check.babyFeeding.sleepy')} value={d.babySleepy} onPick={set('babySleepy')} />
        <Row
          id="baby-weight"
          label={t('check.babyFeeding.weight')}
          help={weightFromLog ? t('check.babyFeeding.weightFromLog') : t('check.babyFeeding.weightHelp')}
          value={d.babyWeightLossOver10}
          onPick={set('babyWeightLossOver10')}
        />
      </ul>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function BabyNappiesStep({ d, tools, fromLog }: { d: CheckDraft; tools: StepTools; fromLog: FromLog['nappies'] }): JSX.Element {
  const { setDraft, next, errorOf, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  const logHelp = (shown: boolean) => (shown ? { help: t('check.nappies.fromLog') } : {});
  return (
    <>
      <NumberField id="days-since-birth" label={t('check.fullness.days')} help={t('check.fullness.daysHelp')} value={d.daysSinceBirthText} onValue={set('daysSinceBirthText')} error={errorOf('daysSinceBirth')} go={() => next(d)} />
      <div class="grid-2">
        <NumberField id="baby-wet" label={t('check.nappies.wet')} {...logHelp(fromLog.wet)} value={d.babyWetText} onValue={set('babyWetText')} error={errorOf('babyWetNappies24h')} go={() => next(d)} />
        <NumberField id="baby-dirty" label={t('check.nappies.dirty')} {...logHelp(fromLog.dirty)} value={d.babyDirtyText} onValue={set('babyDirtyText')} error={errorOf('babyDirtyNappies24h')} go={() => next(d)} />
      </div>
      <Pick<DryPickId | 'unknown'> id="check-dry" keys="check.dry" options={DRY_PICKS.map((p) => p.id)} value={d.babyDry} onPick={set('babyDry')} help={fromLog.dry ? t('check.nappies.fromLogDry') : undefined} />
      {asksPinkUrates(d) && (
        <ul class="check-rows">
          <Row
            id="baby-urates"
            label={t('check.nappies.pinkUrates')}
            help={fromLog.urates ? t('check.nappies.pinkUratesFromLog') : t('check.nappies.pinkUratesHelp')}
            value={d.babyPinkUrates}
            onPick={set('babyPinkUrates')}
          />
        </ul>
      )}
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

function BabyYellowStep({ d, tools }: { d: CheckDraft; tools: StepTools }): JSX.Element {
  const { setDraft, next, busy, last } = tools;
  const set = <K extends keyof CheckDraft>(k: K) => (v: CheckDraft[K]) => setDraft({ ...d, [k]: v });
  return (
    <>
      <ul class="check-rows">
        <Row id="baby-yellow" label={t('check.yellow.yellow')} value={d.babyYellow} onPick={set('babyYellow')} />
        {d.babyYellow === 'yes' && <Row id="baby-deeper" label={t('check.yellow.deeper')} value={d.babyYellowDeeper} onPick={set('babyYellowDeeper')} />}
        <Row id="baby-pale" label={t('check.yellow.pale')} value={d.babyPaleStools} onPick={set('babyPaleStools')} />
      </ul>
      <NextButton busy={busy} last={last} onClick={() => next(d)} />
    </>
  );
}

/** What the wizard filled in from her log (and she has not changed): the feeds, the weight, the nappies. */
export interface FromLog {
  feeds: boolean;
  weight: boolean;
  nappies: { wet: boolean; dirty: boolean; urates: boolean; dry: boolean };
}

export function renderStep(step: StepId, d: CheckDraft, tools: StepTools, fromLog: FromLog): JSX.Element {
  const { pick, setDraft, next, busy, last } = tools;
  switch (step) {
    case 'emergency':
    case 'babyEmergency':
      return <SignsStep d={d} tools={tools} step={step} />;
    case 'about':
      return <AboutStep d={d} tools={tools} />;
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
          <NextButton busy={busy} last={last} onClick={() => next(d)} />
        </>
      );
    case 'breast':
      return <BreastStep d={d} tools={tools} />;
    case 'nipple':
      return <NippleStep d={d} tools={tools} />;
    case 'fullness':
      return <FullnessStep d={d} tools={tools} />;
    case 'pain':
      return (
        <>
          <Choices labelledBy={QUESTION_ID} layout="grid" options={Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))} value={d.pain} onPick={(v) => pick('pain', v, true)} />
          <p class="check-scale muted">
            <span>{t('check.pain.none')}</span>
            <span>{t('check.pain.worst')}</span>
          </p>
        </>
      );
    case 'fever':
      return <FeverStep d={d} tools={tools} />;
    case 'course':
      return <CourseStep d={d} tools={tools} />;
    case 'more':
      return <MoreStep d={d} tools={tools} />;
    case 'babyTemp':
      return <BabyTempStep d={d} tools={tools} />;
    case 'babyFeeding':
      return <BabyFeedingStep d={d} tools={tools} fromLog={fromLog.feeds} weightFromLog={fromLog.weight} />;
    case 'babyNappies':
      return <BabyNappiesStep d={d} tools={tools} fromLog={fromLog.nappies} />;
    case 'babyYellow':
      return <BabyYellowStep d={d} tools={tools} />;
  }
}
