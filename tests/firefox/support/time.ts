/** A datetime-local value for `hoursAgo` hours before now, in local time (Firefox runs in this process's time zone). */
export function localInput(hoursAgo: number, now = Date.now()): string {
  const d = new Date(now - hoursAgo * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "HH:mm" `minutes` from now in local time, and the moment that clock time next falls. */
export function clockAhead(minutes: number): { hhmm: string; when: number } {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = new Date();
  next.setHours(at.getHours(), at.getMinutes(), 0, 0);
  if (next.getTime() <= Date.now()) next.setDate(next.getDate() + 1);
  return { hhmm: `${pad(at.getHours())}:${pad(at.getMinutes())}`, when: next.getTime() };
}
