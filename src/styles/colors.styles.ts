import { css } from 'lit';

/**
 * Colour classes shared by the elements: `side-<side>` and `type-<type>` set `color` from the
 * `--sitrep-side-*` and `--sitrep-type-*` tokens; each element paints with `currentColor` what the
 * colour stands for (a mark's fill, a key's background). They set a standard property, not a
 * custom one: an element that declares its own custom property restyles slower, and the marks of
 * a timeline restyle on every frame of a zoom (bench/WHY.md).
 */
export const colorStyles = css`
  .type-battle { color: var(--_type-battle); }
  .type-explosion { color: var(--_type-explosion); }
  .type-violence-against-civilians { color: var(--_type-violence-against-civilians); }
  .type-protest { color: var(--_type-protest); }
  .type-riot { color: var(--_type-riot); }
  .type-strategic { color: var(--_type-strategic); }
  .side-opposition { color: var(--_side-opposition); }
  .side-government { color: var(--_side-government); }
  .side-pro-government { color: var(--_side-pro-government); }
  .side-kurdish-led { color: var(--_side-kurdish-led); }
  .side-pro-opposition { color: var(--_side-pro-opposition); }
  .side-israel { color: var(--_side-israel); }
  .side-civilian { color: var(--_side-civilian); }
  .side-neutral { color: var(--_side-neutral); }
  /* Marks whose colour would say something no label names (see SitrepTimeline.colorBy). */
  .uncoloured { color: var(--_color-muted); }
`;
