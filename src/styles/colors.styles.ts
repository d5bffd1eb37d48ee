import { css } from 'lit';

/**
 * Colour classes shared by the elements: `side-<side>` and `type-<type>` set `--_fill` from the
 * `--sitrep-side-*` and `--sitrep-type-*` tokens; each element decides what `--_fill` paints.
 */
export const colorStyles = css`
  .type-battle { --_fill: var(--sitrep-type-battle); }
  .type-explosion { --_fill: var(--sitrep-type-explosion); }
  .type-violence-against-civilians { --_fill: var(--sitrep-type-violence-against-civilians); }
  .type-protest { --_fill: var(--sitrep-type-protest); }
  .type-riot { --_fill: var(--sitrep-type-riot); }
  .type-strategic { --_fill: var(--sitrep-type-strategic); }
  .side-opposition { --_fill: var(--sitrep-side-opposition); }
  .side-government { --_fill: var(--sitrep-side-government); }
  .side-pro-government { --_fill: var(--sitrep-side-pro-government); }
  .side-kurdish-led { --_fill: var(--sitrep-side-kurdish-led); }
  .side-pro-opposition { --_fill: var(--sitrep-side-pro-opposition); }
  .side-israel { --_fill: var(--sitrep-side-israel); }
  .side-civilian { --_fill: var(--sitrep-side-civilian); }
  .side-neutral { --_fill: var(--sitrep-side-neutral); }
`;
