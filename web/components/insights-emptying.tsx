/**
 * Home: "Since you last fed or pumped" for each breast, a calm banner when a side has passed the reminder
 * threshold (with a browser notification when she allowed them), and the way to Insights.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { ApiError } from '../api.js';
import { t } from '../i18n.js';
import { reportError } from '../errors.js';
import { accountStore } from '../state/account.js';
import { minutesText } from '../format.js';
import { emptyingStore, notifyDue, refreshEmptying, sidesNow, type SideNow } from '../state/insights-reminder.js';
import { prefsStore } from '../state/prefs.js';
import { readerContext } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { syncStore } from '../sync/sync-store.js';
import { recentStore } from '../state/today.js';
import { useNow } from '../state/use-now.js';
import { Link } from './link.js';

const sideName = (s: SideNow): string => t(`insights.side.${s.side}`);
const sideWord = (s: SideNow): string => t(`insights.sideWord.${s.side}`);
/** Whole minutes as people say them; under a minute ago is "just now". */
const since = (minutes: number): string => (minutes < 1 ? t('time.justNow') : minutesText(minutes * 60));

/** The household the card last asked the server about: offline, it asks once, not at every change or visit. */
let lastAsked: string | null = null;

export function EmptyingCard(): JSX.Element | null {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const recent = useStore(recentStore);
  const state = useStore(emptyingStore);
  const nowMs = useNow(30_000);
  const hid = account.householdId;
  const reminder = prefs.emptyingReminder;
  // Her partner reads "since the last feed or pump", not "since you last fed".
  const context = readerContext(account);

  const online = useStore(syncStore).online;

  useEffect(() => {
    if (!hid) return;
    const refresh = (): void => {
      if (document.visibilityState !== 'visible') return;
      // Offline, the card keeps what it last knew (the home screen already says there is no
      // connection) and asks again once the server answers, not at every change in between.
      if (!syncStore.get().online && lastAsked === hid) return;
      lastAsked = hid;
      refreshEmptying(hid, reminder).catch((e: unknown) => (e instanceof ApiError && e.offline ? undefined : reportError(e)));
    };
    refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
    // A session logged here (the recent list changes) may have emptied a side; back online, the server knows.
  }, [hid, reminder?.dayHours, reminder?.nightHours, recent.sessions, online]);

  const emptying = state.householdId === hid ? state.emptying : null;
  const sides = emptying ? sidesNow(emptying, reminder, nowMs) : null;
  const due = sides?.filter((s) => s.due) ?? [];
  const dueKey = due.map((s) => `${s.side}@${s.lastEmptiedAt ?? ''}`).join(',');

  useEffect(() => {
    if (due.length === 0) return;
    notifyDue(due, (s) => ({
      title: t('insights.home.notifyTitle'),
      body: t('insights.home.notifyBody', { side: sideWord(s), time: since(s.minutes ?? 0), context }),
    })).catch(() => undefined);
  }, [dueKey]);

  if (!hid) return null;
  return (
    <>
      {/* Always there, so a screen reader hears the reminder when it appears. */}
      <div aria-live="polite">
        {due.length > 0 && (
          <div class="insights-banner" data-testid="emptying-banner">
            <p>
              <strong>{due.length === 2 ? t('insights.home.dueBoth', { context }) : t('insights.home.dueOne', { side: sideWord(due[0] as SideNow), context })}</strong>
              <br />
              {t('insights.home.dueHint', { context })}
            </p>
          </div>
        )}
      </div>
      <section class="card insights-emptying" aria-labelledby="emptying-title" data-testid="emptying">
        <h2 id="emptying-title">{t('insights.home.title', { context })}</h2>
        {sides ? (
          <ul class="emptying-sides">
            {sides.map((s) => (
              <li key={s.side} class={s.due ? 'due' : undefined} data-testid={`emptying-${s.side}`}>
                <span class="label">{sideName(s)}</span>
                {s.minutes === null ? (
                  <span class="value none">{t('insights.home.never')}</span>
                ) : (
                  <span class="value">
                    <time dateTime={`PT${Math.floor(s.minutes / 60)}H${s.minutes % 60}M`}>{since(s.minutes)}</time>
                  </span>
                )}
                {s.due && <span class="due-tag">{t('insights.home.due')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('app.loading')}</p>
        )}
        {sides && (
          <p class="muted small emptying-foot">
            {sides[0]?.thresholdMinutes != null ? (
              t('insights.home.threshold', { time: minutesText(sides[0].thresholdMinutes * 60) })
            ) : (
              <>
                {t('insights.home.reminderOff')} <Link href="/settings">{t('insights.home.turnOn')}</Link>
              </>
            )}
          </p>
        )}
        <Link href="/insights" class="button wide insights-link">
          {t('insights.home.link')}
        </Link>
      </section>
    </>
  );
}
