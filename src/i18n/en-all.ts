import type { CoreMessages } from './messages.js';
import { enCore } from './en.js';
import { enVideo } from './en-video.js';
import { enAbout } from './en-about.js';

/**
 * Every English message of the widget in one table, for the text copy, `pages` and tests.
 * (The widget itself never imports this file: its core holds `enCore`, and the video panel's
 * and after-paint chunks bring their own words.)
 */
export const en: CoreMessages = { ...enCore, ...enVideo, ...enAbout };
