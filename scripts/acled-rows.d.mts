/** The export's text `csv` with its rows repeated into `count` rows (ids X0, X1…, dates two years apart at most). */
export function repeatAcledRows(csv: string, count: number): string;
