import { baselineMarks, COLORS, EXTENT, LANE_HEIGHT } from './shared.js';

/** The floor: every event as a filled rectangle on one canvas, redrawn whole on each zoom step. */
export function drawCanvas(data: Parameters<typeof baselineMarks>[0], box: HTMLElement, width: number) {
  const marks = baselineMarks(data);
  const starts = Float64Array.from(marks, (mark) => mark.start);
  const ends = Float64Array.from(marks, (mark) => mark.end);
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  const height = 6 * LANE_HEIGHT;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  box.append(canvas);
  const context = canvas.getContext('2d')!;
  context.scale(ratio, ratio);
  const draw = (start: number, end: number) => {
    const k = width / (end - start);
    context.clearRect(0, 0, width, height);
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!;
      context.fillStyle = COLORS[mark.lane]!;
      context.fillRect((starts[i]! - start) * k, mark.lane * LANE_HEIGHT + mark.row * 13, Math.max(1, (ends[i]! - starts[i]!) * k), 11);
    }
  };
  draw(EXTENT.min, EXTENT.max);
  return { update: (window: { start: number; end: number }) => draw(window.start, window.end) };
}
