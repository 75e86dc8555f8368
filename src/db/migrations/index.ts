/**
 * The migrations in the order they apply. Names are timestamped; a landed migration is never edited.
 * Kysely's migrator refuses a database whose applied list is not a prefix of this one.
 */
import type { Migration } from 'kysely';
import * as initial from './2026-11-23-001-initial.js';
import * as symptomChecks from './2026-11-23-002-symptom-checks.js';
import * as sharing from './2026-11-23-003-sharing.js';
import * as sessionDevice from './2026-11-23-004-session-device.js';
import * as changesIndex from './2026-11-23-005-changes-index.js';
import * as creamatocrit from './2026-11-23-006-creamatocrit.js';
import * as sessionOrderIndexes from './2026-11-24-007-session-order-indexes.js';
import * as careContacts from './2026-12-03-012-care-contacts.js';
import * as householdUnitBabyArchive from './2026-12-03-015-household-unit-baby-archive.js';
import * as babySide from './2026-12-03-016-nappies-weights-care-notes.js';
import * as weightUnit from './2026-12-03-016b-weight-unit.js';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23-001-initial': initial,
  '2026-11-23-002-symptom-checks': symptomChecks,
  '2026-11-23-003-sharing': sharing,
  '2026-11-23-004-session-device': sessionDevice,
  '2026-11-23-005-changes-index': changesIndex,
  '2026-11-23-006-creamatocrit': creamatocrit,
  '2026-11-24-007-session-order-indexes': sessionOrderIndexes,
  '2026-12-03-012-care-contacts': careContacts,
  '2026-12-03-015-household-unit-baby-archive': householdUnitBabyArchive,
  '2026-12-03-016-nappies-weights-care-notes': babySide,
  '2026-12-03-016b-weight-unit': weightUnit,
};
