/** Email and password, to sign in or to create an account; the server's field errors are shown in place. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { errorText, fieldErrors } from '../errors.js';
import { t } from '../i18n.js';
import { signIn } from '../state/account.js';
import { Field } from './field.js';

const MIN_PASSWORD = 10;

interface Props {
  create: boolean;
  /** A consultant's invite token: signing up joins that household at once (no household of her own). */
  invite?: string;
  onSignedIn?: () => void;
}

export function CredentialsForm({ create, invite, onSignedIn }: Props): JSX.Element {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Switching between signing in and signing up keeps what she typed, not the old errors.
  useEffect(() => {
    setFields({});
    setError(null);
  }, [create]);

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
      await signIn(email.trim(), password, create, create ? invite : undefined);
      onSignedIn?.();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('auth.wrong'));
      else if (err instanceof ApiError && err.fields.invite) setError(fieldErrors(err).invite ?? errorText(err));
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0) setFields(fieldErrors(err));
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
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
  );
}
