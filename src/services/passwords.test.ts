import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './passwords.js';

describe('isCommonPassword', () => {
  it.each(['password123', 'QWERTYUIOP', '1234567890', 'contraseña', 'Contraseña123', 'contrasena!', 'CONTRASEÑA', 'tequiero1234', 'mariposa2024', 'extraordinario', 'watermelon', 'Princesa.1234'])(
    'refuses %s',
    async (pw) => expect(await isCommonPassword(pw)).toBe(true),
  );

  it.each(['a long enough password', 'correct horse battery', 'mi bebé duerme poco', 'Xk29!qpw0rd55', 'leche de madrugada', 'x84629175300'])('accepts %s', async (pw) =>
    expect(await isCommonPassword(pw)).toBe(false),
  );
});
