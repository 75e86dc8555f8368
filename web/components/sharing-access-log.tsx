/** Who read or changed what, newest first, in plain words. */
import type { JSX } from 'preact';
import type { AccessLogEntry } from '../api.js';
import { t } from '../i18n.js';
import { accessLine, whenText } from '../state/sharing-format.js';

interface Props {
  entries: AccessLogEntry[] | null;
  lang: string;
  nowMs: number;
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
          {entries.map((e) => (
            <li key={e.id}>
              <span class="sharing-log-what">{accessLine(e)}</span>
              <time class="muted" dateTime={e.at}>
                {whenText(e.at, lang, nowMs)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
