// Makes the screenshots small enough to commit (issue 14), with Node's zlib only: an opaque PNG
// becomes an 8-bit palette PNG. Up to 256 colours that is lossless; above, the colours are cut to
// 256 by median cut (a UI screenshot's extra colours are the anti-aliased edges of text). The
// smaller of the two files is kept.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGB pixels of an 8-bit, non-interlaced, opaque RGB or RGBA PNG; null for anything else. */
function decode(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return null;
  let at = 8;
  let header = null;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlace: data[12] };
    else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (!header || header.depth !== 8 || header.interlace !== 0 || (header.colour !== 2 && header.colour !== 6)) return null;
  const { width, height } = header;
  const bpp = header.colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    if (bpp === 4 && out[i * 4 + 3] !== 255) return null; // transparency: leave the file as it is
    rgb[i * 3] = out[i * bpp];
    rgb[i * 3 + 1] = out[i * bpp + 1];
    rgb[i * 3 + 2] = out[i * bpp + 2];
  }
  return { width, height, rgb };
}

/** Up to 256 colours standing for `counts` (colour → pixels), by median cut. */
function medianCut(counts) {
  const colours = [...counts.entries()].map(([key, n]) => ({ r: key >> 16, g: (key >> 8) & 0xff, b: key & 0xff, n }));
  let boxes = [colours];
  while (boxes.length < 256) {
    // Split the box with the widest channel range, weighted by how many pixels it holds.
    let best = -1, bestScore = 0, bestChannel = 'r';
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      for (const channel of ['r', 'g', 'b']) {
        let lo = 255, hi = 0, n = 0;
        for (const c of box) (lo = Math.min(lo, c[channel])), (hi = Math.max(hi, c[channel])), (n += c.n);
        const score = (hi - lo) * Math.sqrt(n);
        if (score > bestScore) (bestScore = score), (best = i), (bestChannel = channel);
      }
    });
    if (best < 0) break;
    const box = boxes[best].sort((x, y) => x[bestChannel] - y[bestChannel]);
    const half = box.reduce((s, c) => s + c.n, 0) / 2;
    let cut = 0;
    for (let seen = 0; cut < box.length - 1 && seen + box[cut].n < half; cut++) seen += box[cut].n;
    cut = Math.max(1, cut);
    boxes = [...boxes.slice(0, best), box.slice(0, cut), box.slice(cut), ...boxes.slice(best + 1)];
  }
  return boxes.map((box) => {
    // The most common colour of each box: flat UI colours stay exact.
    const top = box.reduce((a, c) => (c.n > a.n ? c : a));
    return [top.r, top.g, top.b];
  });
}

/** The PNG, smaller: an 8-bit palette where that is smaller; else the input unchanged. */
export function compressPng(png) {
  const image = decode(png);
  if (!image) return png;
  const { width, height, rgb } = image;
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = counts.size <= 256 ? [...counts.keys()].map((k) => [k >> 16, (k >> 8) & 0xff, k & 0xff]) : medianCut(counts);
  const nearest = new Map();
  const indexOf = (key) => {
    let index = nearest.get(key);
    if (index !== undefined) return index;
    const r = key >> 16, g = (key >> 8) & 0xff, b = key & 0xff;
    let bestDistance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = 2 * (r - pr) ** 2 + 4 * (g - pg) ** 2 + 3 * (b - pb) ** 2;
      if (d < bestDistance) (bestDistance = d), (index = i);
    });
    nearest.set(key, index);
    return index;
  };
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      rows[y * (width + 1) + 1 + x] = indexOf((rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // palette
  const out = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return out.length < png.length ? out : png;
}
