/** An invite link opened before signing in: remembered in this tab until she has signed in and accepted. */
const KEY = 'lactea.pendingInvite';

export function rememberInvite(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage unavailable: the token stays in the address bar anyway.
  }
}

export function pendingInvite(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetInvite(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}

export function inviteLink(token: string): string {
  return `${location.origin}/invite/${token}`;
}
