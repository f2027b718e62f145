// The API page: api-viewer-element reads custom-elements.json; our own
// elements are registered so its live examples work.
import 'api-viewer-element';
import '../src/fertility-qa.ts';
