/** Units, theme, language (saved on this device and to the account), the household, sign out. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Preferences } from '../../src/domain/account.js';
import { ApiError } from '../api.js';
import { PageTitle } from '../components/page-title.js';
import { BabyIcon, PhoneIcon } from '../components/icons.js';
import { Link } from '../components/link.js';
import { ReminderSettings } from '../components/insights-reminder-settings.js';
import { Segmented } from '../components/segmented.js';
import { SelectField } from '../components/field.js';
import { SharingLinks } from '../components/sharing-links.js';
import { volumeOptions, weightOptions } from '../components/unit-options.js';
import { HouseholdSettings } from '../components/household-settings.js';
import { householdLabel } from '../state/sharing-clients.js';
import { roleText } from '../state/sharing-format.js';
import { reportError } from '../errors.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore, selectHousehold, signOut } from '../state/account.js';
import { notify } from '../state/notice.js';
import { changePreferences, prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { syncStore } from '../sync/sync-store.js';

async function change(p: Partial<Preferences>): Promise<void> {
  try {
    await changePreferences(p);
  } catch (e) {
    if (e instanceof ApiError && e.offline) notify(t('settings.notSynced'));
    else reportError(e);
  }
}

/** Signing out forgets this device's copy; with changes not yet sent, it asks first. */
function SignOutButton(): JSX.Element {
  const sync = useStore(syncStore);
  const [asking, setAsking] = useState(false);
  const waiting = sync.pending.length + sync.held.length;
  const go = (): void =>
    void signOut()
      .catch(() => undefined)
      .then(() => navigate('/signin', { replace: true }));
  if (asking && waiting > 0) {
    return (
      <div role="group" aria-labelledby="signout-q" class="signout-confirm">
        <p id="signout-q">{t('sync.signOutWaiting', { count: waiting })}</p>
        <div class="button-row">
          <button type="button" class="danger" onClick={go}>
            {t('sync.signOutAnyway')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button type="button" class="wide" onClick={() => (waiting > 0 ? setAsking(true) : go())}>
      {t('settings.signOut')}
    </button>
  );
}

export function Settings(): JSX.Element {
  const prefs = useStore(prefsStore);
  const account = useStore(accountStore);
  const household = account.households.find((h) => h.id === account.householdId) ?? null;

  return (
    <section>
      <PageTitle>{t('settings.title')}</PageTitle>
      <div class="card">
        <Segmented
          name="volumeUnit"
          legend={t('settings.volume')}
          value={prefs.volumeUnit}
          options={volumeOptions()}
          onChange={(volumeUnit) => void change({ volumeUnit })}
        />
        <Segmented name="weightUnit" legend={t('settings.weight')} value={prefs.weightUnit} options={weightOptions()} onChange={(weightUnit) => void change({ weightUnit })} />
        <Segmented
          name="temperatureUnit"
          legend={t('settings.temperature')}
          value={prefs.temperatureUnit}
          options={[
            { value: 'c', label: t('settings.celsius') },
            { value: 'f', label: t('settings.fahrenheit') },
          ]}
          onChange={(temperatureUnit) => void change({ temperatureUnit })}
        />
        <Segmented
          name="theme"
          legend={t('settings.theme')}
          value={prefs.theme}
          options={[
            { value: 'system', label: t('settings.system') },
            { value: 'light', label: t('settings.light') },
            { value: 'dark', label: t('settings.dark') },
          ]}
          onChange={(theme) => void change({ theme })}
        />
        <Segmented
          name="language"
          legend={t('settings.language')}
          value={prefs.language}
          options={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
          onChange={(language) => void change({ language })}
        />
      </div>
      <ReminderSettings />
      {household?.role === 'owner' && <HouseholdSettings household={household} />}
      <div class="card settings-links">
        <Link href="/babies" class="button wide">
          <BabyIcon />
          {t('nav.babies')}
        </Link>
        <Link href="/settings/contacts" class="button wide">
          <PhoneIcon />
          {t('settings.careContacts')}
        </Link>
      </div>
      {account.households.length > 1 && (
        <div class="card">
          <SelectField
            id="household"
            label={t('settings.household')}
            value={account.householdId ?? ''}
            options={account.households.map((h) => ({ value: h.id, label: householdLabel(h, roleText) }))}
            onValue={(id) => void selectHousehold(id).catch(reportError)}
          />
        </div>
      )}
      <SharingLinks />
      <div class="card">
        <h2>{t('settings.account')}</h2>
        <p class="muted">{t('settings.signedInAs', { email: account.user?.email ?? '' })}</p>
        <SignOutButton />
      </div>
    </section>
  );
}
