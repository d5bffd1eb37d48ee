/**
 * A React 19 page that uses the three elements, as a newsroom app would (a development fixture:
 * type-checked by `npm run typecheck`, run by the story "Frameworks/React 19").
 */
import { useRef, useState } from 'react';
import type {} from '../../src/react.js';
import type { SitrepTimeline } from '../../src/index.js';
import type { SitrepSelectEvent } from '../../src/events/events.js';

export function ReactPage({ src }: { src: string }) {
  const timeline = useRef<SitrepTimeline>(null);
  const [chosen, setChosen] = useState('');
  const [loaded, setLoaded] = useState(0);
  return (
    <article>
      <p>
        Led by <sitrep-actor-card src={src} actor="hts" compact for="react-timeline" />, the offensive began on 27 November.
      </p>
      <sitrep-timeline
        id="react-timeline"
        ref={timeline}
        src={src}
        group-by="type"
        no-overview
        timeout={10_000}
        onsitrep-load={(event) => setLoaded(event.detail.dataset.events.length)}
        onsitrep-select={(event: SitrepSelectEvent) => setChosen(event.detail.event?.title ?? '')}
      />
      <p>
        <output data-testid="loaded">{loaded}</output> events; chosen: <output data-testid="chosen">{chosen}</output>
      </p>
      <button type="button" onClick={() => timeline.current?.next()}>
        Next event
      </button>
    </article>
  );
}

// Types are checked, not only accepted: each line below must fail to type-check.
export const wrong = [
  // @ts-expect-error: not a grouping the timeline knows
  <sitrep-timeline group-by="colour" />,
  // @ts-expect-error: a route chip's mode is air, land or sea
  <sitrep-route-chip mode="rail" />,
  // @ts-expect-error: the select event's detail has no "id"
  <sitrep-timeline onsitrep-select={(event) => event.detail.id} />,
];
