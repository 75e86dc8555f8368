/**
 * Changes this device could not send as they were: a record someone else changed meanwhile (both
 * versions side by side; she chooses, neither is dropped silently), or a change the server refused.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { pumpedMl, sideSeconds, type Session } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import { unitSymbol, type VolumeUnit } from '../../src/domain/units.js';
import { entrySummary } from '../components/entry-item.js';
import { PageTitle } from '../components/page-title.js';
import { ApiError } from '../api.js';
import { errorText, fieldErrors } from '../errors.js';
import { minutesText, timeText, volumeText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { heldForHousehold } from '../state/household-gone.js';
import { notify } from '../state/notice.js';
import { prefsStore } from '../state/prefs.js';
import { householdLabel } from '../state/sharing-clients.js';
import { roleText } from '../state/sharing-format.js';
import { useStore } from '../state/store.js';
import type { Held } from '../sync/outbox-logic.js';
import { dismiss, keepMine, keepTheirs, type ConflictHeld } from '../sync/resolve.js';
import { syncStore } from '../sync/sync-store.js';
import { Link } from '../components/link.js';

interface Row {
  label: string;
  value: string;
}

/** The fields worth comparing, in her units and words. */
function rows(s: Session, unit: VolumeUnit, lang: string): Row[] {
  const v = (ml: number | null): string => (ml === null ? '—' : volumeText(ml, unit, lang));
  const u = unitSymbol(unit);
  const out: Row[] = [
    { label: t('form.startedAt'), value: timeText(s.startedAt, lang) },
    { label: t('form.endedAt'), value: s.endedAt ? `${timeText(s.endedAt, lang)} (${minutesText((instantMs(s.endedAt) - instantMs(s.startedAt)) / 1000)})` : t('log.running') },
  ];
  if (s.kind === 'nurse') {
    const secs = sideSeconds(s.segments, Date.now());
    out.push({ label: t('form.perSide'), value: `${t('side.leftShort')} ${minutesText(secs.left)} · ${t('side.rightShort')} ${minutesText(secs.right)}` });
  }
  if (s.kind === 'pump') {
    out.push({ label: t('form.leftVolume', { unit: u }), value: v(s.leftMl) });
    out.push({ label: t('form.rightVolume', { unit: u }), value: v(s.rightMl) });
    if (s.leftMl === null && s.rightMl === null) out.push({ label: t('form.volume', { unit: u }), value: v(pumpedMl(s)) });
  }
  if (s.kind === 'bottle') {
    out.push({ label: t('form.volume', { unit: u }), value: v(s.volumeMl) });
    out.push({ label: t('form.milkType'), value: s.milkType ? t(`milk.${s.milkType}`) : '—' });
  }
  out.push({ label: t('form.massage'), value: s.massage ? t('time.minutes', { m: s.massage.minutes }) : '—' });
  out.push({ label: t('form.notes'), value: s.notes ?? '—' });
  return out;
}

function Version({ title, session, other, unit, lang }: { title: string; session: Session | null; other: Session | null; unit: VolumeUnit; lang: string }): JSX.Element {
  if (!session) {
    return (
      <div class="conflict-side">
        <h3>{title}</h3>
        <p>{t('sync.deletedThere')}</p>
      </div>
    );
  }
  const mineRows = rows(session, unit, lang);
  const otherRows = other ? rows(other, unit, lang) : [];
  return (
    <div class="conflict-side">
      <h3>{title}</h3>
      <dl>
        {mineRows.map((r, i) => {
          const differs = other !== null && otherRows[i]?.value !== r.value;
          return (
            <div key={r.label} class={differs ? 'differs' : undefined}>
              <dt>{r.label}</dt>
              <dd>
                {r.value}
                {differs && <span class="visually-hidden"> ({t('sync.differs')})</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

function ConflictCard({ held, unit, lang }: { held: ConflictHeld; unit: VolumeUnit; lang: string }): JSX.Element {
  const [busy, setBusy] = useState(false);
  const deleted = held.theirs.deletedAt !== null;
  const headingId = `conflict-${held.id}`;
  const choose = async (which: 'mine' | 'theirs'): Promise<void> => {
    setBusy(true);
    try {
      if (which === 'mine') {
        const o = await keepMine(held);
        notify(o.state === 'sent' ? t('common.saved') : o.state === 'queued' ? t('sync.savedOnDevice') : t('sync.conflictNotice'));
      } else {
        await keepTheirs(held);
        notify(t('sync.keptTheirs'));
      }
    } catch (e) {
      notify(errorText(e), 'error');
      setBusy(false);
    }
  };
  return (
    <article class="card conflict" aria-labelledby={headingId} data-testid="conflict">
      <h2 id={headingId}>
        {t(`kind.${held.mine.kind}`)} · {timeText(held.mine.startedAt, lang)}
      </h2>
      <p>{deleted ? t('sync.conflictDeleted') : t('sync.conflictChanged')}</p>
      <div class="conflict-sides">
        <Version title={t('sync.mine')} session={held.mine} other={deleted ? null : held.theirs} unit={unit} lang={lang} />
        <Version title={t('sync.theirs')} session={deleted ? null : held.theirs} other={held.mine} unit={unit} lang={lang} />
      </div>
      <div class="button-row">
        <button type="button" class="primary" disabled={busy} onClick={() => void choose('mine')}>
          {deleted ? t('sync.keepMineAgain') : t('sync.keepMine')}
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('theirs')}>
          {deleted ? t('sync.letGo') : t('sync.keepTheirs')}
        </button>
      </div>
    </article>
  );
}

function RejectedCard({ held, unit, lang }: { held: Extract<Held, { kind: 'rejected' }>; unit: VolumeUnit; lang: string }): JSX.Element {
  const w = held.write;
  const what =
    w.kind === 'session.put'
      ? `${t(`kind.${w.local.kind}`)} · ${timeText(w.local.startedAt, lang)} · ${entrySummary(w.local, unit, lang, Date.now())}`
      : w.kind === 'check.put'
        ? `${t('sync.aCheck')} · ${timeText(w.checkedAt, lang)}`
        : w.kind === 'creamatocrit.put'
          ? `${t('sync.aMeasurement', { value: w.input.cmctPercent.toLocaleString(lang) })} · ${timeText(w.input.measuredAt, lang)}`
          : w.kind === 'record.put'
            ? `${t(`baby.held.${w.path}`)} · ${timeText(w.local.updatedAt, lang)}`
            : t('sync.aDelete');
  const refusal = new ApiError(400, held.code ?? 'invalid_fields', held.message, held.fields, null, held.detail ?? {});
  const account = useStore(accountStore);
  const household = heldForHousehold(held.hid, account.households);
  const forWhom = household ? t('sync.forHousehold', { name: householdLabel(household, roleText) }) : null;
  const fields = Object.entries(fieldErrors(refusal));
  return (
    <article class="card conflict" data-testid="rejected">
      <h2>{t('sync.rejectedTitle')}</h2>
      <p>{what}</p>
      {forWhom && <p data-testid="held-for">{forWhom}</p>}
      <p class="form-error">{errorText(refusal)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([f, m]) => (
            <li key={f}>{m}</li>
          ))}
        </ul>
      )}
      <p class="muted">{t('sync.rejectedHelp')}</p>
      {w.kind === 'check.put' && (
        <p>
          <Link href={`/check/result/${encodeURIComponent(w.id)}`}>{t('check.result.open')}</Link>
        </p>
      )}
      <button type="button" onClick={() => void dismiss(held)}>
        {t('sync.dismiss')}
      </button>
    </article>
  );
}

export function Conflicts(): JSX.Element {
  const sync = useStore(syncStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  return (
    <section>
      <PageTitle>{t('sync.title')}</PageTitle>
      {sync.held.length === 0 ? (
        <>
          <p>{t('sync.nothingHeld')}</p>
          <p>
            <Link href="/log">{t('sync.toLog')}</Link>
          </p>
        </>
      ) : (
        <p>{t(sync.held.some((h) => h.kind === 'conflict') ? 'sync.intro' : 'sync.introRefused')}</p>
      )}
      {sync.held.map((h) =>
        h.kind === 'conflict' ? <ConflictCard key={h.id} held={h} unit={prefs.volumeUnit} lang={lang} /> : <RejectedCard key={h.id} held={h} unit={prefs.volumeUnit} lang={lang} />,
      )}
    </section>
  );
}
