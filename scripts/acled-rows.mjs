/**
 * A large ACLED export for benchmarks, tests, checks and stories: the rows of the shipped export
 * (`data/syria-2024-acled.csv`, written from the native file, not ACLED data) repeated into as
 * many rows as asked, each with an id of its own and a date spread over 2023–2024. Pure: runs in
 * Node and in the browser alike.
 */

/** The export's text `csv` with its rows repeated into `count` rows (ids X0, X1…, dates two years apart at most). */
export function repeatAcledRows(csv, count) {
  const [header, ...rows] = csv.trim().split('\n');
  const out = [header];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor((i / count) * 730) * 86_400_000).toISOString().slice(0, 10);
    // The first three columns are event_id_cnty, event_date and year.
    out.push(rows[i % rows.length].replace(/^[^,]+,\d{4}-\d\d-\d\d,\d{4}/, `X${i},${day},${day.slice(0, 4)}`));
  }
  return out.join('\n');
}
