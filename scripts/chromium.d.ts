export const CHROMIUM_PATH: string;
export function chromiumArgs(extensionDirs: string[]): string[];
