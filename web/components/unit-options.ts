/** The choices of unit, as Settings, the household card and the guided start offer them. */
import { unitSymbol, type VolumeUnit, type WeightUnit } from '../../src/domain/units.js';
import { t } from '../i18n.js';

export function volumeOptions(): { value: VolumeUnit; label: string }[] {
  return [
    { value: 'ml', label: unitSymbol('ml') },
    { value: 'floz', label: t('settings.floz') },
  ];
}

export function weightOptions(): { value: WeightUnit; label: string }[] {
  return [
    { value: 'kg', label: t('settings.kg') },
    { value: 'lb', label: t('settings.lbOz') },
  ];
}

/** A weight unit as the choices name it: "kg", or "lb & oz". */
export function weightUnitLabel(unit: WeightUnit): string {
  return unit === 'kg' ? t('settings.kg') : t('settings.lbOz');
}
