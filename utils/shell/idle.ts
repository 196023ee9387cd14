import { browser } from 'wxt/browser';

export type IdleState = 'active' | 'idle' | 'locked';

/** Five minutes without input counts as time away: a natural break, like a short walk. */
export const IDLE_BREAK_SECONDS = 300;

export const queryIdle = (): Promise<IdleState> => browser.idle.queryState(IDLE_BREAK_SECONDS) as Promise<IdleState>;

/** Calls back on every change between active, idle and locked. Register synchronously at worker start. */
export function watchIdle(callback: (state: IdleState) => void): void {
  browser.idle.setDetectionInterval(IDLE_BREAK_SECONDS);
  browser.idle.onStateChanged.addListener((state) => callback(state as IdleState));
}
