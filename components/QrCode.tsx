import type { QrMatrix } from '@/utils/clinic/qrCode';
import { QUIET_ZONE, qrPath } from '@/utils/clinic/qrCode';

/** A QR code drawn from its module matrix with Preact elements (never injected markup). */
export function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges" data-testid="qr-code">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
