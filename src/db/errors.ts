/**
 * What a database error means, on either database: a constraint another request's write decided
 * (a row that is already there, or one this row belongs to that was just deleted), or text the
 * database cannot store. Everything else is a fault of ours and stays a 500.
 */
export type DatabaseRefusal = 'unique' | 'foreign-key' | 'bad-text';

// better-sqlite3's SqliteError codes, and PostgreSQL's SQLSTATE codes.
const CODES: Record<string, DatabaseRefusal> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign-key',
  '23505': 'unique',
  '23503': 'foreign-key',
  // invalid_byte_sequence (a NUL character in text), untranslatable_character (\u0000 in JSON)
  '22021': 'bad-text',
  '22P05': 'bad-text',
};

export function databaseRefusal(e: unknown): DatabaseRefusal | null {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? (CODES[code] ?? null) : null;
}

export function isUniqueViolation(e: unknown): boolean {
  return databaseRefusal(e) === 'unique';
}
