/** "Are you sure?" in words: each unusual value of a session, said in her unit and the other one. */
import type { Doubt } from '../../src/domain/plausibility.js';
import { flOzToMl, otherUnit, type VolumeUnit } from '../../src/domain/units.js';
import { minutesText, timeText, volumeText } from '../format.js';
import { t } from '../i18n.js';

/** "3 mL (0.1 fl oz)": the value as she typed it, then in the other unit. */
export function bothUnits(ml: number, unit: VolumeUnit, lang: string): string {
  return `${volumeText(ml, unit, lang)} (${volumeText(ml, otherUnit(unit), lang)})`;
}

export function doubtText(d: Doubt, unit: VolumeUnit, lang: string, nowMs: number): string {
  switch (d.kind) {
    case 'small-bottle': {
      const said = t('doubts.smallBottle', { value: bothUnits(d.ml, unit, lang) });
      // In mL, a small whole number is most often fl oz typed in the wrong unit: say what that would be.
      return unit === 'ml' && d.ml >= 1 ? `${said} ${t('doubts.meantFlOz', { floz: volumeText(flOzToMl(d.ml), 'floz', lang), ml: volumeText(flOzToMl(d.ml), 'ml', lang) })}` : said;
    }
    case 'large-side':
      return t('doubts.largeSide', { value: bothUnits(d.ml, unit, lang), side: t(`side.${d.side}Lower`) });
    case 'long-feed':
      return t('doubts.longFeed', { duration: minutesText(d.minutes * 60) });
    case 'ends-later':
      return t('doubts.endsLater', { time: timeText(new Date(nowMs + d.minutesAhead * 60_000).toISOString(), lang), duration: minutesText(d.minutesAhead * 60) });
  }
}
