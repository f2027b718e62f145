/**
 * The one-file bundle: `<script type="module" src=".../fertility-qa.js">`
 * registers every element; the classes are exported too.
 */
import './define.js';
export * from './index.js';
