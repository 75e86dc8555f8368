/** The owner's household card: its name (shown in invitations and in a partner's switcher) and the units new members start with. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HouseholdSummary } from '../../src/domain/account.js';
import { LIMITS } from '../../src/domain/limits.js';
import { unitSymbol, type VolumeUnit, type WeightUnit } from '../../src/domain/units.js';
import { ApiError } from '../api.js';
import { errorText, fieldErrors, reportError } from '../errors.js';
import { t } from '../i18n.js';
import { changeHousehold } from '../state/account.js';
import { notify } from '../state/notice.js';
import { Field } from './field.js';
import { Segmented } from './segmented.js';
import { volumeOptions, weightOptions, weightUnitLabel } from './unit-options.js';

/** Saves a new name; the error, if any, in her words. Used by Settings and the guided start. */
export async function saveHouseholdName(name: string): Promise<string | null> {
  if (!name.trim()) return t('errors.required');
  if (name.trim().length > LIMITS.maxNameLength) return t('fieldErrors.too_long', { max: LIMITS.maxNameLength });
  try {
    await changeHousehold({ name: name.trim() });
    return null;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) reportError(e);
    return e instanceof ApiError && e.fields.name ? (fieldErrors(e).name ?? errorText(e)) : errorText(e);
  }
}

export function HouseholdSettings({ household }: { household: HouseholdSummary }): JSX.Element {
  const [name, setName] = useState(household.name);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setName(household.name), [household.id, household.name]);

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const problem = await saveHouseholdName(name);
    setBusy(false);
    setError(problem ?? undefined);
    if (!problem) notify(t('common.saved'));
  };

  const unit = (volumeUnit: VolumeUnit): void => {
    changeHousehold({ volumeUnit }).then(() => notify(t('household.unitSaved', { unit: unitSymbol(volumeUnit) })), reportError);
  };
  const weight = (weightUnit: WeightUnit): void => {
    changeHousehold({ weightUnit }).then(() => notify(t('household.unitSaved', { unit: weightUnitLabel(weightUnit) })), reportError);
  };

  return (
    <section class="card" aria-labelledby="household-title" data-testid="household-settings">
      <h2 id="household-title">{t('household.title')}</h2>
      <form class="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <Field id="household-name" label={t('household.name')} help={t('household.nameHelp')} value={name} onValue={setName} autocomplete="off" error={error} />
        <button type="submit" class="primary" disabled={busy || name.trim() === household.name}>
          {t('household.saveName')}
        </button>
      </form>
      <Segmented
        name="householdUnit"
        legend={t('household.unit')}
        value={household.volumeUnit}
        options={volumeOptions()}
        onChange={unit}
      />
      <Segmented name="householdWeightUnit" legend={t('household.weightUnit')} value={household.weightUnit} options={weightOptions()} onChange={weight} />
      <p class="muted small">{t('household.unitHelp')}</p>
    </section>
  );
}
