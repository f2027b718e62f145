import type { EditorMessages } from './en.js';

const table: Partial<EditorMessages> = {};
export default table;
