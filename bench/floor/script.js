// The least any script-rendered page costs: one module that puts the element in the page, with
// no framework and no storage read. Measured beside empty.html to show that part of a ratio.
const main = document.createElement('main');
const card = main.appendChild(document.createElement('section'));
card.dataset.testid = 'phase-card';
card.appendChild(document.createElement('h1')).textContent = 'Empty page';
document.body.append(main);
