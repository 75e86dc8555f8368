/**
 * The report for a date range, drawn for the screen and for print (A4 or Letter, one or two pages
 * for two weeks), with the same document as the PDF the server makes, which is one link away.
 * The parent makes it for an appointment (/report); her consultant from her desk.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block, ReportDocument } from '../../src/domain/report/document.js';
import { addCalendarDays, localDate } from '../../src/domain/time.js';
import { ApiError, request } from '../api.js';
import { householdPath } from '../api-paths.js';
import { Field } from '../components/field.js';
import { LoadFailure } from '../components/load-failure.js';
import { errorText, fieldErrors } from '../errors.js';
import { regionalLocale, timeZone } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import '../styles/report.css';

const DEFAULT_DAYS = 14;
/** Where US Letter is the usual paper. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'CL', 'CO', 'VE', 'PH', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV']);

function paper(): 'a4' | 'letter' {
  const region = /[-_]([A-Z]{2})\b/.exec(navigator.language)?.[1];
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

function BlockView({ b, i }: { b: Block; i: number }): JSX.Element {
  switch (b.kind) {
    case 'heading':
      return <h2 class="report-heading">{b.text}</h2>;
    case 'paragraph':
      return <p class={b.tone ? `report-p ${b.tone}` : 'report-p'}>{b.text}</p>;
    case 'list':
      return (
        <ul class="report-list">
          {b.items.map((item, j) => (
            <li key={j}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="report-table-wrap" role="region" aria-labelledby={`report-table-${i}`} tabIndex={0}>
          <table class="report-table">
            <caption id={`report-table-${i}`} class="visually-hidden">
              {b.caption}
            </caption>
            <thead>
              <tr>
                <td />
                {b.head.map((h, j) => (
                  <th key={j} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, j) => (
                    <td key={j} class={c.below ? 'below' : undefined}>
                      {c.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

type Load = { state: 'loading' } | { state: 'ok'; doc: ReportDocument } | { state: 'error'; text: string };

/** The report of household `hid`, with its range picker, print and PDF. */
export function Report({ hid }: { hid: string }): JSX.Element {
  const lang = useStore(languageStore);
  const prefs = useStore(prefsStore);
  const tz = timeZone();
  const today = localDate(Date.now(), tz);
  const [to, setTo] = useState(today);
  const [from, setFrom] = useState(addCalendarDays(today, -(DEFAULT_DAYS - 1)));
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(0);
  const query = `from=${from}&to=${to}&tz=${encodeURIComponent(tz)}&lang=${lang}&locale=${encodeURIComponent(regionalLocale(lang))}&unit=${prefs.volumeUnit}&weight=${prefs.weightUnit}`;
  const page = useRef<HTMLDivElement>(null);

  // A table wider than the screen opens at its newest days (the row labels stay put), not at the oldest.
  useEffect(() => {
    if (load.state !== 'ok') return;
    for (const wrap of page.current?.querySelectorAll<HTMLElement>('.report-table-wrap') ?? []) wrap.scrollLeft = wrap.scrollWidth;
  }, [load]);

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    request<{ document: ReportDocument }>('GET', `${householdPath(hid)}/report?${query}`).then(
      (r) => {
        if (!live) return;
        setFields({});
        setLoad({ state: 'ok', doc: r.document });
      },
      (e: unknown) => {
        if (!live) return;
        const f = e instanceof ApiError ? fieldErrors(e) : {};
        setFields(Object.keys(f).length > 0 ? { from: f.from ?? '', to: f.to ?? '' } : {});
        setLoad({ state: 'error', text: errorText(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [hid, query, version]);

  return (
    <article class="report" aria-busy={load.state === 'loading' ? 'true' : undefined}>
      <div class="report-controls no-print">
        <div class="report-range">
          <Field id="report-from" label={t('report.from')} type="date" value={from} max={to} onValue={(v) => v && setFrom(v)} error={fields.from || undefined} />
          <Field id="report-to" label={t('report.to')} type="date" value={to} max={today} onValue={(v) => v && setTo(v)} error={fields.to || undefined} />
        </div>
        <div class="button-row">
          <button type="button" class="primary" onClick={() => window.print()} disabled={load.state !== 'ok'}>
            {t('report.print')}
          </button>
          <a class="button" href={`${householdPath(hid)}/report.pdf?${query}&paper=${paper()}`} download>
            {t('report.pdf')}
          </a>
        </div>
        <p class="muted">{t('report.help')}</p>
      </div>
      {load.state === 'loading' && <p class="muted">{t('app.loading')}</p>}
      {load.state === 'error' && <LoadFailure message={load.text} onRetry={() => setVersion((v) => v + 1)} />}
      {load.state === 'ok' && (
        <div class="report-page" data-testid="report" ref={page}>
          <h1 class="report-title">{load.doc.title}</h1>
          <p class="report-subtitle">{load.doc.subtitle}</p>
          {load.doc.blocks.map((b, i) => (
            <BlockView key={i} b={b} i={i} />
          ))}
          <p class="report-footer">{load.doc.footer}</p>
        </div>
      )}
    </article>
  );
}

/** /report — the parent's own report, to bring to any appointment. */
export function OwnReport(): JSX.Element {
  const account = useStore(accountStore);
  if (!account.householdId) return <p>{t('home.noHousehold')}</p>;
  return <Report hid={account.householdId} />;
}
