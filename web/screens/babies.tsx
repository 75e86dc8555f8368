/** The household's babies: add one (twins each get a name), change a name or birth date, archive one (her entries stay) and bring her back. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Baby } from '../../src/domain/account.js';
import { BabyForm } from '../components/baby-form.js';
import { BackLink } from '../components/back-link.js';
import { PageTitle } from '../components/page-title.js';
import { reportError } from '../errors.js';
import { dateText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore, activeBabies, addBaby, changeBaby } from '../state/account.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';

function BabyRow({ baby, lang, writable }: { baby: Baby; lang: string; writable: boolean }): JSX.Element {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  const archive = async (archived: boolean): Promise<void> => {
    setBusy(true);
    try {
      await changeBaby(baby.id, { archived });
      notify(archived ? t('babies.archivedNotice', { name: baby.name }) : t('babies.restoredNotice', { name: baby.name }));
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <div role="group" aria-label={t('babies.editLabel', { name: baby.name })}>
        <BabyForm
          idPrefix={`edit-${baby.id}`}
          initial={{ name: baby.name, birthDate: baby.birthDate }}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            await changeBaby(baby.id, v);
            setEditing(false);
            notify(t('common.saved'));
          }}
        >
          <p class="muted small">{t('babies.archiveHelp')}</p>
        </BabyForm>
        <button type="button" class="wide" disabled={busy} onClick={() => void archive(true)}>
          {t('babies.archive', { name: baby.name })}
        </button>
      </div>
    );
  }
  return (
    <div class="baby-row">
      <div>
        <div class="name">{baby.name}</div>
        <div class="muted">{baby.birthDate ? t('babies.born', { date: dateText(baby.birthDate, lang) }) : t('babies.noBirthDate')}</div>
      </div>
      {writable &&
        (baby.archivedAt ? (
          <button type="button" disabled={busy} onClick={() => void archive(false)} aria-label={t('babies.restoreLabel', { name: baby.name })}>
            {t('babies.restore')}
          </button>
        ) : (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('babies.editLabel', { name: baby.name })}>
            {t('babies.edit')}
          </button>
        ))}
    </div>
  );
}

export function Babies(): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const writable = canWrite(account);
  const active = activeBabies(account.babies);
  const archived = account.babies.filter((b) => b.archivedAt);

  return (
    <section>
      <BackLink href="/settings" />
      <PageTitle>{t('babies.title')}</PageTitle>
      {active.length === 0 ? (
        <p class="muted">{t('babies.empty')}</p>
      ) : (
        <ul class="entries" data-testid="babies">
          {active.map((b) => (
            <li key={b.id} class="card">
              <BabyRow baby={b} lang={lang} writable={writable} />
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <section class="card" aria-labelledby="add-baby-title">
          <h2 id="add-baby-title">{t('babies.addTitle')}</h2>
          <BabyForm
            idPrefix="baby"
            submitLabel={t('babies.add')}
            resetAfter
            onSubmit={async (v) => {
              const baby = await addBaby(v.name, v.birthDate);
              notify(t('babies.added', { name: baby.name }));
            }}
          />
        </section>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-title">
          <h2 id="archived-title" class="section-title">
            {t('babies.archivedTitle')}
          </h2>
          <p class="muted">{t('babies.archivedHelp')}</p>
          <ul class="entries" data-testid="archived-babies">
            {archived.map((b) => (
              <li key={b.id} class="card">
                <BabyRow baby={b} lang={lang} writable={writable} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
