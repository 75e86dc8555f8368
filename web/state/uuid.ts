/**
 * A new record's id: a UUID version 7 (RFC 9562), the creation time in milliseconds followed by
 * random bits. Ids made one after another sort together, so the database adds each new row at the
 * end of its indexes instead of at a random page (bench:api measured about 40% more saves a second
 * than with random version 4 ids). The time in it is the record's creation time, which the record
 * carries anyway. crypto.getRandomValues works in every context, secure or not (a self-hosted
 * Lactea is often reached over plain http on a home network).
 */
export function newId(nowMs = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
