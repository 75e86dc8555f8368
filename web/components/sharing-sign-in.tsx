/** Sign up or sign in right on an invite page, so the invite is still there to accept afterwards. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { errorText } from '../errors.js';
import { t } from '../i18n.js';
import { signIn } from '../state/account.js';
import { Field } from './field.js';

const MIN_PASSWORD = 10;

export function InviteSignIn(): JSX.Element {
  const [create, setCreate] = useState(true);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    if (!email.trim()) local.email = t('errors.required');
    if (!password) local.password = t('errors.required');
    else if (create && password.length < MIN_PASSWORD) local.password = t('auth.passwordShort');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password, create);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('auth.wrong'));
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0) setFields(err.fields);
      else setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <div class="card" role="region" aria-labelledby="invite-auth-title">
      <h2 id="invite-auth-title">{create ? t('sharing.accept.signUpTitle') : t('sharing.accept.signInTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <Field
          id="email"
          label={t('auth.email')}
          type="email"
          autocomplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellcheck={false}
          required
          value={email}
          onValue={setEmail}
          error={fields.email}
        />
        <Field
          id="password"
          label={t('auth.password')}
          type="password"
          autocomplete={create ? 'new-password' : 'current-password'}
          required
          minLength={create ? MIN_PASSWORD : undefined}
          value={password}
          onValue={setPassword}
          help={create ? t('auth.passwordHint') : undefined}
          error={fields.password}
        />
        <button type="submit" class="primary wide" disabled={busy}>
          {create ? t('auth.signUp') : t('auth.signIn')}
        </button>
      </form>
      <button
        type="button"
        class="link wide"
        onClick={() => {
          setCreate(!create);
          setFields({});
          setError(null);
        }}
      >
        {create ? t('sharing.accept.haveAccount') : t('auth.toSignUp')}
      </button>
    </div>
  );
}
