/**
 * Table types for Kysely, written by hand to match the migrations. Columns are snake_case in the
 * database and camelCase here (CamelCasePlugin). Instants are ISO-8601 UTC text; booleans are
 * 0/1 integers; JSON is text. Every household-owned table leads with household_id.
 */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  passwordHash: string;
  preferences: string;
  createdAt: string;
}

export interface AuthSessionsTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface HouseholdsTable {
  id: string;
  name: string;
  createdAt: string;
  /** The volume unit new members start with: 'ml' or 'floz' (default 'ml'). */
  volumeUnit: Generated<string>;
  /** The weight unit new members start with: 'kg' or 'lb' (default 'kg'). */
  weightUnit: Generated<string>;
}

export interface MembershipsTable {
  householdId: string;
  userId: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface BabiesTable {
  householdId: string;
  id: string;
  name: string;
  birthDate: string | null;
  createdAt: string;
  /** When the baby was archived (hidden from pickers; sessions kept); null while active. */
  archivedAt: Generated<string | null>;
}

export interface SessionsTable {
  householdId: string;
  id: string;
  babyId: string | null;
  kind: string;
  startedAt: string;
  endedAt: string | null;
  segments: string;
  leftMl: number | null;
  rightMl: number | null;
  volumeMl: number | null;
  milkType: string | null;
  massageRoutineId: string | null;
  massageTiming: string | null;
  massageMinutes: number | null;
  massageTool: string | null;
  massageVibration: number | null;
  massageHeat: number | null;
  painBefore: number | null;
  painAfter: number | null;
  fullnessBefore: number | null;
  fullnessAfter: number | null;
  notes: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  deletedAt: string | null;
}

export interface SymptomChecksTable {
  householdId: string;
  id: string;
  checkedAt: string;
  answers: string;
  result: string;
  level: string;
  rulesVersion: string;
  createdAt: string;
  createdBy: string;
}

export interface InvitesTable {
  householdId: string;
  id: string;
  tokenHash: string;
  role: string;
  expiresAt: string;
  accessExpiresAt: string | null;
  createdBy: string;
  createdAt: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface AccessLogTable {
  householdId: string;
  id: string;
  at: string;
  userId: string;
  role: string;
  action: string;
  method: string;
  route: string;
  resourceId: string | null;
}

export interface CreamatocritTable {
  householdId: string;
  id: string;
  measuredAt: string;
  cmctPercent: number;
  sample: string;
  frozen: number;
  massage: number;
  sessionId: string | null;
  createdAt: string;
  createdBy: string;
}

export interface CareContactsTable {
  householdId: string;
  region: string | null;
  emergencyPhone: string | null;
  urgentName: string | null;
  urgentPhone: string | null;
  parentName: string | null;
  parentPhone: string | null;
  babyName: string | null;
  babyPhone: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** Columns every versioned, soft-deleted household record has (see src/domain/record.ts). */
interface VersionedColumns {
  householdId: string;
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  deletedAt: string | null;
}

export interface NappiesTable extends VersionedColumns {
  babyId: string;
  changedAt: string;
  kind: string;
  colour: string | null;
  pinkUrates: number;
  notes: string;
}

export interface WeightsTable extends VersionedColumns {
  babyId: string;
  measuredAt: string;
  grams: number;
  birth: number;
  place: string;
  notes: string;
}

export interface CareNotesTable extends VersionedColumns {
  kind: string;
  notedAt: string;
  body: string;
}

export interface DB {
  users: UsersTable;
  authSessions: AuthSessionsTable;
  households: HouseholdsTable;
  memberships: MembershipsTable;
  babies: BabiesTable;
  sessions: SessionsTable;
  symptomChecks: SymptomChecksTable;
  invites: InvitesTable;
  accessLog: AccessLogTable;
  creamatocritEntries: CreamatocritTable;
  careContacts: CareContactsTable;
  nappies: NappiesTable;
  weights: WeightsTable;
  careNotes: CareNotesTable;
}
