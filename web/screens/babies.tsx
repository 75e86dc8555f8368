/** The household's babies: add one (twins each get a name), rename. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { isCalendarDate } from '../../src/domain/time.js';
import { LIMITS } from '../../src/domain/limits.js';
import type { Baby } from '../../src/domain/account.js';
import { ApiError } from '../api.js';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, fieldErrors, reportError } from '../errors.js';
import { dateText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore, addBaby, renameBaby } from '../state/account.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';

function BabyRow({ baby, lang }: { baby: Baby; lang: string }): JSX.Element {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(baby.name);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('errors.required'));
      return;
    }
    setBusy(true);
    try {
      await renameBaby(baby.id, name.trim());
      setEditing(false);
      setError(undefined);
      notify(t('common.saved'));
    } catch (err) {
      if (err instanceof ApiError && err.fields.name) setError(fieldErrors(err).name);
      else reportError(err);
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <form class="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <Field
          id={`rename-${baby.id}`}
          label={t('babies.renameLabel', { name: baby.name })}
          value={name}
          onValue={setName}
          maxLength={LIMITS.maxNameLength}
          autocomplete="off"
          error={error}
        />
        <button type="submit" class="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </form>
    );
  }
  return (
    <div class="baby-row">
      <div>
        <div class="name">{baby.name}</div>
        {baby.birthDate && <div class="muted">{t('babies.born', { date: dateText(baby.birthDate, lang) })}</div>}
      </div>
      {canWrite() && <button type="button" onClick={() => setEditing(true)} aria-label={`${t('babies.rename')}: ${baby.name}`}>
        {t('babies.rename')}
      </button>}
    </div>
  );
}

export function Babies(): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (e: Event): Promise<void> => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('errors.required');
    if (birthDate && !isCalendarDate(birthDate)) local.birthDate = t('errors.time');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const baby = await addBaby(name.trim(), birthDate || null);
      notify(t('babies.added', { name: baby.name }));
      setName('');
      setBirthDate('');
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(fieldErrors(err));
      else {
        if (err instanceof ApiError && err.status === 401) reportError(err);
        setFormError(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <PageTitle>{t('babies.title')}</PageTitle>
      {account.babies.length === 0 ? (
        <p class="muted">{t('babies.empty')}</p>
      ) : (
        <ul class="entries" data-testid="babies">
          {account.babies.map((b) => (
            <li key={b.id} class="card">
              <BabyRow baby={b} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      {canWrite(account) && <form class="card" onSubmit={(e) => void add(e)} noValidate aria-labelledby="add-baby-title">
        <h2 id="add-baby-title">{t('babies.addTitle')}</h2>
        {formError && (
          <p class="form-error" role="alert">
            {formError}
          </p>
        )}
        <Field id="baby-name" label={t('babies.name')} value={name} onValue={setName} maxLength={LIMITS.maxNameLength} autocomplete="off" error={errors.name} />
        <Field id="baby-birth" label={t('babies.birthDate')} type="date" value={birthDate} onValue={setBirthDate} error={errors.birthDate} />
        <button type="submit" class="primary wide" disabled={busy}>
          {t('babies.add')}
        </button>
      </form>}
    </section>
  );
}
