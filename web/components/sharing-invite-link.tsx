/** The one-time invite link, shown once, with Copy and (where the device can) Share. */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreatedInvite } from '../api.js';
import { languageStore, t } from '../i18n.js';
import { notify } from '../state/notice.js';
import { dayText, roleWord } from '../state/sharing-format.js';
import { inviteLink } from '../state/sharing-invite.js';
import { useStore } from '../state/store.js';

interface Props {
  invite: CreatedInvite;
  householdName: string;
  onDone: () => void;
}

export function InviteLinkCard({ invite, householdName, onDone }: Props): JSX.Element {
  const lang = useStore(languageStore);
  const [copied, setCopied] = useState(false);
  const link = inviteLink(invite.token);
  const canShare = typeof navigator.share === 'function';
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    title.current?.focus();
    title.current?.scrollIntoView({ block: 'start' });
  }, [invite.id]);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      notify(t('sharing.invite.copied'));
    } catch {
      notify(t('sharing.invite.copyFailed'), 'error');
    }
  };

  const share = async (): Promise<void> => {
    try {
      await navigator.share({ title: t('sharing.invite.shareTitle', { household: householdName }), text: t('sharing.invite.shareText', { role: roleWord(invite.role) }), url: link });
    } catch {
      // She closed the share sheet; the link is still here to copy.
    }
  };

  return (
    <div class="card sharing-link" role="region" aria-labelledby="invite-link-title" data-testid="invite-link">
      <h2 id="invite-link-title" ref={title} tabIndex={-1}>{t('sharing.invite.readyTitle', { role: roleWord(invite.role) })}</h2>
      <label for="invite-link-value">{t('sharing.invite.linkLabel')}</label>
      <input id="invite-link-value" class="sharing-link-value" readOnly value={link} onFocus={(e) => e.currentTarget.select()} aria-describedby="invite-link-help" />
      <p id="invite-link-help" class="muted">
        {t('sharing.invite.once', { date: dayText(invite.expiresAt, lang) })}
        {invite.accessExpiresAt && ` ${t('sharing.invite.accessUntil', { date: dayText(invite.accessExpiresAt, lang) })}`}
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void copy()}>
          {copied ? t('sharing.invite.copiedShort') : t('sharing.invite.copy')}
        </button>
        {canShare && (
          <button type="button" onClick={() => void share()}>
            {t('sharing.invite.share')}
          </button>
        )}
      </div>
      <button type="button" class="link wide" onClick={onDone}>
        {t('sharing.invite.done')}
      </button>
    </div>
  );
}
