/** Sign in or create an account. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { CredentialsForm } from '../components/credentials-form.js';
import { DropIcon } from '../components/icons.js';
import { PageTitle } from '../components/page-title.js';
import { t } from '../i18n.js';

export function SignIn(): JSX.Element {
  const [create, setCreate] = useState(false);
  return (
    <section class="auth">
      <p class="brand-large">
        <DropIcon />
        {t('app.name')}
      </p>
      <p class="muted">{t('auth.tagline')}</p>
      <div class="card">
        <PageTitle>{create ? t('auth.signUpTitle') : t('auth.signInTitle')}</PageTitle>
        <CredentialsForm create={create} />
      </div>
      <button type="button" class="link wide" onClick={() => setCreate(!create)}>
        {create ? t('auth.toSignIn') : t('auth.toSignUp')}
      </button>
    </section>
  );
}
