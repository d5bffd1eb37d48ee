import { css } from 'lit';

/**
 * Colour classes shared by the elements: `side-<side>` and `type-<type>` set `--_fill` from the
 * `--sitrep-side-*` and `--sitrep-type-*` tokens; each element decides what `--_fill` paints.
 */
export const colorStyles = css`
  .type-battle { --_fill: var(--_type-battle); }
  .type-explosion { --_fill: var(--_type-explosion); }
  .type-violence-against-civilians { --_fill: var(--_type-violence-against-civilians); }
  .type-protest { --_fill: var(--_type-protest); }
  .type-riot { --_fill: var(--_type-riot); }
  .type-strategic { --_fill: var(--_type-strategic); }
  .side-opposition { --_fill: var(--_side-opposition); }
  .side-government { --_fill: var(--_side-government); }
  .side-pro-government { --_fill: var(--_side-pro-government); }
  .side-kurdish-led { --_fill: var(--_side-kurdish-led); }
  .side-pro-opposition { --_fill: var(--_side-pro-opposition); }
  .side-israel { --_fill: var(--_side-israel); }
  .side-civilian { --_fill: var(--_side-civilian); }
  .side-neutral { --_fill: var(--_side-neutral); }
  /* Marks whose colour would say something no label names (see SitrepTimeline.colorBy). */
  .uncoloured { --_fill: var(--_color-muted); }
`;
