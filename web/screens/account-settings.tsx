/** Settings → Account: change password, sign-in sessions, export her data, delete her account. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, EXPORT_URL, type SignInSession } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, fieldErrors, reportError } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore, signedOut } from '../state/account.js';
import { notify } from '../state/notice.js';
import { dayText, deviceText } from '../state/sharing-format.js';
import { useStore } from '../state/store.js';

const MIN_PASSWORD = 10;

/** `onChanged`: every other sign-in has just ended, so the list below is read again. */
function ChangePassword({ onChanged }: { onChanged: () => void }): JSX.Element {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    if (!current) local.currentPassword = t('errors.required');
    if (!next) local.newPassword = t('errors.required');
    else if (next.length < MIN_PASSWORD) local.newPassword = t('auth.passwordShort');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const { endedSessions } = await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      notify(t('account.password.changed', { count: endedSessions }));
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        setFields(fieldErrors(err));
      } else {
        if (err instanceof ApiError && err.status === 401) reportError(err);
        setError(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <p class="muted">{t('account.password.explain')}</p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <Field id="currentPassword" label={t('account.password.current')} type="password" autocomplete="current-password" value={current} onValue={setCurrent} error={fields.currentPassword} />
      <Field
        id="newPassword"
        label={t('account.password.new')}
        type="password"
        autocomplete="new-password"
        minLength={MIN_PASSWORD}
        value={next}
        onValue={setNext}
        help={t('auth.passwordHint')}
        error={fields.newPassword}
      />
      <button type="submit" class="primary wide" disabled={busy}>
        {t('account.password.submit')}
      </button>
    </form>
  );
}

function Sessions({ lang, changed }: { lang: string; changed: number }): JSX.Element {
  const [sessions, setSessions] = useState<SignInSession[] | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.signInSessions().then(
      (r) => {
        if (live) setSessions(r.sessions);
      },
      (e: unknown) => reportError(e),
    );
    return () => {
      live = false;
    };
  }, [version, changed]);

  const end = async (ids: string[]): Promise<void> => {
    setBusy(true);
    try {
      for (const id of ids) await api.endSignInSession(id);
      notify(t('account.sessions.ended', { count: ids.length }));
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };

  const others = (sessions ?? []).filter((s) => !s.current);
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      {sessions === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : (
        <ul class="sharing-list" data-testid="sign-in-sessions">
          {sessions.map((s) => (
            <li key={s.id} class="account-session">
              <p class="sharing-member-email">
                {deviceText(s.userAgent)}
                {s.current && <span class="role-badge">{t('account.sessions.thisDevice')}</span>}
              </p>
              <p class="muted">{t('account.sessions.since', { date: dayText(s.createdAt, lang) })}</p>
              {!s.current && (
                <button type="button" class="wide" disabled={busy} aria-label={t('account.sessions.endOne', { device: deviceText(s.userAgent), date: dayText(s.createdAt, lang) })} onClick={() => void end([s.id])}>
                  {t('account.sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 1 && (
        <button type="button" class="danger wide" disabled={busy} onClick={() => void end(others.map((s) => s.id))}>
          {t('account.sessions.endOthers')}
        </button>
      )}
      {sessions !== null && others.length === 0 && <p class="muted">{t('account.sessions.onlyThis')}</p>}
    </section>
  );
}

function DeleteAccount({ email }: { email: string }): JSX.Element {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!matches) {
      setError(t('account.delete.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await api.deleteAccount(typed.trim());
      signedOut();
      navigate('/signin', { replace: true });
      notify(t('account.delete.done'));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 400 ? t('account.delete.mismatch') : errorText(err));
      setBusy(false);
    }
  };

  return (
    <form class="card danger-zone" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="delete-title">
      <h2 id="delete-title">{t('account.delete.title')}</h2>
      <p>{t('account.delete.warning')}</p>
      <p>{t('account.delete.joined')}</p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <Field
        id="delete-confirm"
        label={t('account.delete.typeEmail', { email })}
        type="email"
        autocomplete="off"
        autoCapitalize="none"
        spellcheck={false}
        value={typed}
        onValue={setTyped}
      />
      <button type="submit" class="danger wide" disabled={busy || !matches}>
        {t('account.delete.submit')}
      </button>
    </form>
  );
}

export function AccountSettings(): JSX.Element {
  const [passwordChanges, setPasswordChanges] = useState(0);
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const email = account.user?.email ?? '';
  return (
    <section class="account-screen">
      <BackLink href="/settings" />
      <PageTitle>{t('account.title')}</PageTitle>
      <p class="muted">{t('settings.signedInAs', { email })}</p>
      <ChangePassword onChanged={() => setPasswordChanges((n) => n + 1)} />
      <Sessions lang={lang} changed={passwordChanges} />
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('account.export.title')}</h2>
        <p class="muted">{t('account.export.explain')}</p>
        <a href={EXPORT_URL} download class="button wide">
          {t('account.export.download')}
        </a>
      </section>
      <DeleteAccount email={email} />
    </section>
  );
}
