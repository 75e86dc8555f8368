/** Add a weight (or the birth weight) in her units: kilograms, or pounds and ounces. Saved through the outbox. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { WEIGHT_PLACES, type Weight, type WeightPlace } from '../../src/domain/baby/weight.js';
import { LIMITS } from '../../src/domain/limits.js';
import { lbOzToGrams, type WeightUnit } from '../../src/domain/units.js';
import { errorText, fieldErrors } from '../errors.js';
import { fromLocalInput, parseDecimal, toLocalInput } from '../format.js';
import { t } from '../i18n.js';
import { saveWeight } from '../state/baby-records.js';
import { notify } from '../state/notice.js';
import { Field, SelectField } from './field.js';

interface Props {
  babyId: string;
  unit: WeightUnit;
  /** The baby has no birth weight yet: offer to mark this one as it. */
  canBeBirth: boolean;
  birthDate: string | null;
}

type Errors = Partial<Record<'kg' | 'lb' | 'oz' | 'when' | 'form', string>>;

export function WeightForm({ babyId, unit, canBeBirth, birthDate }: Props): JSX.Element {
  const [kg, setKg] = useState('');
  const [lb, setLb] = useState('');
  const [oz, setOz] = useState('');
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString()));
  const [place, setPlace] = useState<WeightPlace>('home');
  const [birth, setBirth] = useState(false);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const grams = (): number | null => {
    if (unit === 'kg') {
      const v = parseDecimal(kg);
      return v === null || Number.isNaN(v) ? null : v * 1000;
    }
    const l = parseDecimal(lb);
    const o = parseDecimal(oz) ?? 0;
    return l === null || Number.isNaN(l) || Number.isNaN(o) || o >= 16 ? null : lbOzToGrams(l, o);
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const g = grams();
    const at = fromLocalInput(when);
    const local: Errors = {};
    const bad = g === null || g < LIMITS.weightGrams.min || g > LIMITS.weightGrams.max;
    if (bad) local[unit === 'kg' ? 'kg' : 'lb'] = t('baby.weight.badWeight');
    if (!at) local.when = t('errors.time');
    else if (Date.parse(at) > Date.now() + 60_000) local.when = t('baby.weight.future');
    setErrors(local);
    if (Object.keys(local).length > 0 || g === null || !at) return;
    setBusy(true);
    try {
      const o = await saveWeight({ babyId, measuredAt: at, grams: Math.round(g * 10) / 10, birth, place, notes: notes.trim() });
      if (o.state === 'rejected') {
        // The server's reasons, in her language.
        const f = fieldErrors(o.error);
        setErrors({ [unit === 'kg' ? 'kg' : 'lb']: f.grams, when: f.measuredAt, form: f.birth ?? (f.grams || f.measuredAt ? undefined : errorText(o.error)) });
        return;
      }
      notify(o.state === 'queued' ? t('baby.weight.savedOffline') : t('baby.weight.saved'));
      setKg('');
      setLb('');
      setOz('');
      setNotes('');
      setBirth(false);
      setPlace('home');
      setWhen(toLocalInput(new Date().toISOString()));
    } finally {
      setBusy(false);
    }
  };

  const useBirthDate = (checked: boolean): void => {
    setBirth(checked);
    if (checked) {
      setPlace('hospital');
      if (birthDate) setWhen(`${birthDate}T12:00`);
    }
  };

  return (
    <form class="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="weight-form-title">
      <h3 id="weight-form-title">{t('baby.weight.addTitle')}</h3>
      {errors.form && (
        <p class="form-error" role="alert">
          {errors.form}
        </p>
      )}
      {unit === 'kg' ? (
        <Field id="kg" label={t('baby.weight.kg')} inputMode="decimal" autocomplete="off" value={kg} onValue={setKg} error={errors.kg} help={t('baby.weight.kgHelp')} />
      ) : (
        <div class="weight-inputs">
          <Field id="lb" label={t('baby.weight.lb')} inputMode="numeric" autocomplete="off" value={lb} onValue={setLb} error={errors.lb} />
          <Field id="oz" label={t('baby.weight.oz')} inputMode="decimal" autocomplete="off" value={oz} onValue={setOz} error={errors.oz} />
        </div>
      )}
      {canBeBirth && (
        <label class="check">
          <input type="checkbox" checked={birth} onChange={(e) => useBirthDate(e.currentTarget.checked)} />
          {t('baby.weight.isBirth')}
        </label>
      )}
      <Field id="weighed-at" label={t('baby.weight.when')} type="datetime-local" value={when} onValue={setWhen} error={errors.when} />
      <SelectField id="weighed-where" label={t('baby.weight.where')} value={place} onValue={(v) => setPlace(v as WeightPlace)} options={WEIGHT_PLACES.map((p) => ({ value: p, label: t(`baby.place.${p}`) }))} />
      <Field id="weight-notes" label={t('baby.weight.notes')} value={notes} onValue={setNotes} maxLength={LIMITS.maxNotesLength} autocomplete="off" />
      <button type="submit" class="primary wide" disabled={busy}>
        {t('baby.weight.save')}
      </button>
    </form>
  );
}

export type { Weight };
