/** Sign up or sign in right on an invite page, so the invite is still there to accept afterwards. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { CredentialsForm } from './credentials-form.js';

export function InviteSignIn(): JSX.Element {
  const [create, setCreate] = useState(true);
  return (
    <div class="card" role="region" aria-labelledby="invite-auth-title">
      <h2 id="invite-auth-title">{create ? t('sharing.accept.signUpTitle') : t('sharing.accept.signInTitle')}</h2>
      <CredentialsForm create={create} />
      <button type="button" class="link wide" onClick={() => setCreate(!create)}>
        {create ? t('sharing.accept.haveAccount') : t('auth.toSignUp')}
      </button>
    </div>
  );
}
