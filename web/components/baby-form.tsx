/**
 * A baby's details: name and birth date. One form to add a baby and to edit one (the Babies page,
 * the guided start); a new detail is one more field here and one more key in BabyValues.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../src/domain/limits.js';
import { isCalendarDate } from '../../src/domain/time.js';
import { ApiError } from '../api.js';
import { errorText, fieldErrors, reportError } from '../errors.js';
import { t } from '../i18n.js';
import { Field } from './field.js';

export interface BabyValues {
  name: string;
  /** "YYYY-MM-DD", or null when not given. */
  birthDate: string | null;
}

interface Props {
  /** Makes the field ids unique on a page with several forms. */
  idPrefix: string;
  initial?: BabyValues;
  submitLabel: string;
  /** Saves; an ApiError's field errors are shown on the fields. */
  onSubmit: (values: BabyValues) => Promise<void>;
  onCancel?: () => void;
  /** Clears the fields after a save (adding several babies in a row). */
  resetAfter?: boolean;
  children?: JSX.Element | false | null;
}

/** The fields as typed, checked the way the server checks them. */
function check(name: string, birthDate: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!name.trim()) out.name = t('errors.required');
  else if (name.trim().length > LIMITS.maxNameLength) out.name = t('fieldErrors.too_long', { max: LIMITS.maxNameLength });
  if (birthDate && !isCalendarDate(birthDate)) out.birthDate = t('fieldErrors.invalid_date');
  return out;
}

export function BabyForm({ idPrefix, initial, submitLabel, onSubmit, onCancel, resetAfter, children }: Props): JSX.Element {
  const [name, setName] = useState(initial?.name ?? '');
  const [birthDate, setBirthDate] = useState(initial?.birthDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const local = check(name, birthDate);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ name: name.trim(), birthDate: birthDate || null });
      if (resetAfter) {
        setName('');
        setBirthDate('');
      }
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(fieldErrors(err));
      else {
        if (err instanceof ApiError && err.status === 401) reportError(err);
        setFormError(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="baby-form" onSubmit={(e) => void submit(e)} noValidate>
      {formError && (
        <p class="form-error" role="alert">
          {formError}
        </p>
      )}
      <Field id={`${idPrefix}-name`} label={t('babies.name')} value={name} onValue={setName} autocomplete="off" error={errors.name} />
      <Field id={`${idPrefix}-birth`} label={t('babies.birthDate')} type="date" value={birthDate} onValue={setBirthDate} error={errors.birthDate} />
      {children}
      <div class="button-row">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
