/** Settings → Sharing (owner only): who has access, open invites, new invites by link, the access log. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type AccessLogEntry, type CreatedInvite, type Member, type OpenInvite, type ShareRole } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { AccessLog } from '../components/sharing-access-log.js';
import { Email } from '../components/sharing-email.js';
import { InviteLinkCard } from '../components/sharing-invite-link.js';
import { errorText, reportError } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { notify } from '../state/notice.js';
import { dayText, endOfDay, localDate, roleText, roleWord } from '../state/sharing-format.js';
import { isOwner } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

interface Shares {
  members: Member[];
  invites: OpenInvite[];
}

function MemberRow({ member, hid, lang, onChanged }: { member: Member; hid: string; lang: string; onChanged: () => void }): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [until, setUntil] = useState(member.expiresAt ? localDate(member.expiresAt) : '');
  const owner = member.role === 'owner';
  const titleId = `member-${member.userId}`;

  const changeRole = async (role: ShareRole): Promise<void> => {
    setBusy(true);
    try {
      await api.changeShare(hid, member.userId, { role });
      notify(t('sharing.members.roleChanged', { email: member.email, role: roleWord(role) }));
      onChanged();
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };

  const saveUntil = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.changeShare(hid, member.userId, { expiresAt: until ? endOfDay(until) : null });
      notify(until ? t('sharing.members.untilSaved', { email: member.email, date: dayText(endOfDay(until) ?? '', lang) }) : t('sharing.members.untilCleared', { email: member.email }));
      onChanged();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (): Promise<void> => {
    setBusy(true);
    try {
      await api.revokeShare(hid, member.userId);
      notify(t('sharing.members.revoked', { email: member.email }));
      onChanged();
    } catch (e) {
      reportError(e);
      setBusy(false);
    }
  };

  return (
    <li class="card sharing-member" aria-labelledby={titleId}>
      <p class="sharing-member-email" id={titleId}>
        <Email text={member.email} />
      </p>
      <p class="muted">
        {roleText(member.role)} · {t('sharing.members.since', { date: dayText(member.createdAt, lang) })}
        {member.expiresAt && ` · ${t('sharing.members.until', { date: dayText(member.expiresAt, lang) })}`}
      </p>
      {!owner && (
        <div class="sharing-member-actions">
          <div class="field">
            <label for={`role-${member.userId}`}>
              {t('sharing.members.role')}
              <span class="visually-hidden"> {t('sharing.members.roleOf', { email: member.email })}</span>
            </label>
            <select
              id={`role-${member.userId}`}
              value={member.role}
              disabled={busy}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (v === 'caregiver' || v === 'consultant') void changeRole(v);
              }}
            >
              <option value="caregiver">{roleText('caregiver')}</option>
              <option value="consultant">{roleText('consultant')}</option>
            </select>
          </div>
          {member.role === 'consultant' && (
            <form class="sharing-until" onSubmit={(e) => void saveUntil(e)} noValidate>
              <Field
                id={`until-${member.userId}`}
                label={t('sharing.invite.untilLabel')}
                type="date"
                value={until}
                onValue={setUntil}
                help={t('sharing.invite.untilHelp')}
              />
              <button type="submit" class="wide" disabled={busy} aria-label={t('sharing.members.saveUntilFor', { email: member.email })}>
                {t('sharing.members.saveUntil')}
              </button>
            </form>
          )}
          {confirming ? (
            <div role="group" aria-label={t('sharing.members.confirmRevoke', { email: member.email })}>
              <p>{t('sharing.members.confirmRevoke', { email: member.email })}</p>
              <div class="button-row">
                <button type="button" class="danger" disabled={busy} onClick={() => void revoke()}>
                  {t('sharing.members.revokeYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="danger wide" aria-label={t('sharing.members.revokeFor', { email: member.email })} onClick={() => setConfirming(true)}>
              {t('sharing.members.revoke')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function InviteForm({ role, busy, onCreate }: { role: ShareRole; busy: boolean; onCreate: (role: ShareRole, until: string | null) => void }): JSX.Element {
  const [until, setUntil] = useState('');
  const id = `invite-${role}`;
  return (
    <form
      class="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(role, until ? endOfDay(until) : null);
      }}
    >
      <h3 id={`${id}-title`}>{role === 'caregiver' ? t('sharing.invite.caregiverTitle') : t('sharing.invite.consultantTitle')}</h3>
      <p class="muted">{role === 'caregiver' ? t('sharing.invite.caregiverExplain') : t('sharing.invite.consultantExplain')}</p>
      {role === 'consultant' && <Field id={`${id}-until`} label={t('sharing.invite.untilLabel')} type="date" value={until} onValue={setUntil} help={t('sharing.invite.untilHelp')} />}
      <button type="submit" class="primary wide" disabled={busy}>
        {role === 'caregiver' ? t('sharing.invite.caregiverButton') : t('sharing.invite.consultantButton')}
      </button>
    </form>
  );
}

export function SharingSettings(): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const hid = account.householdId;
  const owner = isOwner(account);
  const household = account.households.find((h) => h.id === hid);
  const [shares, setShares] = useState<Shares | null>(null);
  const [log, setLog] = useState<AccessLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!hid || !owner) return;
    let live = true;
    Promise.all([api.shares(hid), api.accessLog(hid, 100)]).then(
      ([s, l]) => {
        if (!live) return;
        setShares(s);
        setLog(l.entries);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        reportError(e);
        setError(errorText(e));
      },
    );
    return () => {
      live = false;
    };
  }, [hid, owner, version]);

  const reload = (): void => setVersion((v) => v + 1);

  const create = async (role: ShareRole, until: string | null): Promise<void> => {
    if (!hid) return;
    setBusy(true);
    try {
      setCreated(await api.createInvite(hid, role, until));
      reload();
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };

  const revokeInvite = async (id: string): Promise<void> => {
    if (!hid) return;
    try {
      await api.revokeShare(hid, id);
      notify(t('sharing.invites.revoked'));
      if (created?.id === id) setCreated(null);
      reload();
    } catch (e) {
      reportError(e);
    }
  };

  if (!hid || !owner) {
    return (
      <section>
        <BackLink href="/settings" />
        <PageTitle>{t('sharing.title')}</PageTitle>
        <p class="card">{t('sharing.ownerOnly')}</p>
      </section>
    );
  }

  const nowMs = Date.now();
  return (
    <section class="sharing-screen">
      <BackLink href="/settings" />
      <PageTitle>{t('sharing.title')}</PageTitle>
      <p class="muted">{t('sharing.intro', { household: household?.name ?? '' })}</p>
      {error && <LoadFailure message={error} onRetry={reload} />}

      <h2 class="section-title">{t('sharing.members.title')}</h2>
      {shares === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : (
        <ul class="sharing-list" data-testid="members">
          {shares.members.map((m) => (
            <MemberRow key={m.userId} member={m} hid={hid} lang={lang} onChanged={reload} />
          ))}
        </ul>
      )}

      {shares && shares.invites.length > 0 && (
        <>
          <h2 class="section-title">{t('sharing.invites.title')}</h2>
          <ul class="sharing-list" data-testid="open-invites">
            {shares.invites.map((i) => (
              <li key={i.id} class="card sharing-member">
                <p class="sharing-member-email">{t('sharing.invites.forRole', { role: roleWord(i.role) })}</p>
                <p class="muted">
                  {t('sharing.invites.expires', { date: dayText(i.expiresAt, lang) })}
                  {i.accessExpiresAt && ` · ${t('sharing.members.until', { date: dayText(i.accessExpiresAt, lang) })}`}
                </p>
                <button type="button" class="danger wide" onClick={() => void revokeInvite(i.id)}>
                  {t('sharing.invites.revoke')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 class="section-title">{t('sharing.invite.title')}</h2>
      <InviteForm role="caregiver" busy={busy} onCreate={(r, u) => void create(r, u)} />
      <InviteForm role="consultant" busy={busy} onCreate={(r, u) => void create(r, u)} />
      {created && <InviteLinkCard invite={created} householdName={household?.name ?? ''} onDone={() => setCreated(null)} />}

      <AccessLog entries={log} lang={lang} nowMs={nowMs} />
    </section>
  );
}
