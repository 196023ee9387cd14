import * as v from 'valibot';
import type { Settings } from './record';
import { DEFAULT_SETTINGS, SettingsSchema } from './record';
import type { RejectedValue } from '@/utils/treatment/record';

/**
 * Reads stored settings, keeping every valid field. An invalid field falls back to its
 * default and is returned as rejected (kept aside by the caller, never silently dropped).
 */
export function salvageSettings(raw: unknown): { settings: Settings; rejected: RejectedValue[] } {
  const whole = v.safeParse(SettingsSchema, raw);
  if (whole.success) return { settings: whole.output, rejected: [] };

  const rejected: RejectedValue[] = [];
  const isRecord = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (!isRecord) return { settings: DEFAULT_SETTINGS, rejected: [{ path: 'settings', value: raw, problem: 'not a settings record' }] };
  const source = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(source)) {
    const schema = (SettingsSchema.entries as Record<string, v.GenericSchema>)[key];
    if (!schema) {
      rejected.push({ path: `settings.${key}`, value, problem: 'unknown field' });
      continue;
    }
    const parsed = v.safeParse(schema, value);
    if (parsed.success) settings[key] = parsed.output;
    else rejected.push({ path: `settings.${key}`, value, problem: parsed.issues.map((i) => i.message).join('; ') });
  }
  return { settings: settings as unknown as Settings, rejected };
}
