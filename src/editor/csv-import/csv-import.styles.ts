import { css } from 'lit';

export const csvImportStyles = css`
  dialog {
    max-inline-size: min(52rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    border: 1px solid #57606a;
    border-radius: 0.5rem;
    padding: 1.25rem;
    color: #1f2328;
    background: #fff;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    margin-block-start: 0;
    font-size: 1.25rem;
  }
  .mapping {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.6rem 1rem;
    margin-block: 1rem;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-weight: 600;
  }
  select,
  button {
    font: inherit;
    padding: 0.4rem 0.6rem;
    border-radius: 0.4rem;
    border: 1px solid #57606a;
    background: #fff;
    color: inherit;
  }
  button.primary {
    background: #0b5cad;
    border-color: #0b5cad;
    color: #fff;
  }
  :is(select, button):focus-visible {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
  .table-wrap {
    overflow: auto;
    max-block-size: 14rem;
    border: 1px solid #d0d7de;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    inline-size: 100%;
  }
  th,
  td {
    border: 1px solid #d0d7de;
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
    max-inline-size: 16rem;
    overflow-wrap: anywhere;
  }
  .errors {
    color: #a40e26;
  }
  .buttons {
    display: flex;
    gap: 0.6rem;
    justify-content: flex-end;
    margin-block-start: 1rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: appear 120ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
      }
    }
  }
`;
