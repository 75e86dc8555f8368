import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { BackIcon } from './icons.js';
import { Link } from './link.js';

export function BackLink({ href }: { href: string }): JSX.Element {
  return (
    <div class="back-row">
      <Link href={href}>
        <BackIcon />
        {t('common.back')}
      </Link>
    </div>
  );
}
