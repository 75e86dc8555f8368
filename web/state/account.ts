/** Who is signed in, their households, the household and baby in use, and the babies in it. */
import type { Baby, HouseholdSummary, User } from '../../src/domain/account.js';
import { api, ApiError, type Account } from '../api.js';
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

function pickBaby(babies: Baby[], wanted: string | null): string | null {
  return babies.find((b) => b.id === wanted)?.id ?? babies[0]?.id ?? null;
}

async function adopt(account: Account): Promise<void> {
  const wanted = recall(HOUSEHOLD_KEY);
  // With nothing remembered, her own household (or one she helps with) before a client's she only reads.
  const householdId = account.households.find((h) => h.id === wanted)?.id ?? account.households.find((h) => h.role !== 'consultant')?.id ?? account.households[0]?.id ?? null;
  const babies = householdId ? (await api.babies(householdId)).babies : [];
  await adoptPreferences(account.user.preferences);
  accountStore.set({
    status: 'signed-in',
    user: account.user,
    households: account.households,
    householdId,
    babies,
    babyId: pickBaby(babies, recall(BABY_KEY)),
  });
}

export async function loadAccount(): Promise<void> {
  try {
    await adopt(await api.me());
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) accountStore.set({ ...EMPTY, status: 'signed-out' });
    else accountStore.set({ ...EMPTY, status: 'unreachable' });
  }
}

export async function signIn(email: string, password: string, create: boolean): Promise<void> {
  await adopt(create ? await api.signup(email, password) : await api.login(email, password));
}

export function signedOut(): void {
  accountStore.set({ ...EMPTY, status: 'signed-out' });
}

export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    signedOut();
  }
}

export async function selectHousehold(id: string): Promise<void> {
  const babies = (await api.babies(id)).babies;
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
  return baby;
}

export async function renameBaby(id: string, name: string): Promise<void> {
  const hid = accountStore.get().householdId;
  if (!hid) throw new ApiError(404, 'no_household', 'No household');
  const baby = await api.updateBaby(hid, id, { name });
  accountStore.set((s) => ({ ...s, babies: s.babies.map((b) => (b.id === id ? baby : b)) }));
}
