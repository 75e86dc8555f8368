/** Who read or changed what, newest first, in plain words; one line per visit. */
import type { JSX } from 'preact';
import type { AccessLogEntry } from '../api.js';
import { t } from '../i18n.js';
import { accessLine, accessVerb, routeWhat, whenText, type AccessVerb } from '../state/sharing-format.js';

interface Props {
  entries: AccessLogEntry[] | null;
  lang: string;
  nowMs: number;
}

interface Line {
  key: string;
  entry: AccessLogEntry;
  verb: AccessVerb;
  whats: string[];
  at: string;
  firstMs: number;
}

const SAME_VISIT_MS = 30 * 60_000;

/** One line per visit: the same person doing the same kind of thing within half an hour, newest first. */
export function groupAccess(entries: AccessLogEntry[]): Line[] {
  const lines: Line[] = [];
  for (const e of entries) {
    const verb = accessVerb(e);
    const what = routeWhat(e.route);
    const ms = Date.parse(e.at);
    const last = lines[lines.length - 1];
    if (last && last.entry.userId === e.userId && last.verb === verb && Math.abs(last.firstMs - ms) <= SAME_VISIT_MS) {
      if (!last.whats.includes(what)) last.whats.push(what);
      last.firstMs = ms;
    } else lines.push({ key: e.id, entry: e, verb, whats: [what], at: e.at, firstMs: ms });
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
              <span class="sharing-log-what">{accessLine(l.entry, l.verb, l.whats, lang)}</span>
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
