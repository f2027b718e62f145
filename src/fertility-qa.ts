/**
 * The one-file bundle: `<script type="module" src=".../fertility-qa.js">`
 * registers every element. (Bundler users import `fertility-qa` for the
 * classes and `fertility-qa/define.js` to register the tags.)
 */
import './define.js';
