/** "Are you sure?" in words: each unusual value of a session, said in her unit and the other one. */
import { otherUnitReading, type Doubt, type VolumeKind } from '../../src/domain/plausibility.js';
import { otherUnit, type VolumeUnit } from '../../src/domain/units.js';
import { minutesText, timeText, volumeText } from '../format.js';
import { t } from '../i18n.js';

/** "3 mL (0.1 fl oz)": the value as she typed it, then in the other unit. */
export function bothUnits(ml: number, unit: VolumeUnit, lang: string): string {
  return `${volumeText(ml, unit, lang)} (${volumeText(ml, otherUnit(unit), lang)})`;
}

/**
 * "If you meant 30 mL, that is 1 fl oz.": the number she typed read in the other unit, when that is
 * the likely slip (see otherUnitReading); empty otherwise.
 */
export function meantText(kind: VolumeKind, ml: number, unit: VolumeUnit, lang: string): string {
  const other = otherUnitReading(kind, ml, unit);
  return other === null ? '' : t('doubts.meant', { typed: volumeText(other, otherUnit(unit), lang), value: volumeText(other, unit, lang) });
}

/** A sentence, then the likely slip when there is one. */
export const withMeant = (said: string, meant: string): string => (meant ? `${said} ${meant}` : said);

export function doubtText(d: Doubt, unit: VolumeUnit, lang: string, nowMs: number): string {
  switch (d.kind) {
    case 'small-bottle':
      return withMeant(t('doubts.smallBottle', { value: bothUnits(d.ml, unit, lang) }), meantText('bottle', d.ml, unit, lang));
    case 'large-bottle':
      return withMeant(t('doubts.largeBottle', { value: bothUnits(d.ml, unit, lang) }), meantText('bottle', d.ml, unit, lang));
    case 'large-side':
      return withMeant(t('doubts.largeSide', { value: bothUnits(d.ml, unit, lang), side: t(`side.${d.side}Lower`) }), meantText('side', d.ml, unit, lang));
    case 'long-feed':
      return t('doubts.longFeed', { duration: minutesText(d.minutes * 60) });
    case 'ends-later':
      return t('doubts.endsLater', { time: timeText(new Date(nowMs + d.minutesAhead * 60_000).toISOString(), lang), duration: minutesText(d.minutesAhead * 60) });
  }
}
