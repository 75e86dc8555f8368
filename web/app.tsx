/** The shell: which screen shows for the path and the sign-in state, plus navigation and notices. */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { BottomNav } from './components/bottom-nav.js';
import { DropIcon } from './components/icons.js';
import { lazyScreen } from './components/lazy-screen.js';
import { NoticeBar } from './components/notice-bar.js';
import { ViewingBar } from './components/sharing-viewing.js';
import { SyncStatus } from './components/sync-status.js';
import { TimerBar } from './components/timer-bar.js';
import { UpdatePrompt } from './components/update-prompt.js';
import { languageStore, t } from './i18n.js';
import { matchRoute, navigate, pathStore, type Route } from './router.js';
import { Home } from './screens/home.js';
import { accountStore, loadAccount } from './state/account.js';
import { offerGuide } from './state/first-run.js';
import { prefsStore } from './state/prefs.js';
import { consultantAccount } from './state/sharing-role.js';
import { startPath } from './state/sharing-start.js';
import { useStore } from './state/store.js';
import { useHouseholdPolling } from './state/household-sync.js';

const SignIn = lazyScreen(() => import('./screens/sign-in.js').then((m) => m.SignIn));
const LogEntry = lazyScreen<{ kind: 'nurse' | 'pump' | 'bottle' } | { id: string }>(() => import('./screens/log-entry.js').then((m) => m.LogEntry));
const LogList = lazyScreen(() => import('./screens/log-list.js').then((m) => m.LogList));
const Babies = lazyScreen(() => import('./screens/babies.js').then((m) => m.Babies));
const FirstRunGuide = lazyScreen(() => import('./screens/first-run.js').then((m) => m.FirstRunGuide));
const BabyScreen = lazyScreen(() => import('./screens/baby.js').then((m) => m.BabyScreen));
const Settings = lazyScreen(() => import('./screens/settings.js').then((m) => m.Settings));
const CheckWizard = lazyScreen<{ forBaby: boolean }>(() => import('./screens/check-wizard.js').then((m) => m.CheckWizard));
const CheckResult = lazyScreen<{ id: string }>(() => import('./screens/check-result.js').then((m) => m.CheckResult));
const CheckHistory = lazyScreen(() => import('./screens/check-history.js').then((m) => m.CheckHistory));
const MassageLibrary = lazyScreen(() => import('./screens/massage-library.js').then((m) => m.MassageLibrary));
const MassageWhenNot = lazyScreen(() => import('./screens/massage-when-not.js').then((m) => m.MassageWhenNot));
const MassageRoutine = lazyScreen<{ id: string }>(() => import('./screens/massage-routine.js').then((m) => m.MassageRoutine));
const MassagePlayer = lazyScreen<{ id: string }>(() => import('./screens/massage-player.js').then((m) => m.MassagePlayer));
const InsightsOverview = lazyScreen(() => import('./screens/insights-overview.js').then((m) => m.InsightsOverview));
const InsightsMassage = lazyScreen(() => import('./screens/insights-massage.js').then((m) => m.InsightsMassage));
const InsightsMilk = lazyScreen(() => import('./screens/insights-milk.js').then((m) => m.InsightsMilk));
const SharingSettings = lazyScreen(() => import('./screens/sharing-settings.js').then((m) => m.SharingSettings));
const AccountSettings = lazyScreen(() => import('./screens/account-settings.js').then((m) => m.AccountSettings));
const CareContactsSettings = lazyScreen(() => import('./screens/care-contacts-settings.js').then((m) => m.CareContactsSettings));
const Desk = lazyScreen<{ hid: string | null; tab?: 'overview' | 'log' | 'insights' | 'report' }>(() => import('./screens/desk.js').then((m) => m.Desk));
const OwnReport = lazyScreen(() => import('./screens/report.js').then((m) => m.OwnReport));
const InviteAccept = lazyScreen<{ token: string }>(() => import('./screens/invite-accept.js').then((m) => m.InviteAccept));
const Conflicts = lazyScreen(() => import('./screens/conflicts.js').then((m) => m.Conflicts));
const NotFound = lazyScreen(() => import('./screens/not-found.js').then((m) => m.NotFound));

function screenFor(route: Route, consultantOnly: boolean): JSX.Element {
  switch (route.name) {
    case 'home':
    case 'signin':
      // Her client list takes the place of a parent's home for someone who only consults.
      return consultantOnly ? <Desk hid={null} /> : <Home />;
    case 'nurseEntry':
      return <LogEntry key="nurse" kind="nurse" />;
    case 'pump':
      return <LogEntry key="pump" kind="pump" />;
    case 'bottle':
      return <LogEntry key="bottle" kind="bottle" />;
    case 'entry':
      return <LogEntry key={route.id} id={route.id} />;
    case 'log':
      return <LogList />;
    case 'babies':
      return <Babies />;
    case 'start':
      return <FirstRunGuide />;
    case 'baby':
      return <BabyScreen />;
    case 'settings':
      return <Settings />;
    case 'check':
      return <CheckWizard key={route.forBaby ? 'baby' : 'check'} forBaby={route.forBaby} />;
    case 'checkResult':
      return <CheckResult key={route.id} id={route.id} />;
    case 'checkHistory':
      return <CheckHistory />;
    case 'massage':
      return <MassageLibrary />;
    case 'massageWhenNot':
      return <MassageWhenNot />;
    case 'massageRoutine':
      return <MassageRoutine key={route.id} id={route.id} />;
    case 'massagePlay':
      return <MassagePlayer key={route.id} id={route.id} />;
    case 'insights':
      return <InsightsOverview />;
    case 'insightsMassage':
      return <InsightsMassage />;
    case 'insightsMilk':
      return <InsightsMilk />;
    case 'sharing':
      return <SharingSettings />;
    case 'accountSettings':
      return <AccountSettings />;
    case 'careContacts':
      return <CareContactsSettings />;
    case 'clients':
      return <Desk hid={null} />;
    case 'client':
      return <Desk key={route.hid} hid={route.hid} tab={route.tab} />;
    case 'report':
      return <OwnReport />;
    case 'invite':
      return <InviteAccept key={route.token} token={route.token} />;
    case 'conflicts':
      return <Conflicts />;
    case 'notFound':
      return <NotFound />;
  }
}

function Brand(): JSX.Element {
  return (
    <header class="app-header">
      <span class="brand">
        <DropIcon />
        {t('app.name')}
      </span>
    </header>
  );
}

function About(): JSX.Element {
  return <p class="about">{t('app.disclaimer')}</p>;
}

export function App(): JSX.Element {
  const path = useStore(pathStore);
  useStore(languageStore);
  const account = useStore(accountStore);
  const route = matchRoute(path);
  const signedIn = account.status === 'signed-in';
  const consultantOnly = signedIn && consultantAccount(account);
  // The consultant's desk uses the width of a laptop: her list beside the client she opened.
  const isDesk = route.name === 'clients' || route.name === 'client' || (route.name === 'home' && consultantOnly);
  useHouseholdPolling(signedIn ? account.householdId : null);

  const prefs = useStore(prefsStore);
  const ownsHousehold = account.households.find((h) => h.id === account.householdId)?.role === 'owner';
  useEffect(() => {
    if (account.status === 'signed-out' && route.name !== 'signin' && route.name !== 'invite') navigate('/signin', { replace: true });
    if (signedIn && route.name === 'signin') navigate(startPath(), { replace: true });
  }, [account.status, route.name, signedIn]);
  useEffect(() => {
    // The guided start, once per opening while it is unfinished (home then offers to continue it).
    if (signedIn && ownsHousehold && prefs.firstRun !== 'done' && route.name === 'home' && offerGuide()) navigate('/start', { replace: true });
  }, [signedIn, ownsHousehold, prefs.firstRun, route.name]);

  if (account.status === 'loading') {
    return (
      <main id="main" class="center-screen" aria-busy="true">
        <p class="muted">{t('app.loading')}</p>
      </main>
    );
  }

  if (account.status === 'unreachable') {
    return (
      <main id="main" class="center-screen">
        <h1>{t('app.name')}</h1>
        <p>{t('errors.offline')}</p>
        <button type="button" class="primary" onClick={() => void loadAccount()}>
          {t('common.retry')}
        </button>
      </main>
    );
  }

  if (!signedIn) {
    return (
      <div class="app">
        <main id="main">
          {route.name === 'invite' ? <InviteAccept key={route.token} token={route.token} /> : <SignIn />}
          <About />
        </main>
        <NoticeBar />
      </div>
    );
  }

  if (route.name === 'massagePlay') {
    // The massage player takes the whole screen: no header, no navigation bar.
    return (
      <div class="app">
        <main id="main" class="player-main">
          {screenFor(route, false)}
        </main>
        <NoticeBar />
      </div>
    );
  }

  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Brand />
      <ViewingBar />
      <SyncStatus />
      {route.name !== 'home' && <TimerBar />}
      <main id="main" class={isDesk ? 'desk-main' : undefined}>
        {screenFor(route, consultantOnly)}
        <About />
      </main>
      <BottomNav path={path} consultantOnly={consultantOnly} />
      <NoticeBar />
      <UpdatePrompt />
    </div>
  );
}
