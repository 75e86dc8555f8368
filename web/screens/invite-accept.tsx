/** /invite/:token — what an invite offers; accept it, or sign in or sign up first and come back. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { unitSymbol } from '../../src/domain/units.js';
import { api, ApiError, type InvitePreview } from '../api.js';
import { PageTitle } from '../components/page-title.js';
import { DropIcon } from '../components/icons.js';
import { Link } from '../components/link.js';
import { InviteSignIn } from '../components/sharing-sign-in.js';
import { errorText, reportError } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore, loadAccount, selectHousehold } from '../state/account.js';
import { notify } from '../state/notice.js';
import { dayText, roleText } from '../state/sharing-format.js';
import { rememberClient } from '../state/sharing-clients.js';
import { forgetInvite, rememberInvite } from '../state/sharing-invite.js';
import { useStore } from '../state/store.js';

type Preview = { state: 'loading' } | { state: 'ok'; invite: InvitePreview } | { state: 'gone' } | { state: 'error'; text: string };

function Offer({ invite, lang }: { invite: InvitePreview; lang: string }): JSX.Element {
  return (
    <div class="card invite-offer" data-testid="invite-offer">
      <p class="invite-lead">{t('sharing.accept.lead', { who: invite.invitedBy, household: invite.householdName })}</p>
      <p>
        <span class="role-badge">{roleText(invite.role)}</span>
      </p>
      <p>{invite.role === 'caregiver' ? t('sharing.accept.caregiverOffer') : t('sharing.accept.consultantOffer')}</p>
      {invite.accessExpiresAt && <p class="muted">{t('sharing.accept.accessUntil', { date: dayText(invite.accessExpiresAt, lang) })}</p>}
      <p class="muted">{t('sharing.accept.linkExpires', { date: dayText(invite.expiresAt, lang) })}</p>
    </div>
  );
}

export function InviteAccept({ token }: { token: string }): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const signedIn = account.status === 'signed-in';
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [member, setMember] = useState(false);

  useEffect(() => {
    let live = true;
    api.invite(token).then(
      (invite) => {
        if (live) setPreview({ state: 'ok', invite });
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
          forgetInvite();
          setPreview({ state: 'gone' });
        } else setPreview({ state: 'error', text: errorText(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

  useEffect(() => {
    if (!signedIn && preview.state === 'ok') rememberInvite(token);
  }, [signedIn, preview.state, token]);

  const accept = async (): Promise<void> => {
    if (preview.state !== 'ok') return;
    setBusy(true);
    setProblem(null);
    try {
      const household = await api.acceptInvite(token);
      forgetInvite();
      rememberClient(household.id, preview.invite.invitedBy);
      await loadAccount();
      if (household.role !== 'consultant') await selectHousehold(household.id);
      // A partner starts in the household's unit (the server set it): say so, and where to change it.
      notify(household.role === 'caregiver' ? t('sharing.accept.joinedUnit', { unit: unitSymbol(household.volumeUnit) }) : t('sharing.accept.done', { who: preview.invite.invitedBy }));
      navigate(household.role === 'consultant' ? '/clients' : '/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        forgetInvite();
        setMember(true);
      } else if (e instanceof ApiError && e.status === 404) {
        forgetInvite();
        setPreview({ state: 'gone' });
      } else {
        if (e instanceof ApiError && e.status === 401) reportError(e);
        setProblem(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const body = ((): JSX.Element => {
    switch (preview.state) {
      case 'loading':
        return <p class="muted">{t('app.loading')}</p>;
      case 'gone':
        return (
          <div class="card" role="alert">
            <p class="invite-lead">{t('sharing.accept.goneTitle')}</p>
            <p>{t('sharing.accept.goneText')}</p>
            {signedIn && (
              <Link href="/" class="button wide">
                {t('sharing.accept.toHome')}
              </Link>
            )}
          </div>
        );
      case 'error':
        return (
          <p class="form-error" role="alert">
            {preview.text}
          </p>
        );
      case 'ok':
        return (
          <>
            <Offer invite={preview.invite} lang={lang} />
            {signedIn ? (
              member ? (
                <div class="card" role="status">
                  <p>{t('sharing.accept.already')}</p>
                  <Link href={preview.invite.role === 'consultant' ? '/clients' : '/'} class="button primary wide">
                    {t('sharing.accept.open')}
                  </Link>
                </div>
              ) : (
                <div class="card">
                  <p class="muted">{t('sharing.accept.signedInAs', { email: account.user?.email ?? '' })}</p>
                  {problem && (
                    <p class="form-error" role="alert">
                      {problem}
                    </p>
                  )}
                  <button type="button" class="primary wide" disabled={busy} onClick={() => void accept()}>
                    {t('sharing.accept.accept')}
                  </button>
                  <Link href="/" class="button wide invite-decline" onClickCapture={forgetInvite}>
                    {t('sharing.accept.notNow')}
                  </Link>
                </div>
              )
            ) : (
              <p class="invite-next">{t('sharing.accept.signInFirst')}</p>
            )}
          </>
        );
    }
  })();

  return (
    <section class={signedIn ? 'invite-screen' : 'invite-screen auth'}>
      {!signedIn && (
        <p class="brand-large">
          <DropIcon />
          {t('app.name')}
        </p>
      )}
      <PageTitle>{t('sharing.accept.title')}</PageTitle>
      {body}
      {!signedIn && preview.state === 'ok' && (
        <InviteSignIn
          consultantInvite={preview.invite.role === 'consultant' ? token : undefined}
          onJoined={() => {
            forgetInvite();
            notify(t('sharing.accept.done', { who: preview.invite.invitedBy }));
            navigate('/clients', { replace: true });
          }}
        />
      )}
      {!signedIn && preview.state === 'gone' && (
        <Link href="/signin" class="button wide">
          {t('sharing.accept.toSignIn')}
        </Link>
      )}
    </section>
  );
}
