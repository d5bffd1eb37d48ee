import { expect } from '@open-wc/testing';
import { listRows } from '../../src/layout/list-rows.js';
import { validateDataset } from '../../src/model/validate.js';
import { syntheticDataset } from '../../bench/synthetic.js';
import { smallDataset } from '../fixtures/small-dataset.js';

describe('listRows', () => {
  it('gives one row per event when they fit', () => {
    const events = validateDataset(smallDataset).dataset!.events;
    expect(listRows(events).map((row) => (row.kind === 'event' ? row.event.id : row.key))).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });

  it('groups by the finest period that fits, never more rows than asked, every event in one row', () => {
    const events = validateDataset(syntheticDataset(5000, 2)).dataset!.events;
    for (const maxRows of [150, 40, 12]) {
      const rows = listRows(events, maxRows);
      expect(rows.length, `max ${maxRows}`).to.be.at.most(maxRows);
      const counted = rows.reduce((sum, row) => sum + (row.kind === 'event' ? 1 : row.events.length), 0);
      expect(counted).to.equal(5000);
    }
    const units = new Set(listRows(events, 150).flatMap((row) => (row.kind === 'group' ? [row.unit] : [])));
    expect([...units]).to.deep.equal(['week']);
  });

  it('shows a period holding a single event as that event', () => {
    const events = validateDataset(syntheticDataset(200, 4)).dataset!.events;
    const rows = listRows(events, 150);
    for (const row of rows) if (row.kind === 'group') expect(row.events.length).to.be.above(1);
  });
});
