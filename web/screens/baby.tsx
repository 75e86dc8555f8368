/**
 * /baby — the baby's side: "enough milk?" for the first four weeks, nappies of the last days (log
 * one after the fact, fix a colour, delete), weights against the birth weight, and what her
 * consultant wrote. For a consultant (or anyone read-only), the same without the controls.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NAPPY_KINDS, STOOL_COLOURS, type NappyKind, type StoolColour } from '../../src/domain/baby/nappy.js';
import { BabyPicker } from '../components/baby-picker.js';
import { CareNotes } from '../components/care-notes.js';
import { EnoughMilkCard } from '../components/enough-milk-card.js';
import { Field, SelectField } from '../components/field.js';
import { GrowthView } from '../components/growth-view.js';
import { feedStartsOf } from '../components/home-baby.js';
import { Link } from '../components/link.js';
import { NappyList } from '../components/nappy-list.js';
import { PageTitle } from '../components/page-title.js';
import { Segmented } from '../components/segmented.js';
import { WeightForm } from '../components/weight-form.js';
import { reportUnlessOffline } from '../errors.js';
import { fromLocalInput, toLocalInput } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { babyRecordsStore, deleteWeight, refreshBabyRecords, saveNappy } from '../state/baby-records.js';
import { notify } from '../state/notice.js';
import { prefsStore } from '../state/prefs.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { recentStore, refreshRecent } from '../state/today.js';
import { useNow } from '../state/use-now.js';

function EarlierNappy({ babyId }: { babyId: string }): JSX.Element {
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString()));
  const [kind, setKind] = useState<NappyKind>('wet');
  const [colour, setColour] = useState('');
  const [pink, setPink] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const save = (e: Event): void => {
    e.preventDefault();
    const at = fromLocalInput(when);
    if (!at) return setError(t('errors.time'));
    if (Date.parse(at) > Date.now() + 60_000) return setError(t('baby.nappies.future'));
    setError(undefined);
    const dirty = kind !== 'wet';
    void saveNappy({ babyId, changedAt: at, kind, colour: dirty ? ((colour || null) as StoolColour | null) : null, pinkUrates: kind !== 'dirty' && pink, notes: '' });
    notify(t('nappy.logged', { kind: t(`nappy.kind.${kind}`) }));
  };
  return (
    <details class="card">
      <summary>{t('baby.nappies.earlier')}</summary>
      <form onSubmit={save} noValidate>
        <Field id="nappy-when" label={t('baby.nappies.when')} type="datetime-local" value={when} onValue={setWhen} error={error} />
        <Segmented name="nappy-kind" legend={t('baby.nappies.kind')} value={kind} options={NAPPY_KINDS.map((k) => ({ value: k, label: t(`nappy.${k}`) }))} onChange={setKind} />
        {kind !== 'wet' && (
          <SelectField
            id="nappy-colour"
            label={t('nappy.colourLabel')}
            value={colour}
            onValue={setColour}
            options={[{ value: '', label: t('baby.nappies.noColour') }, ...STOOL_COLOURS.map((c) => ({ value: c, label: t(`nappy.colour.${c}`) }))]}
          />
        )}
        {kind !== 'dirty' && (
          <label class="check">
            <input type="checkbox" checked={pink} onChange={(e) => setPink(e.currentTarget.checked)} />
            {t('nappy.pinkUrates')}
          </label>
        )}
        <button type="submit" class="primary wide">
          {t('baby.nappies.save')}
        </button>
      </form>
    </details>
  );
}

export function BabyScreen(): JSX.Element {
  const account = useStore(accountStore);
  const records = useStore(babyRecordsStore);
  const recent = useStore(recentStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const nowMs = useNow(60_000);
  const writable = canWrite(account);
  const hid = account.householdId;

  useEffect(() => {
    if (!hid) return;
    refreshBabyRecords().catch(reportUnlessOffline);
    refreshRecent().catch(reportUnlessOffline);
  }, [hid]);

  const baby = account.babies.find((b) => b.id === account.babyId) ?? null;
  if (!baby) {
    return (
      <section>
        <PageTitle>{t('baby.title')}</PageTitle>
        <p>{t('baby.noBaby')}</p>
        {writable && <Link href="/babies">{t('home.addBabyLink')}</Link>}
      </section>
    );
  }
  const nappies = records.nappies.filter((n) => n.babyId === baby.id);
  const weights = records.weights.filter((w) => w.babyId === baby.id);
  const unit = prefs.weightUnit;
  const hasBirth = weights.some((w) => w.birth);

  return (
    <section class="baby-screen">
      <PageTitle>{t('baby.titleFor', { name: baby.name })}</PageTitle>
      {account.babies.length > 1 && <BabyPicker babies={account.babies} babyId={account.babyId} />}
      {records.loaded && (
        <EnoughMilkCard
          baby={baby}
          nappies={nappies}
          weights={weights}
          feedStarts={feedStartsOf(recent.sessions, baby.id, account.babies.length === 1)}
          nowMs={nowMs}
          lang={lang}
          audience={writable ? 'parent' : 'consultant'}
          loggingSince={records.loggingSince}
        />
      )}

      <h2 class="section-title">{t('baby.nappies.title')}</h2>
      {writable && <EarlierNappy babyId={baby.id} />}
      <NappyList nappies={nappies} lang={lang} writable={writable} nowMs={nowMs} />

      <h2 class="section-title">{t('baby.growth.title')}</h2>
      <GrowthView weights={weights} birthDate={baby.birthDate} unit={unit} lang={lang} onDelete={writable ? (w) => void deleteWeight(w.id).then(() => notify(t('baby.weight.deleted'))) : undefined} />
      {writable && <WeightForm babyId={baby.id} unit={unit} canBeBirth={!hasBirth} birthDate={baby.birthDate} />}

      <h2 class="section-title">{t('baby.notes.title')}</h2>
      <CareNotes notes={records.careNotes} lang={lang} author={null} />

      <p>
        <Link href="/report" class="button wide">
          {t('baby.report')}
        </Link>
      </p>
    </section>
  );
}
