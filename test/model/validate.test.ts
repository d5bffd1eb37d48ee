import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/model/validate.js';
import type { DataIssue } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

type Raw = Record<string, unknown> & { events: Record<string, unknown>[] };
function copy(): Raw {
  return structuredClone(smallDataset) as unknown as Raw;
}
function issueAt(issues: readonly DataIssue[], path: string): DataIssue {
  const found = issues.find((issue) => issue.path === path);
  if (!found) throw new Error(`no issue at ${path}; got ${issues.map((issue) => `${issue.path}: ${issue.message}`).join(' | ')}`);
  return found;
}

describe('validateDataset', () => {
  it('accepts the small fixture with no issue and sorts its events in time', () => {
    const { dataset, issues } = validateDataset(smallDataset);
    expect(issues).to.deep.equal([]);
    expect(dataset!.events.map((event) => event.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(dataset!.extent).to.deep.equal({ min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 9) });
  });

  it('runs an open-ended event to the end of the data', () => {
    const { dataset } = validateDataset(smallDataset);
    const open = dataset!.events.find((event) => event.id === 'e6')!;
    expect(open.when.endBound).to.equal('open');
    expect(open.when.max).to.equal(dataset!.extent!.max);
  });

  it('reports a missing required field with its path and leaves the event out', () => {
    const raw = copy();
    delete raw.events[1]!.title;
    const { dataset, issues } = validateDataset(raw);
    const issue = issueAt(issues, '$.events[1].title');
    expect(issue.severity).to.equal('error');
    expect(issue.message).to.contain('title is missing');
    expect(dataset!.events.map((event) => event.id)).not.to.include('e2');
    expect(dataset!.events).to.have.length(5);
  });

  it('reports a value outside the vocabulary, naming the allowed ones', () => {
    const raw = copy();
    raw.events[0]!.type = 'Battles';
    const issue = issueAt(validateDataset(raw).issues, '$.events[0].type');
    expect([issue.severity, issue.value]).to.deep.equal(['error', 'Battles']);
    expect(issue.message).to.contain('battle, explosion');
  });

  it('reads null in an optional field as absent, with a warning, and keeps the event; null in a required field is an error', () => {
    const raw = copy();
    (raw.events[0] as Record<string, unknown>).summary = null;
    (raw.events[0] as Record<string, unknown>).place = null;
    (raw.events[1] as Record<string, unknown>).title = null;
    const { dataset, issues } = validateDataset(raw);
    expect(dataset!.events.find((event) => event.id === 'e1')).to.include({ summary: undefined, place: undefined });
    expect(dataset!.events.some((event) => event.id === 'e2')).to.equal(false);
    expect(issues.map((issue) => [issue.severity, issue.path, issue.message])).to.deep.equal([
      ['warning', '$.events[0].summary', 'summary is null, read as absent'],
      ['warning', '$.events[0].place', 'place is null, read as absent'],
      ['error', '$.events[1].title', 'title is null in this event'],
    ]);
  });

  it('takes a title or name of only invisible characters (zero-width, direction marks) as empty, in the clean reader too', async () => {
    const { parseDataset } = await import('../../src/model/parse.js');
    const raw = copy();
    raw.events[0]!.title = '\u200b\u200f \u2066\u2069';
    (raw.actors as { name: string }[])[0]!.name = '\u202e\u200d';
    const { issues } = validateDataset(raw);
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.path, issue.message])).to.deep.equal([
      ['$.actors[0].name', 'name is empty'],
      ['$.events[0].title', 'title is empty'],
    ]);
    const read = parseDataset(JSON.stringify(raw));
    expect(read.ok && read.dataset.events.some((event) => event.id === 'e1')).to.equal(false);
    expect(validateDataset({ ...copy(), events: [{ ...copy().events[0]!, title: '\u200fعنوان' }] }).dataset!.events[0]!.title).to.equal('\u200fعنوان');
  });

  it('reports a date that does not parse, with the value and the expected form', () => {
    const raw = copy();
    raw.events[2]!.date = '2024-02-30';
    const issue = issueAt(validateDataset(raw).issues, '$.events[2].date');
    expect([issue.severity, issue.value]).to.deep.equal(['error', '2024-02-30']);
    expect(issue.message).to.contain('February 2024 has no day 30');
  });

  it('reports every problem of an event at once, not only the first', () => {
    const raw = copy();
    raw.events[2]!.type = 'skirmish';
    raw.events[2]!.date = 'yesterday';
    const { issues } = validateDataset(raw);
    expect(issueAt(issues, '$.events[2].type').severity).to.equal('error');
    expect(issueAt(issues, '$.events[2].date').severity).to.equal('error');
  });

  it('reports an interval that ends before it starts', () => {
    const raw = copy();
    raw.events[1]!.date = '2024-11-30/2024-11-29';
    const issue = issueAt(validateDataset(raw).issues, '$.events[1].date');
    expect(issue.message).to.contain('ends before it starts');
  });

  it('reports duplicate ids and keeps the first', () => {
    const raw = copy();
    raw.events[3]!.id = 'e1';
    const { dataset, issues } = validateDataset(raw);
    const issue = issueAt(issues, '$.events[3].id');
    expect(issue.message).to.contain('duplicate event id "e1"');
    expect(dataset!.events.find((event) => event.id === 'e1')!.title).to.equal('Offensive begins');
  });

  it('warns about references to unknown actors, places and routes, and keeps the event without them', () => {
    const raw = copy();
    raw.events[0]!.actors = ['rebels', 'ghost'];
    raw.events[0]!.place = 'atlantis';
    raw.events[3]!.routes = ['nowhere'];
    const { dataset, issues } = validateDataset(raw);
    expect(issueAt(issues, '$.events[0].actors[1]').severity).to.equal('warning');
    expect(issueAt(issues, '$.events[0].actors[1]').message).to.contain('unknown actor "ghost"');
    expect(issueAt(issues, '$.events[0].place').message).to.contain('unknown place "atlantis"');
    expect(issueAt(issues, '$.events[3].routes[0]').message).to.contain('unknown route "nowhere"');
    const e1 = dataset!.events.find((event) => event.id === 'e1')!;
    expect([e1.actors, e1.place]).to.deep.equal([['rebels'], undefined]);
  });

  it('leaves out a route whose end is not a known place, and reports it', () => {
    const raw = copy();
    (raw.routes as Record<string, unknown>[])[0]!.to = 'mars';
    const { dataset, issues } = validateDataset(raw);
    expect(issueAt(issues, '$.routes[0].to').severity).to.equal('error');
    expect(dataset!.routes).to.have.length(0);
    expect(issueAt(issues, '$.events[3].routes[0]').severity).to.equal('warning');
  });

  it('drops links that are not http(s), with a warning', () => {
    const raw = copy();
    raw.events[0]!.sources = [{ name: 'Bad', url: 'javascript:alert(1)' }, { name: 'Good', url: 'https://example.org/ok' }];
    const { dataset, issues } = validateDataset(raw);
    expect(issueAt(issues, '$.events[0].sources[0].url').severity).to.equal('warning');
    const sources = dataset!.events.find((event) => event.id === 'e1')!.sources;
    expect(sources).to.deep.equal([{ name: 'Bad' }, { name: 'Good', url: 'https://example.org/ok' }]);
  });

  it('accepts plain web addresses as written and still checks anything unusual', async () => {
    const { safeUrl } = await import('../../src/model/rules.js');
    expect(safeUrl('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
    expect(safeUrl('HTTP://EXAMPLE.ORG')).to.equal('HTTP://EXAMPLE.ORG');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('https://exa mple.org')).to.match(/^https:\/\//);
    expect(safeUrl('https://example.org/\u0000')).to.equal('https://example.org/');
    expect(safeUrl('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeUrl('https://example.org/<script>')).to.equal('https://example.org/%3Cscript%3E');
  });

  it('returns only addresses the URL parser accepts, however malformed the host', async () => {
    const { safeUrl } = await import('../../src/model/rules.js');
    expect(['http://[', 'http://1.2.3.999/', 'https://a..b:99999/', 'http://99999999999/'].map(safeUrl)).to.deep.equal([undefined, undefined, undefined, undefined]);
    const pieces = ['a', 'Z', '0', '9', '-', '.', 'xn--', 'xn--a', ':', ':8080', ':99999', '/', '?', '#', '%', '%zz', '[', ']', '::1', '@', '_', 'é', ' ', '\\', '0x7f', '1.2.3.4', '999'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      let value = random() < 0.5 ? 'http://' : 'https://';
      for (let length = 1 + Math.floor(random() * 8); length > 0; length--) value += pieces[Math.floor(random() * pieces.length)];
      const url = safeUrl(value);
      if (url === undefined) continue;
      expect(() => new URL(url), value).not.to.throw();
      expect(new URL(url).protocol, value).to.match(/^https?:$/);
    }
  });

  it('never throws, even for objects that throw as they are read', async () => {
    const { parseDataset } = await import('../../src/model/parse.js');
    const throwing = { version: 1, title: 'x', get events(): unknown { throw new Error('no events for you'); } };
    const trap = new Proxy({}, { get() { throw new Error('trap'); } });
    for (const input of [throwing, trap, { version: 1n, title: 'x', events: [] }]) {
      expect(validateDataset(input).dataset).to.equal(null);
      expect(parseDataset(input).ok).to.equal(false);
    }
    expect(validateDataset(throwing).issues[0]!.message).to.equal('the data cannot be read: no events for you');
    expect(validateDataset({ version: 1n, title: 'x', events: [] }).issues[0]!.message).to.equal('version of type bigint is not one this library reads (it reads version 1)');
  });

  it('warns about unknown fields, missing sources and a bad time zone', () => {
    const raw = copy();
    raw.events[0]!.summry = 'typo';
    delete raw.events[1]!.sources;
    raw.timeZone = 'Mars/Olympus';
    const { issues } = validateDataset(raw);
    expect(issueAt(issues, '$.events[0].summry').message).to.contain('unknown field "summry"');
    expect(issueAt(issues, '$.events[1].sources').severity).to.equal('warning');
    expect(issueAt(issues, '$.timeZone').severity).to.equal('warning');
  });

  it('never lets a __proto__ key reach a prototype', () => {
    const raw = JSON.parse(`{"version":1,"title":"t","actors":[{"id":"a","name":"A","names":{"__proto__":{"polluted":"yes"},"ar":"أ"}}],"events":[]}`);
    const { dataset, issues } = validateDataset(raw);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(dataset!.actors[0]!.names.ar).to.equal('أ');
    expect(Object.keys(dataset!.actors[0]!.names)).to.deep.equal(['ar']);
    expect(issueAt(issues, '$.actors[0].names.__proto__').severity).to.equal('warning');
  });

  it('gives no dataset when nothing can be shown, with the reason', () => {
    expect(validateDataset([]).issues[0]!.path).to.equal('$');
    expect(validateDataset({ version: 2, events: [] }).issues[0]!.message).to.contain('version 2');
    expect(validateDataset({ version: 1, title: 't' }).issues[0]!.path).to.equal('$.events');
    const allBad = validateDataset({ version: 1, title: 't', events: [{ id: 'x' }] });
    expect(allBad.dataset).to.equal(null);
    expect(allBad.issues.at(-1)!.message).to.contain('none of the 1 events');
  });

  it('reads an empty events list as an empty dataset, not an error', () => {
    const { dataset, issues } = validateDataset({ version: 1, title: 'Empty', events: [] });
    expect(issues).to.deep.equal([]);
    expect([dataset!.events.length, dataset!.extent]).to.deep.equal([0, null]);
  });
});
