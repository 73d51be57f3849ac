// Draws KeyHaven's icon (a white padlock on a blue rounded square) as PNGs, with no image
// library: the extension's toolbar and store icons and the dashboard's installable-app icons
// (web/public/icons, a maskable one with the padlock inside the safe zone). Run after a change
// to the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BG = [29, 78, 216];
const FG = [255, 255, 255];
const HOLE = [15, 23, 42];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at (x, y) in a unit square; `full` fills the square (maskable), `pad` shrinks the lock. */
function colour(x, y, full, scale) {
  const bg = full || inRoundRect(x, y, 0, 0, 1, 1, 0.22);
  if (!bg) return null;
  // Lock coordinates: centred, scaled.
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const body = inRoundRect(u, v, 0.24, 0.44, 0.76, 0.84, 0.07);
  const d = Math.hypot(u - 0.5, v - 0.44);
  const shackle = v <= 0.46 && d >= 0.12 && d <= 0.19 && v >= 0.18;
  const hole =
    Math.hypot(u - 0.5, v - 0.6) <= 0.055 || (Math.abs(u - 0.5) <= 0.025 && v >= 0.6 && v <= 0.73);
  if (body && hole) return HOLE;
  if (body || shackle) return FG;
  return BG;
}

function draw(size, { full = false, scale = 1 } = {}) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colour((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, full, scale);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return png(size, rgba);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const ext = `${root}public/icons`;
const web = `${root}../web/public/icons`;
mkdirSync(ext, { recursive: true });
mkdirSync(web, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`${ext}/icon-${size}.png`, draw(size));
for (const size of [192, 512]) writeFileSync(`${web}/icon-${size}.png`, draw(size));
writeFileSync(`${web}/icon-maskable-512.png`, draw(512, { full: true, scale: 0.72 }));
writeFileSync(`${web}/apple-touch-icon.png`, draw(180, { full: true, scale: 0.8 }));
console.log('icons: extension/public/icons, web/public/icons');
