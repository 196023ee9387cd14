import { LogNow } from '@/components/LogNow';
import { editRecord, updateRecord } from '@/utils/shell/snapshot';
import { parseLocalDateTime, removeInfusion, removeSession, saveInfusion, saveSession } from '@/utils/treatment/edits';
import type { LogKind } from '@/utils/treatment/logNow';
import type { TreatmentKind } from '@/utils/treatment/record';

/**
 * The popup's "Log infusion" and "Log therapy session", wired to storage with the options page's
 * own edits: the background sees the new infusion and the badge turns to the window's hours.
 */
async function log(kind: LogKind, localInput: string): Promise<{ error: string } | { at: string }> {
  const now = new Date();
  const parsed = parseLocalDateTime(localInput, now);
  if ('error' in parsed) return parsed;
  const error = await editRecord('treatment', (r) =>
    kind === 'infusion' ? saveInfusion(r, { at: localInput, kind: 'infusion' }, now) : saveSession(r, { at: localInput, kind: 'kap' }, now),
  );
  return error === null ? { at: parsed.at } : { error };
}

const undo = (kind: LogKind, at: string) => updateRecord('treatment', (r) => (kind === 'infusion' ? removeInfusion(r, at) : removeSession(r, at)));

export function LogTreatment({ now, kind }: { now: Date; kind: TreatmentKind }) {
  return <LogNow now={now} kind={kind} onLog={log} onUndo={undo} />;
}
