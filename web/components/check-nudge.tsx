/** One line where a massage nudge is held back: why, with a link to the check that says so. */
import type { JSX } from 'preact';
import type { Nudge } from '../../src/domain/triage/nudge.js';
import { t } from '../i18n.js';
import { Link } from './link.js';

export function NudgeNote({ nudge, what }: { nudge: Nudge; what: 'all' | 'some' | 'handsOn' }): JSX.Element {
  return (
    <p class="nudge-note" data-testid="nudge-note">
      {t(`checkNudge.${what}`)} <Link href={`/check/result/${nudge.checkId}`}>{t('checkNudge.link')}</Link>
    </p>
  );
}
