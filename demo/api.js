// The API page: api-viewer-element reads custom-elements.json; our own
// elements are registered so its live examples work.
import 'api-viewer-element';
import '../src/fertility-qa.ts';

// The page opens on <fertility-question> (the `selected` attribute); the viewer sets its
// picker's value before the options exist, so the picker is told again once it has them.
const viewer = document.getElementById('api');
const picker = setInterval(() => {
  const select = viewer?.shadowRoot?.querySelector('select');
  if (!select || select.options.length === 0) return;
  clearInterval(picker);
  select.value = viewer.selected;
}, 50);
