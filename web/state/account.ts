/** Who is signed in, their households, the household and baby in use, and the babies in it. */
import type { Baby, HouseholdSummary, User } from '../../src/domain/account.js';
import { api, ApiError, HOUSEHOLD_REFUSED, onHouseholdRefused, type Account } from '../api.js';
import { dropAccountCopy, forgetCacheOwner, forgetHouseholdsBut, keepAccountCopy, keepCopy, readAccountCopy, readCopy, setCacheOwner } from '../sync/cache.js';
import { clearDevice, startOutbox, whenSignedOut } from '../sync/outbox.js';
import { languageStore, t } from '../i18n.js';
import { goneWhileClosed, pickHousehold, tellRefused, type KeptView } from './household-gone.js';
import { notify } from './notice.js';
import { adoptPreferences } from './prefs.js';
import { createStore } from './store.js';

export interface AccountState {
  status: 'loading' | 'signed-out' | 'signed-in' | 'unreachable';
  user: User | null;
  households: HouseholdSummary[];
  householdId: string | null;
  babies: Baby[];
  /** The baby new feeds are for; null when the household has none. */
  babyId: string | null;
}

const EMPTY: AccountState = { status: 'loading', user: null, households: [], householdId: null, babies: [], babyId: null };

export const accountStore = createStore<AccountState>(EMPTY);

const HOUSEHOLD_KEY = 'lactea.household';
const BABY_KEY = 'lactea.baby';

function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the choice lasts until reload.
  }
}

function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The babies new entries can be for: not archived (an archived baby's sessions stay, under her name). */
export function activeBabies(babies: readonly Baby[]): Baby[] {
  return babies.filter((b) => !b.archivedAt);
}

function pickBaby(all: Baby[], wanted: string | null): string | null {
  const babies = activeBabies(all);
  return babies.find((b) => b.id === wanted)?.id ?? babies[0]?.id ?? null;
}

/** The account as last read from the server, kept on this device for opening offline. */
interface AccountCopy {
  account: Account;
  babies: Record<string, Baby[]>;
}

/**
 * The households the server listed for her since this page opened (null until it answers: only the
 * kept copy is known). A household refused later that was in it went while she used the app; one
 * the kept copy showed in use and the first answer no longer lists went while it was closed.
 */
let listed: Account['households'] | null = null;

/** Households she has been told she lost, so the news comes once however many requests were refused. */
const told = new Set<string>();

/** The one on screen if she still has it, else the one she last chose, else her own before a client's. */
function chooseHousehold(account: Account): string | null {
  const s = accountStore.get();
  const onScreen = s.status === 'signed-in' && s.user?.id === account.user.id ? s.householdId : null;
  return pickHousehold(account.households, [onScreen, recall(HOUSEHOLD_KEY)]);
}

async function show(account: Account, householdId: string | null, babies: Baby[], fromCopy = false): Promise<void> {
  await setCacheOwner(account.user.id);
  // A kept copy's preferences may be older than this device's own (changed since): keep the device's.
  if (!fromCopy) await adoptPreferences(account.user.preferences);
  accountStore.set({
    status: 'signed-in',
    user: account.user,
    households: account.households,
    householdId,
    babies,
    babyId: pickBaby(babies, recall(BABY_KEY)),
  });
  void startOutbox(account.user.id);
}

/**
 * Tells her once that household `hid`, shared with her, is no longer (however many requests were
 * refused): as an error when what she was doing was refused, calmly as news when the app opens.
 */
function tellGone(hid: string, tone: 'error' | 'info' = 'error'): void {
  if (told.has(hid)) return;
  told.add(hid);
  notify(t(`errors.code.${HOUSEHOLD_REFUSED}`), tone, tone === 'info' ? 8000 : undefined);
}

/** What the app shows of this account from the phone's kept copy, before the server's first answer since it opened. */
function keptView(account: Account): KeptView | null {
  const s = accountStore.get();
  return listed === null && s.status === 'signed-in' && s.user?.id === account.user.id ? s : null;
}

async function adopt(account: Account): Promise<void> {
  const kept = keptView(account);
  const householdId = chooseHousehold(account);
  const babies = householdId ? (await api.babies(householdId)).babies : [];
  // The one she last chose, if she no longer has it, is not chosen again.
  if (householdId !== recall(HOUSEHOLD_KEY) && !account.households.some((h) => h.id === recall(HOUSEHOLD_KEY))) remember(HOUSEHOLD_KEY, null);
  listed = account.households;
  // Shared with her again: if it goes again, she hears of it again.
  for (const h of account.households) told.delete(h.id);
  await show(account, householdId, babies);
  // The household she was last using went while the app was closed (her access revoked or ended):
  // she is told once, not left on another log with no word.
  const gone = goneWhileClosed(kept, account.households);
  if (gone !== null) tellGone(gone, 'info');
  await keepAccountCopy({ account, babies: householdId ? { [householdId]: babies } : {} } satisfies AccountCopy);
  // What the phone kept of households she no longer has goes (her queued writes stay, in the outbox).
  void forgetHouseholdsBut(account.households.map((h) => h.id)).catch(() => undefined);
}

let reading: Promise<void> | null = null;

/** Asks the server who is signed in and shows its answer; calls made meanwhile share the one request. */
function readAccount(): Promise<void> {
  reading ??= (async () => {
    const { account } = await api.signedIn();
    if (account) await adopt(account);
    else signedOut();
  })().finally(() => {
    reading = null;
  });
  return reading;
}

function isCopy(v: unknown): v is AccountCopy {
  return typeof v === 'object' && v !== null && 'account' in v && 'babies' in v;
}

/**
 * At start: the copy kept on this device first (so the app opens at once, and with no network),
 * then the server's answer replaces it. With no copy and no answer, the "can't reach" screen.
 */
export async function loadAccount(): Promise<void> {
  let copy: AccountCopy | undefined;
  try {
    const c = await readAccountCopy<unknown>();
    if (isCopy(c)) copy = c;
  } catch {
    copy = undefined;
  }
  if (copy && accountStore.get().status !== 'signed-in') {
    const hid = chooseHousehold(copy.account);
    await show(copy.account, hid, hid ? (copy.babies[hid] ?? []) : [], true);
  }
  try {
    await readAccount();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signedOut();
    else if (!copy) accountStore.set({ ...EMPTY, status: 'unreachable' });
  }
}

/**
 * Signs in, or signs up in the language the screen is in (her account keeps it). `invite`: signing
 * up from a consultant's invite link joins at once (she then owns no household).
 */
export async function signIn(email: string, password: string, create: boolean, invite?: string): Promise<void> {
  await adopt(create ? await api.signup(email, password, languageStore.get(), invite) : await api.login(email, password));
}

/** A consultant (or anyone without one) starts a household of her own: her own log. */
export async function createOwnHousehold(name: string): Promise<void> {
  const h = await api.createHousehold(name);
  const { households } = await api.households();
  const account = accountStore.get();
  if (account.user) accountStore.set({ ...account, households });
  await selectHousehold(h.id);
}

/**
 * The sign-in is gone (expired, ended elsewhere): back to the sign-in screen. Writes queued on
 * this device stay, and are sent once the same person signs in again.
 */
export function signedOut(): void {
  listed = null;
  forgetCacheOwner();
  void dropAccountCopy().catch(() => undefined);
  accountStore.set({ ...EMPTY, status: 'signed-out' });
}

whenSignedOut(signedOut);

/**
 * The server refused household `hid` as not hers (a request of any screen, the changes feed, a
 * queued write). If the app holds it as hers, the account is read again: the phone may have kept a
 * household that went while the app was closed (her own empty one, removed when she took a
 * consultant's invite) or whose sharing ended. The app then shows one she has, forgets the old
 * one's copies, and tells her only what is true: that a household shared with her while she used
 * the app is no longer (`tellRefused`; one that went while the app was closed is told by `adopt`).
 * Screens say nothing of this code themselves (web/errors.ts).
 */
async function householdRefused(hid: string): Promise<void> {
  const s = accountStore.get();
  // A late answer about a household already let go changes nothing.
  if (s.status !== 'signed-in' || (s.householdId !== hid && !s.households.some((h) => h.id === hid))) return;
  const before = listed;
  try {
    await readAccount();
  } catch {
    return; // No answer: the next refusal asks again.
  }
  const now = accountStore.get();
  if (now.status === 'signed-in' && tellRefused(hid, before, now.households)) tellGone(hid);
}

onHouseholdRefused((hid) => void householdRefused(hid));

/** She signs out: this device forgets her data, including anything not yet sent (the screen asks first). */
export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    await clearDevice().catch(() => undefined);
    signedOut();
  }
}

/** Keeps the household's babies in the account copy, for opening offline. */
async function keepBabies(hid: string, babies: Baby[]): Promise<void> {
  try {
    void keepCopy(`babies:${hid}`, babies);
    const copy = await readAccountCopy<unknown>();
    if (isCopy(copy) && copy.account.user.id === accountStore.get().user?.id) await keepAccountCopy({ ...copy, babies: { ...copy.babies, [hid]: babies } });
  } catch {
    // Only the offline copy is stale.
  }
}

async function babiesOf(id: string): Promise<Baby[]> {
  try {
    const babies = (await api.babies(id)).babies;
    void keepBabies(id, babies);
    return babies;
  } catch (e) {
    const copy = e instanceof ApiError && e.offline ? await readCopy<Baby[]>(`babies:${id}`) : undefined;
    if (copy) return copy;
    throw e;
  }
}

export async function selectHousehold(id: string): Promise<void> {
  const babies = await babiesOf(id);
  remember(HOUSEHOLD_KEY, id);
  accountStore.set((s) => ({ ...s, householdId: id, babies, babyId: pickBaby(babies, recall(BABY_KEY)) }));
}

export function selectBaby(id: string): void {
  remember(BABY_KEY, id);
  accountStore.set((s) => ({ ...s, babyId: id }));
}

export async function addBaby(name: string, birthDate: string | null): Promise<Baby> {
  const hid = accountStore.get().householdId;
  if (!hid) throw new ApiError(404, 'no_household', 'No household');
  const baby = await api.createBaby(hid, name, birthDate);
  accountStore.set((s) => ({ ...s, babies: [...s.babies, baby], babyId: s.babyId ?? baby.id }));
  void keepBabies(hid, accountStore.get().babies);
  return baby;
}

/** Renames a baby, changes her birth date, or archives her (her sessions stay) or brings her back. */
export async function changeBaby(id: string, change: { name?: string; birthDate?: string | null; archived?: boolean }): Promise<Baby> {
  const hid = accountStore.get().householdId;
  if (!hid) throw new ApiError(404, 'no_household', 'No household');
  const baby = await api.updateBaby(hid, id, change);
  accountStore.set((s) => {
    const babies = s.babies.map((b) => (b.id === id ? baby : b));
    return { ...s, babies, babyId: s.babyId !== null && babies.some((b) => b.id === s.babyId && !b.archivedAt) ? s.babyId : pickBaby(babies, null) };
  });
  void keepBabies(hid, accountStore.get().babies);
  return baby;
}

/** Renames the household in use, or changes the unit new members start with (the owner's to do). */
export async function changeHousehold(change: { name?: string; volumeUnit?: HouseholdSummary['volumeUnit']; weightUnit?: HouseholdSummary['weightUnit'] }): Promise<HouseholdSummary> {
  const hid = accountStore.get().householdId;
  if (!hid) throw new ApiError(404, 'no_household', 'No household');
  const household = await api.changeHousehold(hid, change);
  accountStore.set((s) => ({ ...s, households: s.households.map((h) => (h.id === hid ? household : h)) }));
  try {
    const copy = await readAccountCopy<unknown>();
    if (isCopy(copy)) await keepAccountCopy({ ...copy, account: { ...copy.account, households: accountStore.get().households } });
  } catch {
    // Only the offline copy is stale.
  }
  return household;
}
