import type { JSX } from 'preact';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { t } from '../i18n.js';

export function NotFound(): JSX.Element {
  return (
    <section class="center-screen">
      <PageTitle>{t('errors.notFound')}</PageTitle>
      <Link class="button primary" href="/">
        {t('nav.home')}
      </Link>
    </section>
  );
}
