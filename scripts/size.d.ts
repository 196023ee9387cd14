// Types for scripts/size.js, for its unit test (tests/unit/scripts/size.test.ts).

export interface SizeRow {
  /** The entry ("popup", "background", …) or "popup-first-paint": the key of BUDGETS and --enforce. */
  name: string;
  /** As printed. */
  label: string;
  /** gzip -9 bytes of its JavaScript. */
  bytes: number;
  budget: number | null;
  over: boolean;
}

export const BUDGETS: Record<string, number>;
export function closure(file: string, options?: { dynamic?: boolean }, seen?: Set<string>): Set<string>;
export function entrySizes(out: string): SizeRow[];
