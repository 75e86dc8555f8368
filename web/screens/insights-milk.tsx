/** /insights/milk — creamatocrit entries turned into fat and energy, with and without massage, with sources. */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConvertedEntry, MeanDifference, MilkQuality, SampleComparison, SampleType } from '../../src/domain/insights/index.js';
import { milkQuality } from '../../src/domain/insights/milk-quality.js';
import { pumpedMl, type Session } from '../../src/domain/session.js';
import { SOURCES, type SourceKey } from '../../src/domain/sources.js';
import { localDate } from '../../src/domain/time.js';
import { api, ApiError } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { Field, SelectField } from '../components/field.js';
import { ComparisonCard, StatusTag, type Comparison } from '../components/insights-comparison.js';
import { PageTitle } from '../components/page-title.js';
import { Segmented } from '../components/segmented.js';
import { errorText, fieldErrors, reportIfSignedOut } from '../errors.js';
import { LIMITS } from '../../src/domain/limits.js';
import { fromLocalInput, parseDecimal, timeText, timeZone, toLocalInput } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { deleteCreamatocrit, fetchCreamatocrit, saveCreamatocrit, type StoredCreamatocrit } from '../state/insights-api.js';
import { onAcknowledged } from '../sync/outbox.js';
import { overlayCreamatocrit, type Pending } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { canWrite, readerContext } from '../state/sharing-role.js';
import { decimal, shortDate, volume } from '../state/insights-format.js';
import { prefsStore } from '../state/prefs.js';
import { notify } from '../state/notice.js';
import { useStore } from '../state/store.js';
import { newId } from '../state/uuid.js';
import { LoadFailure } from '../components/load-failure.js';

const SAMPLES: readonly SampleType[] = ['fore', 'hind', 'mixed'];

type Row = ConvertedEntry & { id: string };

interface Loaded {
  rows: Row[];
  quality: Extract<MilkQuality, { ok: true }>;
}

/**
 * The entries as she will see them once her queued changes are sent (kept on this device meanwhile),
 * and what they say, worked out here by the same code the server uses (src/domain): so an entry
 * made offline shows with its fat and energy at once.
 */
function derive(stored: readonly StoredCreamatocrit[], pending: readonly Pending[], hid: string): Loaded | null {
  const entries = overlayCreamatocrit(stored, pending, hid);
  const quality = milkQuality(entries);
  // Only stored data the server once accepted gets here; if it cannot be read, say so (not a crash).
  if (!quality.ok) return null;
  // milkQuality keeps the entries' order.
  return { rows: quality.entries.map((e, i) => ({ ...e, id: entries[i]?.id ?? '' })), quality };
}

function comparison(m: MeanDifference): Comparison {
  return { status: m.status, sentence: m.sentence, nWith: m.nWith, nWithout: m.nWithout, difference: m.difference, lower: m.lower, upper: m.upper, percent: null, needs: m.needs };
}

interface FormState {
  measuredAt: string;
  cmct: string;
  sample: SampleType;
  frozen: boolean;
  massage: boolean;
  sessionId: string;
}

const freshForm = (): FormState => ({ measuredAt: toLocalInput(new Date().toISOString()), cmct: '', sample: 'hind', frozen: false, massage: false, sessionId: '' });

/** Recent pumping sessions a sample can be linked to (the last two days). */
function useRecentPumps(hid: string): Session[] {
  const [pumps, setPumps] = useState<Session[]>([]);
  useEffect(() => {
    let live = true;
    api.sessions(hid, { kind: 'pump', from: new Date(Date.now() - 2 * 86_400_000).toISOString(), limit: 20 }).then(
      (page) => live && setPumps(page.sessions.filter((s) => s.endedAt !== null && !s.deletedAt)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [hid]);
  return pumps;
}

function EntryForm({ hid, userId, onSaved }: { hid: string; userId: string; onSaved: () => void }): JSX.Element {
  const lang = useStore(languageStore);
  const prefs = useStore(prefsStore);
  const pumps = useRecentPumps(hid);
  const [form, setForm] = useState<FormState>(freshForm);
  const [errors, setErrors] = useState<{ measuredAt?: string; cmct?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const measuredAt = fromLocalInput(form.measuredAt);
    const cmct = parseDecimal(form.cmct);
    const next: typeof errors = {};
    // The server's limits, from the one place both use.
    if (!measuredAt) next.measuredAt = t('errors.time');
    else if (Date.parse(measuredAt) > Date.now() + LIMITS.maxFutureSkewMinutes * 60_000) next.measuredAt = t('fieldErrors.in_future');
    if (cmct === null) next.cmct = t('errors.required');
    else if (Number.isNaN(cmct) || cmct < LIMITS.cmctPercent.min || cmct > LIMITS.cmctPercent.max) next.cmct = t('insights.milk.cmctError', LIMITS.cmctPercent);
    setErrors(next);
    if (Object.keys(next).length > 0 || !measuredAt || cmct === null) return;
    setSaving(true);
    try {
      const input = { measuredAt, cmctPercent: cmct, sample: form.sample, frozen: form.frozen, massage: form.massage, sessionId: form.sessionId || null };
      const outcome = await saveCreamatocrit(hid, newId(), input, userId);
      if (outcome.state === 'rejected') {
        const err = outcome.error;
        if (err.status === 400) {
          const fields = fieldErrors(err);
          setErrors({ ...(fields.cmctPercent ? { cmct: fields.cmctPercent } : {}), ...(fields.measuredAt ? { measuredAt: fields.measuredAt } : {}), form: errorText(err) });
        } else {
          setErrors({ form: errorText(err) });
        }
        return;
      }
      // Sent, or kept on this phone until the network returns (the status line says so).
      notify(outcome.state === 'queued' ? t('sync.savedOnDevice') : t('common.saved'));
      setForm(freshForm());
      onSaved();
    } catch (err) {
      setErrors({ form: errorText(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="card milk-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="milk-form-title">
      <h2 id="milk-form-title">{t('insights.milk.add')}</h2>
      {errors.form && (
        <p class="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <Field
        id="cmct"
        label={t('insights.milk.cmct')}
        inputMode="decimal"
        autoComplete="off"
        value={form.cmct}
        onValue={(cmct) => setForm({ ...form, cmct })}
        help={t('insights.milk.cmctHelp', LIMITS.cmctPercent)}
        error={errors.cmct}
      />
      <Field
        id="measured-at"
        type="datetime-local"
        label={t('insights.milk.measuredAt')}
        value={form.measuredAt}
        onValue={(measuredAt) => setForm({ ...form, measuredAt })}
        error={errors.measuredAt}
      />
      {pumps.length > 0 && (
        <SelectField
          id="milk-session"
          label={t('insights.milk.session')}
          help={t('insights.milk.sessionHelp')}
          value={form.sessionId}
          options={[
            { value: '', label: t('insights.milk.noSession') },
            ...pumps.map((p) => ({
              value: p.id,
              label: `${shortDate(localDate(Date.parse(p.startedAt), timeZone()), lang)}, ${timeText(p.startedAt, lang)} · ${volume(pumpedMl(p), prefs.volumeUnit, lang)}`,
            })),
          ]}
          onValue={(sessionId) => {
            const p = pumps.find((x) => x.id === sessionId);
            // A session with massage before or during it makes the sample one "with massage".
            setForm({ ...form, sessionId, ...(p ? { massage: p.massage !== null && p.massage.timing !== 'after' } : {}) });
          }}
        />
      )}
      <Segmented
        name="sample"
        legend={t('insights.milk.sample')}
        value={form.sample}
        options={SAMPLES.map((s) => ({ value: s, label: t(`insights.milk.sampleType.${s}`) }))}
        onChange={(sample) => setForm({ ...form, sample })}
      />
      <label class="check">
        <input type="checkbox" checked={form.frozen} onChange={(e) => setForm({ ...form, frozen: e.currentTarget.checked })} />
        {t('insights.milk.frozen')}
      </label>
      <label class="check">
        <input type="checkbox" checked={form.massage} onChange={(e) => setForm({ ...form, massage: e.currentTarget.checked })} />
        {t('insights.milk.massage')}
      </label>
      <button type="submit" class="primary wide" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}

function EntryItem({ row, lang, onDelete }: { row: Row; lang: string; onDelete: ((id: string) => void) | null }): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const when = `${shortDate(localDate(Date.parse(row.measuredAt), timeZone()), lang)}, ${timeText(row.measuredAt, lang)}`;
  const d1 = (x: number): string => decimal(x, lang);
  return (
    <li class="card milk-entry" data-testid="milk-entry">
      <div class="milk-entry-head">
        <strong>{when}</strong>
        <span class="muted">
          {t('insights.milk.entryLine', {
            cmct: decimal(row.cmctPercent, lang),
            sample: t(`insights.milk.sampleType.${row.sample}`),
            state: row.frozen ? t('insights.milk.frozenShort') : t('insights.milk.freshShort'),
          })}
          {row.massage ? ` · ${t('insights.milk.withMassage')}` : ''}
        </span>
      </div>
      <dl class="totals">
        <div>
          <dt>{t('insights.milk.fat')}</dt>
          <dd data-testid="milk-fat">{`${d1(row.wang.fatGPerL)} g/L`}</dd>
        </div>
        <div>
          <dt>{t('insights.milk.energy')}</dt>
          <dd data-testid="milk-energy">{`${d1(row.wang.energyKcalPerL)} kcal/L`}</dd>
        </div>
      </dl>
      <p class="muted small">{t('insights.milk.byWang')}</p>
      {row.lowPrecision && (
        <p class="low-precision" data-testid="low-precision">
          {t('insights.milk.lowPrecision')}
        </p>
      )}
      {confirming ? (
        <div class="button-row">
          <button type="button" class="danger" onClick={() => onDelete?.(row.id)}>
            {t('insights.milk.confirmDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        onDelete && (
          <div class="milk-entry-actions">
            <button type="button" class="milk-delete" onClick={() => setConfirming(true)}>
              {t('insights.milk.delete')}
            </button>
          </div>
        )
      )}
    </li>
  );
}

function SampleComparisons({ c, lang }: { c: SampleComparison; lang: 'en' | 'es' }): JSX.Element {
  const title = t(`insights.milk.sampleTitle.${c.sample}`);
  if (c.fat.status === 'not-enough-data') {
    // Fat and energy come from the same samples: one card says what is missing for both.
    return (
      <section class="card insights-comparison" aria-labelledby={`cmp-${c.sample}`} data-testid={`milk-${c.sample}`} data-status={c.fat.status}>
        <h3 id={`cmp-${c.sample}`}>{title}</h3>
        <StatusTag status={c.fat.status} />
        <p class="comparison-sentence">{c.fat.sentence[lang]}</p>
        <dl class="comparison-counts">
          <div>
            <dt>{t('insights.count.samplesWith')}</dt>
            <dd>{c.fat.nWith}</dd>
          </div>
          <div>
            <dt>{t('insights.count.samplesWithout')}</dt>
            <dd>{c.fat.nWithout}</dd>
          </div>
        </dl>
        <p class="muted small">{t('insights.milk.noComparisonYet')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={`cmp-${c.sample}`} data-testid={`milk-${c.sample}`} data-status={c.fat.status}>
      <h3 id={`cmp-${c.sample}`} class="section-title">
        {title}
      </h3>
      <ComparisonCard id={`milk-${c.sample}-fat`} title={t('insights.milk.fat')} c={comparison(c.fat)} lang={lang} unit="g/L" axisTitle="g/L" format={(v) => decimal(v, lang)} things="samples" heading="h3" />
      <ComparisonCard
        id={`milk-${c.sample}-energy`}
        title={t('insights.milk.energy')}
        c={comparison(c.energy)}
        lang={lang}
        unit="kcal/L"
        axisTitle="kcal/L"
        format={(v) => decimal(v, lang, 0)}
        things="samples"
        heading="h3"
      />
    </section>
  );
}

const citation = (k: SourceKey): string => SOURCES[k].citation;

export function InsightsMilk(): JSX.Element {
  const account = useStore(accountStore);
  const context = readerContext(account);
  const lang = useStore(languageStore);
  const { pending } = useStore(syncStore);
  const hid = account.householdId;
  const [stored, setStored] = useState<StoredCreamatocrit[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    if (!hid) return;
    setFailure(null);
    try {
      setStored(await fetchCreamatocrit(hid));
    } catch (e) {
      reportIfSignedOut(e);
      setFailure(errorText(e));
    }
  };

  useEffect(() => {
    void load();
    // A queued measurement or delete reached the server: the list takes it in at once (so nothing
    // flickers back while the list is read again), then is read again for what others did.
    return onAcknowledged((write, value) => {
      if (write.hid !== hid || (write.kind !== 'creamatocrit.put' && write.kind !== 'creamatocrit.delete')) return;
      setStored((list) => {
        const others = (list ?? []).filter((e) => e.id !== write.id);
        return write.kind === 'creamatocrit.put' ? [...others, (value as StoredCreamatocrit | null) ?? write.local] : others;
      });
      void load();
    });
  }, [hid]);

  const derived = useMemo(() => (stored && hid ? derive(stored, pending, hid) : undefined), [stored, pending, hid]);
  const data = derived ?? null;
  const shownFailure = failure ?? (derived === null ? errorText(new ApiError(500, 'bad_data', 'Stored measurements could not be read')) : null);

  const remove = async (id: string): Promise<void> => {
    if (!hid) return;
    const outcome = await deleteCreamatocrit(hid, id);
    if (outcome.state === 'sent') notify(t('common.deleted'));
    else if (outcome.state === 'queued') notify(t('sync.deletedOnDevice'));
  };

  const l = lang === 'es' ? 'es' : 'en';
  return (
    <section class="insights insights-milk" aria-busy={data === null && !shownFailure ? 'true' : undefined}>
      <BackLink href="/insights" />
      <PageTitle>{t('insights.milk.title', { context })}</PageTitle>
      <p class="muted">{t('insights.milk.intro', { context })}</p>
      {hid && account.user && canWrite(account) && <EntryForm hid={hid} userId={account.user.id} onSaved={() => void load()} />}
      {shownFailure && <LoadFailure message={shownFailure} onRetry={() => void load()} />}
      {!data && !shownFailure && <p class="muted">{t('app.loading')}</p>}
      {data && (
        <>
          <section aria-labelledby="milk-entries">
            <h2 id="milk-entries" class="section-title">
              {t('insights.milk.entries', { context })}
            </h2>
            {data.rows.length === 0 ? (
              <p class="muted" data-testid="milk-none">
                {t('insights.milk.none')}
              </p>
            ) : (
              <ul class="milk-entries">
                {data.rows.map((r) => (
                  <EntryItem key={r.id} row={r} lang={lang} onDelete={canWrite(account) ? (id) => void remove(id) : null} />
                ))}
              </ul>
            )}
          </section>
          {data.quality.comparisons.length > 0 && (
            <section aria-labelledby="milk-compare">
              <h2 id="milk-compare" class="section-title">
                {t('insights.milk.compare')}
              </h2>
              <p class="muted small">{t('insights.milk.compareIntro')}</p>
              {data.quality.comparisons.map((c) => (
                <SampleComparisons key={c.sample} c={c} lang={l} />
              ))}
            </section>
          )}
          <section class="card milk-notes" aria-labelledby="milk-notes">
            <h2 id="milk-notes">{t('insights.milk.notes')}</h2>
            <ul>
              {data.quality.notes.map((n) => (
                <li key={n.text.en}>
                  {n.text[l]}
                  <ul class="sources">
                    {n.sources.map((k) => (
                      <li key={k}>{citation(k)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <h3>{t('insights.milk.equations')}</h3>
            <ul class="sources">
              {(['WANG99', 'MEDALG'] as const).map((k) => (
                <li key={k}>{citation(k)}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
