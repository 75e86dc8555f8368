/**
 * Where a fresh sign-in lands: an invite she opened first; her client list if she only consults,
 * or if she consults and was last looking at a client; else home.
 */
import { pendingInvite } from './sharing-invite.js';
import { currentRole, hasConsultantRole, consultantAccount } from './sharing-role.js';

export function startPath(): string {
  const token = pendingInvite();
  if (token) return `/invite/${token}`;
  return consultantAccount() || (hasConsultantRole() && currentRole() === 'consultant') ? '/clients' : '/';
}
