/** The fields of a log entry: the essentials first, then optional details folded away. */
import type { JSX } from 'preact';
import type { Baby } from '../../src/domain/account.js';
import { LIMITS } from '../../src/domain/limits.js';
import { MASSAGE_TIMINGS, MASSAGE_TOOLS, MILK_TYPES, SIDES } from '../../src/domain/session.js';
import { unitSymbol, type VolumeUnit } from '../../src/domain/units.js';
import { languageStore, t } from '../i18n.js';
import { useStore } from '../state/store.js';
import type { EntryForm, FormErrors } from '../state/entry-form.js';
import { Field, SelectField } from './field.js';
import { Segmented } from './segmented.js';

interface Props {
  form: EntryForm;
  errors: FormErrors;
  unit: VolumeUnit;
  babies: Baby[];
  isNew: boolean;
  running: boolean;
  onChange: (change: Partial<EntryForm>) => void;
}

/** "Not noted", then each value, the ends of the scale explained ("0 · none", "10 · worst"). */
function scale(min: number, max: number, low: string, high: string): { value: string; label: string }[] {
  const out = [{ value: '', label: t('common.notNoted') }];
  for (let i = min; i <= max; i++) out.push({ value: String(i), label: i === min ? `${i} · ${low}` : i === max ? `${i} · ${high}` : String(i) });
  return out;
}

export function SessionForm({ form, errors, unit, babies, isNew, running, onChange }: Props): JSX.Element {
  const unitLabel = unitSymbol(unit);
  const decimal = { type: 'text', inputMode: 'decimal', autocomplete: 'off', enterKeyHint: 'done' } as const;
  const showBaby = form.kind !== 'pump' && babies.length > 1;
  const detailsOpen = !isNew || form.massageOn || Boolean(errors.end || errors.painBefore || errors.painAfter || errors.massageMinutes || errors.notes);

  const pain = scale(LIMITS.pain.min, LIMITS.pain.max, t('form.painNone'), t('form.painWorst'));
  const nearLimit = form.notes.length > LIMITS.maxNotesLength * 0.9;
  const lang = useStore(languageStore);
  const fullness = scale(LIMITS.fullness.min, LIMITS.fullness.max, t('form.fullnessSoft'), t('form.fullnessFull'));

  const minutesField = (side: 'left' | 'right'): JSX.Element => {
    const id = side === 'left' ? 'leftMinutes' : 'rightMinutes';
    return (
      <Field
        id={id}
        label={t(`form.${id}`)}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        value={form[id]}
        onValue={(v) => onChange({ [id]: v })}
        error={errors[id]}
      />
    );
  };

  const time =
    form.kind === 'nurse' && isNew ? (
      <div>
        <Field id="start" label={t('form.startedAt')} type="datetime-local" value={form.start} onValue={(start) => onChange({ start })} error={errors.start} />
        <Segmented
          name="firstSide"
          legend={t('form.firstSide')}
          value={form.firstSide}
          options={SIDES.map((side) => ({ value: side, label: t(`side.${side}`) }))}
          onChange={(firstSide) => onChange({ firstSide })}
        />
        <div class="grid-2">
          {minutesField('left')}
          {minutesField('right')}
        </div>
      </div>
    ) : form.kind === 'nurse' ? (
      <div>
        <Field id="start" label={t('form.startedAt')} type="datetime-local" value={form.start} onValue={(start) => onChange({ start })} error={errors.start} />
        {running ? (
          <p class="field help">{t('form.running')}</p>
        ) : (
          <Field id="end" label={t('form.endedAt')} type="datetime-local" value={form.end} onValue={(end) => onChange({ end })} error={errors.end} />
        )}
      </div>
    ) : (
      <Field id="end" label={t('form.finishedAt')} type="datetime-local" value={form.end} onValue={(end) => onChange({ end })} error={errors.end} />
    );

  const minutes = (
    <Field
      id="minutes"
      label={t('form.duration')}
      type="text"
      inputMode="numeric"
      pattern="[0-9]*"
      value={form.minutes}
      onValue={(m) => onChange({ minutes: m })}
      error={errors.minutes}
    />
  );

  return (
    <>
      {showBaby && (
        <Segmented
          name="babyId"
          legend={t('form.baby')}
          value={form.babyId}
          options={babies.map((b) => ({ value: b.id, label: b.name }))}
          onChange={(babyId) => onChange({ babyId })}
        />
      )}
      {form.kind === 'pump' && (
        <>
          <div class="grid-2">
            <Field id="left" label={t('form.leftVolume', { unit: unitLabel })} {...decimal} value={form.left} onValue={(left) => onChange({ left })} error={errors.left} />
            <Field id="right" label={t('form.rightVolume', { unit: unitLabel })} {...decimal} value={form.right} onValue={(right) => onChange({ right })} error={errors.right} />
          </div>
          {minutes}
        </>
      )}
      {form.kind === 'bottle' && (
        <>
          <Field id="volume" label={t('form.volume', { unit: unitLabel })} {...decimal} value={form.volume} onValue={(volume) => onChange({ volume })} error={errors.volume} />
          <Segmented
            name="milkType"
            legend={t('form.milkType')}
            value={form.milkType}
            options={MILK_TYPES.map((m) => ({ value: m, label: t(`milk.${m}`) }))}
            onChange={(milkType) => onChange({ milkType })}
          />
        </>
      )}
      {form.kind === 'nurse' && time}
      <details class="more" open={detailsOpen}>
        <summary>{t('form.details')}</summary>
        <div class="details-body">
          {form.kind !== 'nurse' && time}
          {form.kind === 'bottle' && minutes}
          <div class="grid-2">
            <SelectField id="painBefore" label={t('form.painBefore')} value={form.painBefore} onValue={(painBefore) => onChange({ painBefore })} options={pain} error={errors.painBefore} />
            <SelectField id="painAfter" label={t('form.painAfter')} value={form.painAfter} onValue={(painAfter) => onChange({ painAfter })} options={pain} error={errors.painAfter} />
            <SelectField
              id="fullnessBefore"
              label={t('form.fullnessBefore')}
              value={form.fullnessBefore}
              onValue={(fullnessBefore) => onChange({ fullnessBefore })}
              options={fullness}
              error={errors.fullnessBefore}
            />
            <SelectField
              id="fullnessAfter"
              label={t('form.fullnessAfter')}
              value={form.fullnessAfter}
              onValue={(fullnessAfter) => onChange({ fullnessAfter })}
              options={fullness}
              error={errors.fullnessAfter}
            />
          </div>
          <label class="check">
            <input type="checkbox" checked={form.massageOn} onChange={(e) => onChange({ massageOn: e.currentTarget.checked })} />
            {t('form.massaged')}
          </label>
          {form.massageOn && (
            <fieldset>
              <legend class="visually-hidden">{t('form.massage')}</legend>
              <Segmented
                name="massageTiming"
                legend={t('form.massageTiming')}
                value={form.massageTiming}
                options={MASSAGE_TIMINGS.map((m) => ({ value: m, label: t(`timing.${m}`) }))}
                onChange={(massageTiming) => onChange({ massageTiming })}
              />
              <Field
                id="massageMinutes"
                label={t('form.massageMinutes')}
                type="text"
                inputMode="numeric"
                pattern="[0-9]*"
                value={form.massageMinutes}
                onValue={(massageMinutes) => onChange({ massageMinutes })}
                error={errors.massageMinutes}
              />
              <Segmented
                name="massageTool"
                legend={t('form.tool')}
                value={form.massageTool}
                options={MASSAGE_TOOLS.map((m) => ({ value: m, label: t(`tool.${m}`) }))}
                onChange={(massageTool) => onChange({ massageTool })}
              />
              {errors.massageTool && <p class="error">{errors.massageTool}</p>}
              {form.massageTool === 'massager' && (
                <div class="grid-2">
                  <label class="check">
                    <input type="checkbox" checked={form.vibration} onChange={(e) => onChange({ vibration: e.currentTarget.checked })} />
                    {t('form.vibration')}
                  </label>
                  <label class="check">
                    <input type="checkbox" checked={form.heat} onChange={(e) => onChange({ heat: e.currentTarget.checked })} />
                    {t('form.heat')}
                  </label>
                </div>
              )}
            </fieldset>
          )}
          <div class="field">
            <label for="notes">{t('form.notes')}</label>
            {/* No maxLength: the browser would cut a long paste without a word. Too long is said, and kept. */}
            <textarea
              id="notes"
              name="notes"
              value={form.notes}
              onInput={(e) => onChange({ notes: e.currentTarget.value })}
              aria-invalid={errors.notes ? 'true' : undefined}
              aria-describedby={[nearLimit ? 'notes-count' : '', errors.notes ? 'notes-error' : ''].filter(Boolean).join(' ') || undefined}
            />
            {nearLimit && (
              <span class="help" id="notes-count">
                {t('form.notesCount', { n: form.notes.length.toLocaleString(lang), max: LIMITS.maxNotesLength.toLocaleString(lang) })}
              </span>
            )}
            {errors.notes && (
              <span class="error" id="notes-error">
                {errors.notes}
              </span>
            )}
          </div>
        </div>
      </details>
    </>
  );
}
