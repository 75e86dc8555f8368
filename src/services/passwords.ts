/** Password hashing with argon2id. */
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum in the typings, which isolated modules cannot inline.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Hashing runs one at a time. Each takes a core for tens of milliseconds on libuv's threads; four
 * at once (its pool) left the server's one thread so little CPU that every request stalled for
 * seconds while sign-ups and sign-ins ran alongside. In a queue, only those wait.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await oneAtATime(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so timing does not tell. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummyHash;
}

let blocked: Promise<Set<string>> | null = null;

/** Lower case without accents: "Contraseña" and "contrasena" are one password to an attacker. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The dictionaries are loaded when a password is first set, not at start: they take ~0.4 s to load
 * and some 16 MB of memory (bench:start), and most starts never see a new password.
 */
function blocklist(): Promise<Set<string>> {
  blocked ??= Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'), import('@zxcvbn-ts/language-es-es')]).then(
    ([common, english, spanish]) =>
      new Set(
        [
          ...(common.dictionary['passwords-common'] as string[]),
          // A single dictionary word is among the first things tried (NIST SP 800-63B §5.1.1.2).
          ...(english.dictionary['commonWords-en'] as string[]),
          ...(spanish.dictionary['commonWords-es-es'] as string[]),
        ].map(fold),
      ),
  );
  return blocked;
}

/**
 * True for a password that is one of the ~49,000 most common ones (zxcvbn-ts), or one common
 * English or Spanish word, in any case, with or without accents, and with or without digits or
 * symbols tacked on the end ("Contraseña123").
 */
export async function isCommonPassword(password: string): Promise<boolean> {
  const list = await blocklist();
  const p = fold(password.trim());
  const stem = p.replace(/[\d\W_]+$/u, '');
  return list.has(p) || list.has(p.replace(/\s+/g, '')) || (stem.length >= 4 && list.has(stem));
}
