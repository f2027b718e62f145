import { css } from 'lit';

/**
 * The editor's look: plain, high-contrast forms (WCAG 2.2 AA), a visible focus ring everywhere, two panes from 50rem.
 * The actions stay in reach while the form scrolls, where the window is tall enough for them not to hide it (not at 200% zoom on a laptop, nor a phone held sideways). A field reached by Tab scrolls clear of them (WCAG 2.4.11): --bar-size is the bar's height, kept by the editor.
 * The Ctrl+S hint is hidden on touch screens, which have no Ctrl key. (Comments stay out of the
 * css`` text: the editor's build ships its literals as written.)
 */
export const feedEditorStyles = css`
  :host {
    display: block;
    color: #1f2328;
    background: #f6f8fa;
    font: 1rem/1.5 system-ui, sans-serif;
  }
  .editor {
    padding: 0.75rem 1rem 2rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    background: #f6f8fa;
  }
  @media (min-height: 36rem) {
    .bar {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
      margin-inline: -1rem;
      padding: 0.5rem 1rem 0;
      border-block-end: 1px solid #d0d7de;
    }
    :is(button, input, select, textarea, summary) {
      scroll-margin-block: calc(var(--bar-size, 0px) + 0.75rem) 0.75rem;
    }
  }
  .bar .status {
    flex-basis: 100%;
  }
  .shortcut {
    font-size: 0.85rem;
    color: #57606a;
  }
  @media (hover: none) and (pointer: coarse) {
    .shortcut {
      display: none;
    }
  }
  h1 {
    font-size: 1.35rem;
    margin: 0;
  }
  h1 .file {
    font-weight: 400;
    font-size: 1rem;
    color: #57606a;
    margin-inline-start: 0.5rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    padding: 0.4rem 0.75rem;
    border: 1px solid #57606a;
    border-radius: 0.4rem;
    background: #fff;
    cursor: pointer;
    min-block-size: 2.25rem;
  }
  button.primary {
    background: #0b5cad;
    border-color: #0b5cad;
    color: #fff;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  :is(button, input, select, textarea, [tabindex]):focus-visible {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
  .ui-lang {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .status {
    min-block-size: 1.5em;
    margin: 0.5rem 0;
    font-weight: 600;
  }
  .layout {
    display: grid;
    gap: 1.25rem;
  }
  .layout > * {
    min-inline-size: 0;
  }
  @media (min-width: 50rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      inset-block-start: calc(var(--bar-size, 0px) + 0.5rem);
    }
  }
  @media (min-width: 80rem) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
  }
  .form {
    display: grid;
    gap: 1rem;
  }
  section,
  .all-good {
    background: #fff;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    padding: 0.9rem 1rem;
    margin: 0;
  }
  .summary {
    border: 2px solid #a40e26;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0.15rem 0;
    min-block-size: 0;
    text-align: start;
    color: #0b5cad;
    text-decoration: underline;
  }
  .where {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-block-end: 0.75rem;
  }
  .field > label {
    font-weight: 600;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  .field.check .hint {
    grid-column: 2;
  }
  .required {
    font-weight: 400;
    color: #57606a;
    font-size: 0.875rem;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4rem 0.55rem;
    border: 1px solid #6e7781;
    border-radius: 0.4rem;
    background: #fff;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid #a40e26;
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
    color: #57606a;
  }
  .field-problems {
    margin: 0.15rem 0 0;
    padding-inline-start: 1.1rem;
    color: #a40e26;
    font-size: 0.9rem;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0 0.75rem;
  }
  .items {
    list-style: none;
    margin: 0 0 0.6rem;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .item {
    border: 1px solid #d0d7de;
    border-radius: 0.4rem;
    background: #fff;
  }
  .item.drop-target {
    box-shadow: 0 -3px 0 #0969da;
  }
  .item.dragged {
    opacity: 0.5;
  }
  .item-head {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.25rem;
  }
  .handle {
    cursor: grab;
    padding: 0.25rem;
    color: #57606a;
    user-select: none;
  }
  button.toggle {
    flex: 1;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    text-align: start;
    border-color: transparent;
    min-inline-size: 0;
  }
  button.toggle::before {
    content: '▸';
    color: #57606a;
  }
  button.toggle[aria-expanded='true']::before {
    content: '▾';
  }
  :host(:dir(rtl)) button.toggle::before,
  .editor[dir='rtl'] button.toggle[aria-expanded='false']::before {
    content: '◂';
  }
  .heading {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .badge {
    font-size: 0.8rem;
    background: #a40e26;
    color: #fff;
    border-radius: 1rem;
    padding: 0 0.5rem;
    white-space: nowrap;
  }
  button.icon {
    inline-size: 2.25rem;
    padding: 0;
  }
  .item-body {
    padding: 0.5rem 0.75rem 0.75rem;
    border-block-start: 1px solid #d0d7de;
  }
  .remove {
    color: #a40e26;
    border-color: #a40e26;
  }
  fieldset.sub {
    border: 1px solid #d0d7de;
    border-radius: 0.4rem;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
  }
  fieldset.sub > legend {
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .toolbar button {
    min-inline-size: 2.25rem;
    padding: 0.2rem 0.5rem;
  }
  dialog.confirm {
    box-sizing: border-box;
    max-inline-size: min(32rem, calc(100vw - 2rem));
    border: 1px solid #57606a;
    border-radius: 0.5rem;
    padding: 1.25rem;
    color: #1f2328;
    background: #fff;
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.confirm .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    justify-content: flex-end;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;
