/** Who read or changed what, newest first, in plain words; repeats close together are one line. */
import type { JSX } from 'preact';
import type { AccessLogEntry } from '../api.js';
import { t } from '../i18n.js';
import { accessLine, whenText } from '../state/sharing-format.js';

interface Props {
  entries: AccessLogEntry[] | null;
  lang: string;
  nowMs: number;
}

interface Line {
  key: string;
  text: string;
  at: string;
  count: number;
  firstMs: number;
}

const SAME_VISIT_MS = 30 * 60_000;

/** Consecutive entries with the same words within half an hour of each other become one line. */
export function groupAccess(entries: AccessLogEntry[]): Line[] {
  const lines: Line[] = [];
  for (const e of entries) {
    const text = accessLine(e);
    const ms = Date.parse(e.at);
    const last = lines[lines.length - 1];
    if (last && last.text === text && Math.abs(last.firstMs - ms) <= SAME_VISIT_MS) {
      last.count += 1;
      last.firstMs = ms;
    } else lines.push({ key: e.id, text, at: e.at, count: 1, firstMs: ms });
  }
  return lines;
}

export function AccessLog({ entries, lang, nowMs }: Props): JSX.Element {
  return (
    <section class="card" aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('sharing.log.title')}</h2>
      <p class="muted">{t('sharing.log.explain')}</p>
      {entries === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p class="muted">{t('sharing.log.empty')}</p>
      ) : (
        <ul class="sharing-log" data-testid="access-log">
          {groupAccess(entries).map((l) => (
            <li key={l.key}>
              <span class="sharing-log-what">
                {l.text}
                {l.count > 1 && t('sharing.log.times', { count: l.count })}
              </span>
              <time class="muted" dateTime={l.at}>
                {whenText(l.at, lang, nowMs)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
