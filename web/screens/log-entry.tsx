/** Log a pump or a bottle, or edit / delete any entry. Saving is one tap; a stale edit reloads the record. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { emptySessionInput, type Session, type SessionInput } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import { api, inputOf } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { entrySummary } from '../components/entry-item.js';
import { HandsOnPumping } from '../components/massage-suggest.js';
import { PageTitle } from '../components/page-title.js';
import { SessionForm } from '../components/session-form.js';
import { errorText, reportError } from '../errors.js';
import { timeText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore } from '../state/account.js';
import { buildInput, DEFAULT_MINUTES, formField, formFromSession, serverErrors, type EntryForm, type FormErrors } from '../state/entry-form.js';
import { doubtText } from '../state/doubt-text.js';
import { ConfirmDoubts } from '../components/confirm-doubts.js';
import { doubtsKey, sessionDoubts } from '../../src/domain/plausibility.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { findRecent, isQueued, putRecent } from '../state/today.js';
import { newId } from '../state/uuid.js';
import { takePumpPrefill } from '../state/pump-after-routine.js';
import { submit } from '../sync/outbox.js';
import { baseVersionFor, optimistic } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { findLogged } from '../state/log-copy.js';

type Props = { kind: 'pump' | 'bottle' } | { id: string };

interface Loaded {
  id: string;
  /** Null for a new entry. */
  session: Session | null;
  base: SessionInput;
  initial: EntryForm;
}

function focusFirstError(errors: FormErrors): void {
  const first = Object.keys(errors).find((k) => k !== 'form');
  requestAnimationFrame(() => {
    const el = first ? document.getElementById(first) : document.querySelector<HTMLElement>('.form-error');
    el?.focus();
  });
}

export function LogEntry(props: Props): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const hid = account.householdId ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(() => {
    if ('id' in props) return null;
    const now = Date.now();
    // After hands-on pumping started from this form: the pump spans the routine, massage filled in.
    const prefill = props.kind === 'pump' ? takePumpPrefill() : null;
    const base = {
      ...emptySessionInput(props.kind, toInstant(prefill?.endMs ?? now)),
      startedAt: toInstant(prefill?.startMs ?? now - DEFAULT_MINUTES[props.kind] * 60_000),
      babyId: props.kind === 'bottle' ? account.babyId : null,
      massage: prefill?.massage ?? null,
    };
    return { id: newId(), session: null, base, initial: formFromSession(base, prefs.volumeUnit, lang) };
  });
  const [form, setForm] = useState<EntryForm | null>(() => loaded?.initial ?? null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** An unusual value to ask about before saving, and the ones she already said are right. */
  const [ask, setAsk] = useState<{ key: string; lines: string[]; field: string } | null>(null);
  const [confirmed, setConfirmed] = useState('');

  const adopt = (s: Session): void => {
    const initial = formFromSession(s, prefsStore.get().volumeUnit, languageStore.get());
    setLoaded({ id: s.id, session: s, base: inputOf(s), initial });
    setForm(initial);
  };

  const editId = 'id' in props ? props.id : null;
  useEffect(() => {
    if (!editId || !hid) return;
    // What this device has (queued changes included) at once; the server's copy when it answers,
    // unless a change to it is still waiting to be sent.
    const cached = findRecent(editId) ?? findLogged(hid, editId);
    if (cached) adopt(cached);
    api.session(hid, editId).then(
      (fresh) => {
        putRecent(fresh);
        if (!isQueued(editId) && (!cached || fresh.version !== cached.version)) adopt(fresh);
      },
      (e: unknown) => {
        if (!cached) setLoadError(errorText(e));
      },
    );
  }, [editId, hid]);

  if (loadError) {
    return (
      <section>
        <BackLink href="/log" />
        <PageTitle>{t('form.editTitle')}</PageTitle>
        <p class="form-error">{loadError}</p>
      </section>
    );
  }
  if (!loaded || !form) {
    return (
      <section aria-busy="true">
        <BackLink href="/log" />
        <PageTitle>{t('form.editTitle')}</PageTitle>
        <p class="muted">{t('app.loading')}</p>
      </section>
    );
  }

  const isNew = loaded.session === null;
  const writable = canWrite(account);
  const title = isNew ? (form.kind === 'pump' ? t('form.pumpTitle') : t('form.bottleTitle')) : writable ? t('form.editTitle') : t('sharing.viewing.entryTitle');

  const save = async (e: Event | null, sure = confirmed): Promise<void> => {
    e?.preventDefault();
    if (busy) return;
    const nowMs = Date.now();
    const built = buildInput(form, loaded.initial, loaded.base, isNew, prefs.volumeUnit, nowMs, lang);
    if (!built.input) {
      setAsk(null);
      setErrors({ ...built.errors, form: built.errors.form ?? t('errors.fixFields') });
      focusFirstError(built.errors);
      return;
    }
    // Allowed but unusual (a 3 mL bottle, a 9-hour feed): asked once, in words, before saving.
    const doubts = sessionDoubts(built.input, nowMs);
    const key = doubtsKey(doubts);
    if (key !== '' && key !== sure) {
      setErrors({});
      setAsk({ key, lines: doubts.map((d) => doubtText(d, prefs.volumeUnit, lang, nowMs)), field: formField(doubts[0]?.field ?? '', form.kind) });
      return;
    }
    setAsk(null);
    setBusy(true);
    setErrors({});
    try {
      const local = optimistic(built.input, loaded.id, hid, account.user?.id ?? '', loaded.session, toInstant(nowMs));
      const baseVersion = baseVersionFor(syncStore.get().pending, loaded.id, loaded.session?.version ?? null);
      const outcome = await submit({ kind: 'session.put', hid, id: loaded.id, input: built.input, baseVersion, local }, { handle: ['rejected'], waitMs: 5000 });
      if (outcome.state === 'rejected') {
        const err = outcome.error;
        if (err.status === 400 && Object.keys(err.fields).length > 0) {
          const fieldErrors = serverErrors(err, form.kind);
          setErrors({ ...fieldErrors, form: fieldErrors.form ?? t('errors.fixFields') });
          focusFirstError(fieldErrors);
        } else {
          if (err.status === 401) reportError(err);
          setErrors({ form: errorText(err) });
        }
        return;
      }
      if (outcome.state === 'conflict') {
        // Both versions are kept: she chooses on the conflict screen.
        notify(t('sync.conflictNotice'), 'error');
        navigate('/conflicts');
        return;
      }
      notify(outcome.state === 'sent' ? t('common.saved') : t('sync.savedOnDevice'));
      navigate(isNew ? '/' : '/log');
    } catch (err) {
      setErrors({ form: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      const outcome = await submit({ kind: 'session.delete', hid, id: loaded.id }, { waitMs: 5000 });
      notify(outcome.state === 'queued' ? t('sync.deletedOnDevice') : t('common.deleted'));
      navigate('/log');
    } catch (err) {
      setErrors({ form: errorText(err) });
      setBusy(false);
    }
  };

  return (
    <section>
      <BackLink href={isNew ? '/' : '/log'} />
      <PageTitle>{title}</PageTitle>
      {!isNew && loaded.session && (
        <p class="muted">
          {t(`kind.${loaded.session.kind}`)} · {timeText(loaded.session.startedAt, lang)}
          <br />
          {entrySummary(loaded.session, prefs.volumeUnit, lang, Date.now())}
        </p>
      )}
      {isNew && form.kind === 'pump' && <HandsOnPumping />}
      <form onSubmit={(e) => void save(e)} noValidate>
        {errors.form && (
          <p class="form-error" role="alert" tabIndex={-1}>
            {errors.form}
          </p>
        )}
        <fieldset class="sharing-read-only" disabled={!writable}>
        <SessionForm
          form={form}
          errors={errors}
          unit={prefs.volumeUnit}
          babies={account.babies.filter((b) => !b.archivedAt || b.id === form.babyId)}
          isNew={isNew}
          running={loaded.base.endedAt === null && loaded.base.kind === 'nurse'}
          onChange={(change) => setForm({ ...form, ...change })}
        />
        </fieldset>
        {ask && (
          <ConfirmDoubts
            lines={ask.lines}
            onConfirm={() => {
              setConfirmed(ask.key);
              void save(null, ask.key);
            }}
            onChange={() => {
              setAsk(null);
              requestAnimationFrame(() => document.getElementById(ask.field)?.focus());
            }}
          />
        )}
        {writable && !ask && <div class="sticky-save">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>}
      </form>
      {!isNew && writable && (
        <div class="card">
          {confirming ? (
            <div role="group" aria-labelledby="confirm-delete">
              <p id="confirm-delete">{t('form.confirmDelete')}</p>
              <div class="button-row">
                <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>
                  {t('form.confirmYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="danger wide" onClick={() => setConfirming(true)}>
              {t('form.delete')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
