/**
 * Log a feed, a pump or a bottle after the fact, finish a timed pump with its volumes, or edit /
 * delete any entry. Saving is one tap; a stale edit reloads the record.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { finishPump } from '../../src/domain/pump-timer.js';
import { emptySessionInput, type Session, type SessionInput } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import { api, inputOf } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { entrySummary } from '../components/entry-item.js';
import { PumpStart } from '../components/pump-start.js';
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
import { onAcknowledged, submit } from '../sync/outbox.js';
import { baseVersionFor, optimistic } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { findLogged } from '../state/log-copy.js';

type Props = { kind: 'nurse' | 'pump' | 'bottle' } | { id: string };

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
    const base = {
      ...emptySessionInput(props.kind, toInstant(now)),
      startedAt: toInstant(now - DEFAULT_MINUTES[props.kind] * 60_000),
      babyId: props.kind === 'pump' ? null : account.babyId,
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
    // A timed pump still running is finished here: it ends when the pumping ended, volumes to give.
    const base = s.kind === 'pump' && s.endedAt === null ? finishPump(inputOf(s), Date.now()) : inputOf(s);
    const initial = formFromSession(base, prefsStore.get().volumeUnit, languageStore.get());
    setLoaded({ id: s.id, session: s, base, initial });
    setForm(initial);
  };

  const editId = 'id' in props ? props.id : null;
  // Writes to this entry queued on this phone before the form opened (a timer paused on the way
  // here) are in what the form shows; when the server takes them, the form builds on their version.
  useEffect(
    () =>
      editId
        ? onAcknowledged((write, value) => {
            if (write.kind !== 'session.put' || write.id !== editId || !value) return;
            const version = (value as Session).version;
            setLoaded((l) => (l?.session && l.session.version < version ? { ...l, session: { ...l.session, version } } : l));
          })
        : undefined,
    [editId],
  );
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
  const finishing = loaded.session?.kind === 'pump' && loaded.session.endedAt === null;
  const writable = canWrite(account);
  const newTitle = { nurse: 'form.nurseTitle', pump: 'form.pumpTitle', bottle: 'form.bottleTitle', massage: 'form.editTitle' } as const;
  const title = isNew ? t(newTitle[form.kind]) : finishing ? t('form.finishPumpTitle') : writable ? t('form.editTitle') : t('sharing.viewing.entryTitle');

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
      navigate(isNew || finishing ? '/' : '/log');
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
          {!finishing && (
            <>
              <br />
              {entrySummary(loaded.session, prefs.volumeUnit, lang, Date.now())}
            </>
          )}
        </p>
      )}
      {isNew && form.kind === 'pump' && writable && <PumpStart />}
      {finishing && <p class="muted">{t('form.finishPumpHint')}</p>}
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
          isNew={isNew || finishing}
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
