#!/usr/bin/env node
/**
 * Draws the add-in's mark (a page with a folded corner and bulleted lines, i.e. a job description)
 * into assets/icon-<size>.png at the sizes the manifest declares. No image library: shapes are
 * sampled on a 4x4 grid per pixel for anti-aliasing and written by a tiny PNG encoder (node's zlib).
 * Usage: node scripts/make-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BRAND = [15, 108, 189]; // Fluent's Office brand blue
const FOLD = [115, 170, 224];
const WHITE = [255, 255, 255];
const SUBSAMPLES = 4;

// ---- PNG encoding -------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (width*height*4 bytes) to a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- The mark, in unit coordinates (0..1, y down) ------------------------------------------------

const PAGE = { left: 0.16, top: 0.05, right: 0.84, bottom: 0.95, radius: 0.07, fold: 0.24 };
const ROWS = [0.42, 0.6, 0.78];
const BULLET = { x: 0.32, r: 0.055 };
const LINE = { left: 0.43, right: 0.72, half: 0.04 };

/** Snaps edges and line centres to the pixel grid, so small sizes stay crisp instead of blurred. */
function hinted(size) {
  const edge = (v) => Math.round(v * size) / size;
  const centre = (v) => (Math.floor(v * size) + 0.5) / size;
  return {
    page: { ...PAGE, left: edge(PAGE.left), right: edge(PAGE.right), top: edge(PAGE.top), bottom: edge(PAGE.bottom) },
    rows: ROWS.map(centre),
    bullet: { x: centre(BULLET.x), r: Math.max(0.75 / size, BULLET.r) },
    line: {
      left: edge(LINE.left),
      right: edge(LINE.right),
      half: Math.max(0.5, Math.round(LINE.half * size * 2) / 2) / size,
    },
  };
}

function insideRoundedRect(page, x, y) {
  const r = page.radius;
  const cx = Math.min(Math.max(x, page.left + r), page.right - r);
  const cy = Math.min(Math.max(y, page.top + r), page.bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at a point, or null for transparent. */
function colourAt({ page, rows, bullet, line }, x, y) {
  if (!insideRoundedRect(page, x, y)) return null;
  const cornerX = page.right - page.fold;
  const cornerY = page.top + page.fold;
  if (x > cornerX && y < cornerY) {
    const aboveDiagonal = x - cornerX > y - page.top;
    return aboveDiagonal ? null : FOLD; // the cut-away corner, and the flap folded over it
  }
  for (const row of rows) {
    if ((x - bullet.x) ** 2 + (y - row) ** 2 <= bullet.r ** 2) return WHITE;
    const capX = Math.min(Math.max(x, line.left), line.right);
    if (Math.abs(x - capX) <= line.half && Math.abs(y - row) <= line.half) return WHITE;
  }
  return BRAND;
}

function drawIcon(size) {
  const geometry = hinted(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const c = colourAt(geometry, (px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / SUBSAMPLES ** 2);
      }
    }
  }
  return encodePng(size, size, rgba);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
