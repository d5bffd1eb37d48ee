/** What the bare baselines draw: one mark per event, by lane (first actor), from its dates. */
export interface BaselineMark {
  readonly start: number;
  readonly end: number;
  readonly lane: number;
  readonly row: number;
}

const DAY = 86_400_000;

function day(text: string): number {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

/** Dates read the simplest correct way (the synthetic data only has days and day intervals). */
export function baselineMarks(data: { actors: { id: string }[]; events: { date: string; actors: string[] }[] }): BaselineMark[] {
  const lanes = new Map(data.actors.map((actor, index) => [actor.id, index]));
  return data.events.map((event, index) => {
    const [start, end] = event.date.split('/') as [string, string?];
    const from = day(start);
    return { start: from, end: (end ? day(end) : from) + DAY, lane: lanes.get(event.actors[0]!) ?? 0, row: index % 4 };
  });
}

export const EXTENT = { min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) };
export const LANE_HEIGHT = 60;
export const COLORS = ['#1b7f3b', '#c0392b', '#a85400', '#7f6500', '#00798c', '#7b3fa0'];
