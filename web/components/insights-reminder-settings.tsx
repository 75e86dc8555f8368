/** Settings: the emptying reminder (off by default; day and night hours) and permission for notifications. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { reportError } from '../errors.js';
import { parseDecimal } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { askNotificationPermission, notificationState, type NotificationState } from '../state/insights-reminder.js';
import { notify } from '../state/notice.js';
import { changePreferences, prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { Field } from './field.js';

const DEFAULTS = { dayHours: 3, nightHours: 5 };
const MIN = 0.5;
const MAX = 24;

type Reminder = { dayHours: number; nightHours: number } | null;

async function save(emptyingReminder: Reminder): Promise<void> {
  try {
    await changePreferences({ emptyingReminder });
    notify(t('common.saved'));
  } catch (e) {
    if (e instanceof ApiError && e.offline) notify(t('settings.notSynced'));
    else reportError(e);
  }
}

const hoursText = (h: number, lang: string): string => (lang === 'es' ? String(h).replace('.', ',') : String(h));

export function ReminderSettings(): JSX.Element {
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const reminder = prefs.emptyingReminder;
  const [day, setDay] = useState(hoursText(reminder?.dayHours ?? DEFAULTS.dayHours, lang));
  const [night, setNight] = useState(hoursText(reminder?.nightHours ?? DEFAULTS.nightHours, lang));
  const [errors, setErrors] = useState<{ day?: string; night?: string }>({});
  const [permission, setPermission] = useState<NotificationState>(notificationState());

  // The fields show the saved hours when the reminder is switched on (or the language changes), not while she types.
  useEffect(() => {
    if (reminder) {
      setDay(hoursText(reminder.dayHours, lang));
      setNight(hoursText(reminder.nightHours, lang));
    }
  }, [reminder === null, lang]);

  const check = (text: string): number | string => {
    const v = parseDecimal(text);
    if (v === null || Number.isNaN(v) || v < MIN || v > MAX) return t('insights.settings.hoursError', { min: hoursText(MIN, lang), max: MAX });
    return v;
  };

  const commit = (): void => {
    const d = check(day);
    const n = check(night);
    const next = { ...(typeof d === 'string' ? { day: d } : {}), ...(typeof n === 'string' ? { night: n } : {}) };
    setErrors(next);
    if (typeof d === 'number' && typeof n === 'number' && (d !== reminder?.dayHours || n !== reminder.nightHours)) void save({ dayHours: d, nightHours: n });
  };

  const allow = (): void => {
    askNotificationPermission().then(setPermission, reportError);
  };

  return (
    <section class="card insights-reminder-settings" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('insights.settings.title')}</h2>
      <p class="muted">{t('insights.settings.intro')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={reminder !== null}
          onChange={(e) => void save(e.currentTarget.checked ? { ...DEFAULTS } : null)}
        />
        {t('insights.settings.toggle')}
      </label>
      {reminder && (
        <form
          class="grid-2"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <Field
            id="reminder-day"
            label={t('insights.settings.day')}
            inputMode="decimal"
            value={day}
            onValue={setDay}
            onBlur={commit}
            help={t('insights.settings.dayHelp')}
            error={errors.day}
          />
          <Field
            id="reminder-night"
            label={t('insights.settings.night')}
            inputMode="decimal"
            value={night}
            onValue={setNight}
            onBlur={commit}
            help={t('insights.settings.nightHelp')}
            error={errors.night}
          />
          <button type="submit" class="wide reminder-save">
            {t('common.save')}
          </button>
        </form>
      )}
      <div class="reminder-notifications">
        <p class="muted" data-testid="notification-state">
          {t(`insights.settings.permission.${permission}`)}
        </p>
        {permission === 'default' && (
          <button type="button" class="wide" onClick={allow}>
            {t('insights.settings.allow')}
          </button>
        )}
      </div>
    </section>
  );
}
