/** @jsxImportSource preact */
/**
 * A Preact 11 page that uses the three elements, as a newsroom app would (a development fixture,
 * type-checked by `npm run typecheck` with Preact's JSX, as the pragma above chooses).
 */
import { createRef } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type {} from '../../src/preact.js';
import type { SitrepTimeline } from '../../src/index.js';
import type { SitrepSelectEvent } from '../../src/events/events.js';

export function PreactPage({ src }: { src: string }) {
  const timeline = useRef<SitrepTimeline>(null);
  const [chosen, setChosen] = useState('');
  const [loaded, setLoaded] = useState(0);
  return (
    <article>
      <p>
        Led by <sitrep-actor-card src={src} actor="hts" compact for="preact-timeline" />, the offensive began on 27 November,
        and some left by air <sitrep-route-chip src={src} route="evac-air-tehran" for="preact-timeline" onsitrep-route-select={(event) => setChosen(event.detail.routeId)} />.
      </p>
      <sitrep-timeline
        id="preact-timeline"
        ref={timeline}
        src={src}
        group-by="type"
        no-overview
        timeout={10_000}
        lang="ar"
        calendar="gregory"
        onsitrep-load={(event) => setLoaded(event.detail.dataset.events.length)}
        onsitrep-select={(event: SitrepSelectEvent) => setChosen(event.detail.event?.title ?? '')}
        onsitrep-range-change={(event) => setChosen(event.detail.start.toISOString())}
      />
      <p>
        <output>{loaded}</output> events; chosen: <output>{chosen}</output>
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
  // @ts-expect-error: a layout is auto, horizontal or vertical
  <sitrep-timeline layout="diagonal" />,
  // @ts-expect-error: the timeout is a number of milliseconds
  <sitrep-timeline timeout="soon" />,
  // @ts-expect-error: an actor card's event carries an actorId, not a routeId
  <sitrep-actor-card onsitrep-actor-select={(event) => event.detail.routeId} />,
  // @ts-expect-error: the ref is to a timeline, not an actor card
  <sitrep-actor-card ref={createRef<SitrepTimeline>()} />,
];
