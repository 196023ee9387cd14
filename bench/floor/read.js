// The least a page pays whose content waits for one storage.local read, as the popup's phase
// card waits for the treatment record: the script floor plus one round trip to the browser.
const { treatment } = await chrome.storage.local.get('treatment');
const main = document.createElement('main');
const card = main.appendChild(document.createElement('section'));
card.dataset.testid = 'phase-card';
card.appendChild(document.createElement('h1')).textContent = treatment ?? 'Empty page';
document.body.append(main);
