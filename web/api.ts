/** The one client for Lactea's HTTP API, and its one error type. */
import type { Account, SignInSession } from '../src/contract/account.js';
import type { AccessLogEntry, CreatedInvite, InvitePreview, Member, OpenInvite, ShareRole } from '../src/contract/sharing.js';
import type { SessionPage } from '../src/contract/sync.js';
import type { Client } from '../src/contract/workspace.js';
import type { Baby, HouseholdSummary, Language, Preferences, User } from '../src/domain/account.js';
import type { ErrorCode, FieldParams } from '../src/domain/error-codes.js';
import type { Session, SessionInput, SessionKind } from '../src/domain/session.js';
import { householdOfPath, householdPath } from './api-paths.js';

/**
 * Who hears whether the server answered (the sync status listens); set by them, so this file
 * imports nothing of theirs.
 */
const reachabilityListeners = new Set<(reachable: boolean) => void>();
export function onReachability(fn: (reachable: boolean) => void): () => void {
  reachabilityListeners.add(fn);
  return () => reachabilityListeners.delete(fn);
}
function reportReachable(reachable: boolean): void {
  for (const fn of reachabilityListeners) fn(reachable);
}

/**
 * Who hears that the server refused a household as not hers (404 `household_not_found`), with its
 * id: the account state re-reads the account then (the phone may hold a copy of one she no longer has).
 */
const refusedListeners = new Set<(householdId: string) => void>();
export function onHouseholdRefused(fn: (householdId: string) => void): () => void {
  refusedListeners.add(fn);
  return () => refusedListeners.delete(fn);
}

export type { Account, SignInSession } from '../src/contract/account.js';
export type { AccessLogEntry, CreatedInvite, InvitePreview, Member, OpenInvite, ShareRole } from '../src/contract/sharing.js';
export type { SessionPage } from '../src/contract/sync.js';
export type { Client, ClientFlag } from '../src/contract/workspace.js';

export interface SessionQuery {
  from?: string;
  to?: string;
  kind?: SessionKind;
  baby?: string;
  limit?: number;
  cursor?: string;
}

/** The stable codes of a failure's fields (see src/domain/error-codes.ts), for translating them. */
export interface FieldDetail {
  fieldCodes?: Record<string, string>;
  fieldParams?: Record<string, FieldParams>;
}

/**
 * Every failure the API client reports: an HTTP error (status > 0) or no answer at all (status 0,
 * offline or the server is down). `code` is the server's stable code (or the category, or
 * `http_<status>`); `fields` maps a field path ("leftMl", "massage.minutes") to why, in English,
 * and `detail` the same paths to stable codes: show them with `fieldErrors` (web/errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** For 409: the record as the server has it now. */
    readonly current: Session | null = null,
    readonly detail: FieldDetail = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

interface ErrorBody {
  error?: unknown;
  code?: unknown;
  message?: unknown;
  fields?: unknown;
  fieldCodes?: unknown;
  fieldParams?: unknown;
  current?: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toFields(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, msg] of Object.entries(v)) out[k] = String(msg);
  return out;
}

function toParams(v: unknown): Record<string, FieldParams> {
  if (!isRecord(v)) return {};
  const out: Record<string, FieldParams> = {};
  for (const [k, p] of Object.entries(v)) {
    if (!isRecord(p)) continue;
    const one: FieldParams = {};
    if (typeof p.min === 'number') one.min = p.min;
    if (typeof p.max === 'number') one.max = p.max;
    out[k] = one;
  }
  return out;
}

/** The server's code for a household that is not hers (no such one, or no longer shared with her). */
export const HOUSEHOLD_REFUSED = 'household_not_found' satisfies ErrorCode;

/** The one way the web app talks to the server: JSON in and out, every failure an ApiError. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    reportReachable(false);
    throw new ApiError(0, 'offline', 'No connection');
  }
  // A proxy's "bad gateway" while the server is down is no answer from Lactea either.
  reportReachable(res.status !== 502 && res.status !== 503 && res.status !== 504);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const e: ErrorBody = isRecord(json) ? json : {};
    const code = typeof e.code === 'string' ? e.code : typeof e.error === 'string' ? e.error : `http_${res.status}`;
    const refused = code === HOUSEHOLD_REFUSED ? householdOfPath(path) : null;
    if (refused !== null) for (const fn of refusedListeners) fn(refused);
    throw new ApiError(
      res.status,
      code,
      typeof e.message === 'string' ? e.message : res.statusText,
      toFields(e.fields),
      isRecord(e.current) ? (e.current as unknown as Session) : null,
      { fieldCodes: toFields(e.fieldCodes), fieldParams: toParams(e.fieldParams) },
    );
  }
  return json as T;
}

function query(q: SessionQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const api = {
  /** Her account keeps the language of the screen she signed up on; from an invite link, she joins at once. */
  signup: (email: string, password: string, language: Language, invite?: string) =>
    request<Account>('POST', '/api/auth/signup', invite ? { email, password, language, invite } : { email, password, language }),
  login: (email: string, password: string) => request<Account>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  /** Who is signed in on this browser (null: nobody); always 200, unlike /api/me. */
  signedIn: () => request<{ account: Account | null }>('GET', '/api/auth/session'),
  savePreferences: (prefs: Preferences) => request<{ user: User }>('PUT', '/api/me/preferences', prefs),

  households: () => request<{ households: HouseholdSummary[] }>('GET', '/api/households'),
  createHousehold: (name: string) => request<HouseholdSummary>('POST', '/api/households', { name }),
  changeHousehold: (hid: string, change: { name?: string; volumeUnit?: HouseholdSummary['volumeUnit']; weightUnit?: HouseholdSummary['weightUnit'] }) => request<HouseholdSummary>('PATCH', householdPath(hid), change),

  babies: (hid: string) => request<{ babies: Baby[] }>('GET', `${householdPath(hid)}/babies`),
  createBaby: (hid: string, name: string, birthDate: string | null) =>
    request<Baby>('POST', `${householdPath(hid)}/babies`, { name, birthDate }),
  updateBaby: (hid: string, bid: string, change: { name?: string; birthDate?: string | null; archived?: boolean }) =>
    request<Baby>('PATCH', `${householdPath(hid)}/babies/${encodeURIComponent(bid)}`, change),

  sessions: (hid: string, q: SessionQuery) => request<SessionPage>('GET', `${householdPath(hid)}/sessions${query(q)}`),
  session: (hid: string, id: string) => request<Session>('GET', `${householdPath(hid)}/sessions/${encodeURIComponent(id)}`),
  /** Creates (no version) or replaces (the version read) a session. Idempotent. */
  putSession: (hid: string, id: string, input: SessionInput, version?: number) =>
    request<Session>('PUT', `${householdPath(hid)}/sessions/${encodeURIComponent(id)}`, version === undefined ? input : { ...input, version }),
  deleteSession: (hid: string, id: string) => request<void>('DELETE', `${householdPath(hid)}/sessions/${encodeURIComponent(id)}`),

  shares: (hid: string) => request<{ members: Member[]; invites: OpenInvite[] }>('GET', `${householdPath(hid)}/shares`),
  createInvite: (hid: string, role: ShareRole, accessExpiresAt: string | null) =>
    request<CreatedInvite>('POST', `${householdPath(hid)}/shares`, { role, accessExpiresAt }),
  changeShare: (hid: string, userId: string, change: { role?: ShareRole; expiresAt?: string | null }) =>
    request<Member>('PATCH', `${householdPath(hid)}/shares/${encodeURIComponent(userId)}`, change),
  revokeShare: (hid: string, id: string) => request<void>('DELETE', `${householdPath(hid)}/shares/${encodeURIComponent(id)}`),
  accessLog: (hid: string, limit = 100) => request<{ entries: AccessLogEntry[] }>('GET', `${householdPath(hid)}/access-log?limit=${limit}`),
  invite: (token: string) => request<InvitePreview>('GET', `/api/invites/${encodeURIComponent(token)}`),
  acceptInvite: (token: string) => request<HouseholdSummary>('POST', `/api/invites/${encodeURIComponent(token)}/accept`),

  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ endedSessions: number }>('PUT', '/api/me/password', { currentPassword, newPassword }),
  signInSessions: () => request<{ sessions: SignInSession[] }>('GET', '/api/me/sessions'),
  endSignInSession: (id: string) => request<void>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`),
  deleteAccount: (confirm: string) => request<void>('DELETE', '/api/me', { confirm }),
  clients: (tz: string) => request<{ clients: Client[] }>('GET', `/api/consultant/clients?tz=${encodeURIComponent(tz)}`),
};

/** Where the browser downloads her data from (GET, as a file): a zip of the JSON and CSV files. */
export const EXPORT_URL = '/api/me/export';

/** The SessionInput part of a Session, as a PUT body wants it. */
export function inputOf(s: Session): SessionInput {
  return {
    kind: s.kind,
    babyId: s.babyId,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    segments: s.segments,
    leftMl: s.leftMl,
    rightMl: s.rightMl,
    volumeMl: s.volumeMl,
    milkType: s.milkType,
    massage: s.massage,
    painBefore: s.painBefore,
    painAfter: s.painAfter,
    fullnessBefore: s.fullnessBefore,
    fullnessAfter: s.fullnessAfter,
    notes: s.notes,
  };
}
