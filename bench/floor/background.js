// The floor for the background figure: a worker that answers its alarm by setting the badge,
// as Afterglow's badge alarm does, with nothing read and nothing else registered.
chrome.alarms.onAlarm.addListener(() => chrome.action.setBadgeText({ text: 'ok' }));
