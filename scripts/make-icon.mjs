// Draws media/icon.png (128×128), the extension's icon on its page: a folded newspaper
// with a quotation mark, as in the activity bar icon (media/press-review.svg), white on
// blue. Drawn here with a few shapes and written with node:zlib, so no image tool or
// download is needed. Run it again after a change: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel side, for smooth edges
const BLUE = [31, 78, 121];
const WHITE = [255, 255, 255];
const INK = [31, 78, 121];

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

// Painted in order; the last shape that holds a point gives its color.
const layers = [
  [roundRect(0, 0, 128, 128, 24), BLUE],
  [union(roundRect(22, 24, 98, 104, 6), roundRect(86, 40, 108, 104, 6)), WHITE],
  [rect(96, 48, 99, 100), BLUE], // the fold between the page and its back
  // Lines of text, and a quotation mark: two dots with tails.
  [union(rect(32, 36, 88, 42), rect(32, 78, 88, 83), rect(32, 89, 88, 94), rect(32, 69, 60, 73)), INK],
  [union(disc(42, 56, 7), disc(62, 56, 7), rect(35, 56, 41, 66), rect(55, 56, 61, 66)), INK],
];

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  pixels[y * (SIZE * 4 + 1)] = 0; // no filter
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS;
        const py = y + (sy + 0.5) / SS;
        let color = null;
        for (const [shape, c] of layers) if (shape(px, py)) color = c;
        if (color) {
          for (let k = 0; k < 3; k++) sum[k] += color[k];
          sum[3] += 255;
        }
      }
    }
    const n = SS * SS;
    const covered = sum[3] / 255;
    const at = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k++) pixels[at + k] = covered ? Math.round(sum[k] / covered) : 0;
    pixels[at + 3] = Math.round(sum[3] / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
