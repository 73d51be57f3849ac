// Writes identifiers.txt: strings that look random but are no API keys — base64 blobs, UUIDs,
// git commit ids, SHA-256 digests, npm integrity hashes, JWT-shaped tokens, CSS/asset hashes —
// from a fixed seed, so the file is the same on every run. `node make-identifiers.mjs`.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

let seed = 0x4b657948;
function rand() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed;
}
function bytes(n) {
  return Buffer.from(Array.from({ length: n }, () => rand() >>> 24));
}
const lines = [];
for (let i = 0; i < 600; i++) {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  lines.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
}
for (let i = 0; i < 600; i++) lines.push(createHash('sha1').update(bytes(20)).digest('hex'));
for (let i = 0; i < 400; i++) lines.push(`sha256:${createHash('sha256').update(bytes(8)).digest('hex')}`);
for (let i = 0; i < 300; i++) lines.push(`"integrity": "sha512-${createHash('sha512').update(bytes(8)).digest('base64')}"`);
for (let i = 0; i < 200; i++) lines.push(bytes(48 + (i % 200)).toString('base64'));
for (let i = 0; i < 100; i++) lines.push(`data:image/png;base64,${bytes(300).toString('base64')}`);
for (let i = 0; i < 200; i++) {
  const part = (n) => bytes(n).toString('base64url');
  lines.push(`Authorization: Bearer ${part(27)}.${part(90)}.${part(32)}`);
}
for (let i = 0; i < 300; i++) lines.push(`/assets/index-${bytes(6).toString('base64url')}.js`);
for (let i = 0; i < 300; i++) lines.push(`session_id=${bytes(24).toString('hex')}; Path=/; HttpOnly`);
for (let i = 0; i < 200; i++) lines.push(`ETag: W/"${bytes(20).toString('base64url')}"`);
for (let i = 0; i < 200; i++) lines.push(`https://example.com/download/${bytes(18).toString('base64url')}?v=${rand()}`);
writeFileSync(new URL('identifiers.txt', import.meta.url), `${lines.join('\n')}\n`);
