import qrcode from 'qrcode-generator';

/**
 * A QR code as data: the module matrix from qrcode-generator (`isDark`), turned into one SVG
 * path. Pages render the path with Preact elements and the download writes the same path into
 * a file; qrcode-generator's own markup (createSvgTag) is never put into a page.
 */
export interface QrMatrix {
  size: number;
  dark: boolean[][];
}

/** The matrix for `text`, with the strongest error correction that still fits; null if nothing fits. */
export function qrMatrix(text: string): QrMatrix | null {
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text, 'Byte');
      qr.make();
      const size = qr.getModuleCount();
      const dark = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
      return { size, dark };
    } catch {
      // Too long for this level: try the next, which holds more.
    }
  }
  return null;
}

/** QR codes need a quiet zone of 4 modules around them to scan reliably. */
export const QUIET_ZONE = 4;

/** One path of unit squares, a run of dark modules in a row drawn as one rectangle. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.dark.forEach((row, y) => {
    let x = 0;
    while (x < matrix.size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < matrix.size && row[x]) x += 1;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}

/** A standalone SVG file of the code, black on white, for printing or for a clinic's own materials. */
export function qrSvgFile(matrix: QrMatrix, title: string): string {
  const side = matrix.size + 2 * QUIET_ZONE;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side * 8}" height="${side * 8}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${side}" height="${side}" fill="#fff"/><path d="${qrPath(matrix)}" fill="#000"/></svg>\n`
  );
}
