/**
 * Handing the landing page from a phone to the computer (issue 17): a clinic's QR code opens
 * the page on the phone that scans it, where Afterglow cannot be installed. Pure: the page
 * passes in what it reads from navigator and matchMedia.
 */
export interface DeviceHints {
  userAgent: string;
  /** navigator.maxTouchPoints: iPadOS reports itself as a Mac, but with touch. */
  maxTouchPoints: number;
  platform: string;
  /** The viewport is phone-sized (site/landing.tsx: max-width 37.5rem). */
  narrow: boolean;
}

export function isPhoneOrTablet({ userAgent, maxTouchPoints, platform, narrow }: DeviceHints): boolean {
  if (/Android|iPhone|iPad|iPod|Mobile|Silk|Kindle/i.test(userAgent)) return true;
  if (platform === 'MacIntel' && maxTouchPoints > 1) return true;
  return narrow;
}

/** A mailto: link to send the page's address to oneself; the address names no patient. */
export const emailToSelfHref = (subject: string, url: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(url)}`;
