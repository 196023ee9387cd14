import { looksLikeCode } from './code';

/**
 * The handshake between the clinic landing page and the extension. The content script
 * (entrypoints/clinic-landing.content.ts) runs only on the landing origin set at build time,
 * reads the link's fragment when the patient chooses "Finish the setup", and asks the
 * background to open the setup page. The background trusts nothing in the message: it checks
 * who sent it and that the code has a code's shape; the setup page decodes and validates it
 * and shows the preview, and nothing changes until the patient confirms.
 */
export const OPEN_SETUP = 'afterglow:open-clinic-setup';

export interface OpenSetupMessage {
  type: typeof OPEN_SETUP;
  code: string;
}

/** The part of runtime.MessageSender the check needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: unknown;
}

/**
 * Whether a message is an open-setup request from our own content script in the top frame of
 * a landing-page tab. `landingOrigin` is the build's (null: no landing page, so never).
 */
export function isSetupRequest(message: unknown, sender: SenderInfo, ownId: string, landingOrigin: string | null): message is OpenSetupMessage {
  if (!landingOrigin || typeof message !== 'object' || message === null) return false;
  const { type, code } = message as Record<string, unknown>;
  if (type !== OPEN_SETUP || !looksLikeCode(code)) return false;
  if (sender.id !== ownId || !sender.tab || sender.frameId !== 0 || !sender.url) return false;
  try {
    return new URL(sender.url).origin === landingOrigin;
  } catch {
    return false;
  }
}

/** The setup page's path with the code, for runtime.getURL. */
export const setupPagePath = (code: string) => `/setup.html#afterglow=${code}` as const;
