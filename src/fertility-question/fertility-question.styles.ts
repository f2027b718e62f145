import { css } from 'lit';

export const fertilityQuestionStyles = css`
  .question {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .category {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .title {
    margin: 0.25rem 0 0.5rem;
    font-size: 1.35em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0 0 0.5rem;
  }
  .meta {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta span + span::before {
    content: ' · ';
  }
  .placeholder {
    min-block-size: 12rem;
  }
  .placeholder .bar {
    block-size: 1em;
    margin-block: 0.75rem;
    border-radius: 0.25rem;
    background: var(--_border);
    opacity: 0.5;
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .bar:nth-child(2) {
    inline-size: 70%;
    block-size: 1.5em;
  }
  @keyframes pulse {
    to {
      opacity: 0.2;
    }
  }
`;

export const compactStyles = css`
  :host([compact]) .question {
    padding: 0;
    border: 0;
    background: none;
  }
`;
