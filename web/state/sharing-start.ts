/** Where a fresh sign-in lands: an invite she opened first, her client list if she only consults, else home. */
import { pendingInvite } from './sharing-invite.js';
import { onlyConsultant } from './sharing-role.js';

export function startPath(): string {
  const token = pendingInvite();
  if (token) return `/invite/${token}`;
  return onlyConsultant() ? '/clients' : '/';
}
