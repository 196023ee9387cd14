import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrPath, qrSvgFile } from '@/utils/clinic/qrCode';

/** Reads the path back into the set of dark cells it draws. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i += 1) cells.add(`${Number(x) + i - QUIET_ZONE},${Number(y) - QUIET_ZONE}`);
  }
  return cells;
}

describe('the QR code of a link', () => {
  const link = 'https://start.example.org/#afterglow=1.eJyrVkrLz1eyUkpKLFKqBQAc8gRd';

  it('draws exactly the dark modules of the matrix, with the finder patterns in three corners', () => {
    const matrix = qrMatrix(link)!;
    const dark = new Set<string>();
    matrix.dark.forEach((row, y) => row.forEach((on, x) => on && dark.add(`${x},${y}`)));
    expect(cellsOf(qrPath(matrix))).toEqual(dark);
    // A finder pattern's outer ring: the top-left, top-right and bottom-left 7×7 corners.
    const last = matrix.size - 1;
    const corners: Array<[number, number]> = [[0, 0], [6, 0], [0, 6], [last, 0], [last - 6, 6], [0, last], [6, last - 6]];
    for (const [x, y] of corners) expect(matrix.dark[y]![x]).toBe(true);
  });

  it('grows with the link and still fits a link at the 2 KB limit', () => {
    const short = qrMatrix(link)!;
    const long = qrMatrix(`https://start.example.org/#afterglow=1.${'A'.repeat(2040)}`);
    expect(long).not.toBeNull();
    expect(long!.size).toBeGreaterThan(short.size);
  });

  it('gives nothing for text no QR code can hold', () => {
    expect(qrMatrix('A'.repeat(5000))).toBeNull();
  });

  it('writes a standalone SVG file with the title as text', () => {
    const file = qrSvgFile(qrMatrix(link)!, 'Set up Afterglow for A & B <Clinic>');
    expect(file).toContain('<title>Set up Afterglow for A &amp; B &lt;Clinic&gt;</title>');
    expect(file).toMatch(/^<\?xml[^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(file).not.toContain('<script');
  });
});
