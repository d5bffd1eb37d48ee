/**
 * Seeded synthetic conflict datasets for benchmarks and scale tests: about two years, six actor
 * lanes, about 85% single-day events and 15% intervals of 2–30 days.
 */

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['battle', 'explosion', 'violence-against-civilians', 'protest', 'riot', 'strategic'] as const;
const SIDES = ['opposition', 'government', 'pro-government', 'kurdish-led', 'pro-opposition', 'civilian'] as const;
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A dataset in the native format with `count` events, the same for the same seed. */
export function syntheticDataset(count: number, seed = 1) {
  const random = seededRandom(seed);
  const actors = SIDES.map((side, index) => ({ id: `actor-${index}`, name: `Actor ${index + 1}`, type: 'rebel', side }));
  const places = Array.from({ length: 20 }, (_, index) => ({ id: `place-${index}`, name: `Place ${index + 1}`, lat: 33 + random() * 4, lon: 35 + random() * 6 }));
  const events = Array.from({ length: count }, (_, index) => {
    const start = START + Math.floor(random() * 730) * DAY;
    const interval = random() < 0.15;
    const date = interval ? `${isoDay(start)}/${isoDay(start + (2 + Math.floor(random() * 29)) * DAY)}` : isoDay(start);
    return {
      id: `e${index}`,
      date,
      title: `Event ${index}`,
      type: TYPES[Math.floor(random() * TYPES.length)]!,
      actors: [actors[Math.floor(random() * actors.length)]!.id],
      place: places[Math.floor(random() * places.length)]!.id,
      sources: [{ name: 'Synthetic', url: 'https://example.org/' }],
    };
  });
  return { version: 1, title: `Synthetic (${count} events)`, actors, places, events };
}
