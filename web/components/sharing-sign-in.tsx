/** Sign up or sign in right on an invite page, so the invite is still there to accept afterwards. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { CredentialsForm } from './credentials-form.js';

/** `consultantInvite`: her invite's token; signing up then joins at once, into her client list. */
export function InviteSignIn({ consultantInvite, onJoined }: { consultantInvite?: string; onJoined?: () => void }): JSX.Element {
  const [create, setCreate] = useState(true);
  return (
    <div class="card" role="region" aria-labelledby="invite-auth-title">
      <h2 id="invite-auth-title">{create ? t('sharing.accept.signUpTitle') : t('sharing.accept.signInTitle')}</h2>
      <CredentialsForm create={create} invite={consultantInvite} onSignedIn={create && consultantInvite ? onJoined : undefined} />
      <button type="button" class="link wide" onClick={() => setCreate(!create)}>
        {create ? t('sharing.accept.haveAccount') : t('auth.toSignUp')}
      </button>
    </div>
  );
}
