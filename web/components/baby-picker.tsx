/** For twins (or more): which baby the next feed is for. */
import type { JSX } from 'preact';
import type { Baby } from '../../src/domain/account.js';
import { t } from '../i18n.js';
import { selectBaby } from '../state/account.js';
import { Segmented } from './segmented.js';

export function BabyPicker({ babies, babyId }: { babies: Baby[]; babyId: string | null }): JSX.Element {
  return (
    <Segmented
      name="baby"
      legend={t('form.baby')}
      value={babyId ?? ''}
      options={babies.map((b) => ({ value: b.id, label: b.name }))}
      onChange={selectBaby}
    />
  );
}
