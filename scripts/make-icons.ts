// Draws the app's icons (NHS blue, a white diamond: the pooled result of a forest plot) as PNGs, with no dependencies.
//   npx tsx scripts/make-icons.ts   → public/icons/icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of buffer) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** `diamond`: half-diagonal as a share of the size; a maskable icon keeps it inside the central safe zone. */
function png(size: number, diamond: number): Buffer {
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  const line = (size * 0.07) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const inDiamond = Math.abs(x - centre) + Math.abs(y - centre) <= size * diamond;
      // The interval line through the diamond, as on the chart.
      const inLine = Math.abs(y - centre) <= line && Math.abs(x - centre) <= size * (diamond + 0.18);
      row.set(inDiamond || inLine ? WHITE : BLUE, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const directory = new URL('../public/icons/', import.meta.url);
mkdirSync(directory, { recursive: true });
writeFileSync(new URL('icon-192.png', directory), png(192, 0.22));
writeFileSync(new URL('icon-512.png', directory), png(512, 0.22));
writeFileSync(new URL('icon-maskable-512.png', directory), png(512, 0.16));
writeFileSync(new URL('apple-touch-icon.png', directory), png(180, 0.22));
console.log('Wrote public/icons/*.png');
