import { css } from 'lit';

/** The preview's controls and frame. The radio drawn in the label's own colour: on the checked (blue) pill a white ring and dot, not the browser's blue dot on blue (WCAG 1.4.11, 3:1). */
export const editorPreviewStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }
  fieldset {
    display: flex;
    gap: 0.25rem;
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    float: inline-start;
    margin-inline-end: 0.5rem;
    padding-block: 0.35rem;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.3rem 0.6rem;
    border: 1px solid #57606a;
    border-radius: 0.4rem;
    cursor: pointer;
  }
  label:has(input:checked) {
    background: #0b5cad;
    border-color: #0b5cad;
    color: #fff;
  }
  input[type='radio'] {
    appearance: none;
    margin: 0;
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  input[type='radio']:checked {
    background: currentColor;
    box-shadow: inset 0 0 0 2px #0b5cad;
  }
  @media (forced-colors: active) {
    input[type='radio'] {
      appearance: auto;
    }
  }
  label:has(input:focus-visible) {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
  .frame {
    box-sizing: border-box;
    margin-inline: auto;
    border: 1px solid #8c959f;
    border-radius: 0.75rem;
    padding: 1rem;
    background: #fff;
    color: #1f2328;
    overflow: auto;
    max-block-size: calc(100vh - 12rem);
  }
  .frame.phone {
    inline-size: 390px;
    max-inline-size: 100%;
  }
  .empty {
    color: #57606a;
  }
`;
