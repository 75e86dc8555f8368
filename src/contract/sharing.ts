/** Sharing: members, invites, the access log. The server validates and documents with these; the web client takes their types. */
import { z } from 'zod';
import { ROLES } from '../domain/account.js';

export const inviteRole = z.enum(['caregiver', 'consultant']);

export const member = z
  .object({ userId: z.string(), email: z.string(), role: z.enum(ROLES), createdAt: z.string(), expiresAt: z.string().nullable() })
  .meta({ id: 'Member' });

export const openInvite = z.object({ id: z.string(), role: z.string(), expiresAt: z.string(), accessExpiresAt: z.string().nullable(), createdAt: z.string() });

export const shares = z.object({ members: z.array(member), invites: z.array(openInvite) });

export const createdInvite = z.object({ id: z.string(), token: z.string(), role: inviteRole, expiresAt: z.string(), accessExpiresAt: z.string().nullable() });

export const accessLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string(),
  email: z.string().nullable().describe('null when that account has since been deleted'),
  role: z.string(),
  action: z.string(),
  method: z.string(),
  route: z.string(),
  resourceId: z.string().nullable(),
});

export const invitePreview = z.object({ householdName: z.string(), invitedBy: z.string(), role: inviteRole, expiresAt: z.string(), accessExpiresAt: z.string().nullable() });

export type ShareRole = z.output<typeof inviteRole>;
export type Member = z.output<typeof member>;
export type OpenInvite = z.output<typeof openInvite>;
export type Shares = z.output<typeof shares>;
export type CreatedInvite = z.output<typeof createdInvite>;
export type AccessLogEntry = z.output<typeof accessLogEntry>;
export type InvitePreview = z.output<typeof invitePreview>;
