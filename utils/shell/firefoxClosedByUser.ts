/**
 * Firefox reports every closed notification as closed by the user: `byUser` is always true
 * (Mozilla bug 1413188, "Support the byUser argument"), also when the notification times out,
 * when the desktop cannot show it, and when Afterglow itself clears it after Done or Snooze.
 * There a close tells nothing about the patient, so it is not taken as their answer.
 * Found by the Firefox end-to-end suite (tests/firefox/nudges.firefox.test.ts).
 */
export function closedByUser(byUser: boolean): boolean {
  return byUser && !import.meta.env.FIREFOX;
}
