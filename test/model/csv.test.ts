import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/model/parse.js';
import type { DataIssue } from '../../src/model/types.js';

const HEADER = 'id,date,end_date,title,summary,type,actors,place,lat,lon,source,source_url,status';
const GOOD = 'e1,2024-12-06,,Evacuation begins,Staff leave,strategic,Iran;Quds Force,Damascus,33.51,36.29,The Times,https://example.org/1,reported';

function read(text: string, url = 'https://news.example/syria-events.csv') {
  const result = parseDataset(text, { format: 'csv', url });
  return result;
}
function issuesOf(text: string): readonly DataIssue[] {
  const result = read(text);
  return result.ok ? result.issues : result.error.issues;
}
function problem(text: string, row: number, column?: string): DataIssue {
  const found = issuesOf(text).find((item) => item.row === row && (column === undefined || item.column === column));
  if (!found) throw new Error(`no issue at row ${row} ${column ?? ''}: ${issuesOf(text).map((item) => `${item.row}/${item.column}: ${item.message}`).join(' | ')}`);
  return found;
}

describe('spreadsheet CSV (format="csv")', () => {
  it('reads the columns of SPEC.md into events, actors and places with stable ids', () => {
    const result = read(`${HEADER}\n${GOOD}\ne2,2024-12-07,2024-12-09,Soldiers cross,,battle,Iran;Syrian army,Al-Qaim,34.38,41.06,Agency,https://example.org/2,confirmed`);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { dataset, issues } = result;
    expect(issues).to.deep.equal([]);
    expect(dataset.title).to.equal('Syria events');
    // A stray % in the file name is kept as written, not a reason to refuse the file.
    const stray = parseDataset(`${HEADER}\n${GOOD}`, { url: 'https://x.example/100%_sure.csv' });
    expect(stray.ok && stray.dataset.title).to.equal('100% sure');
    // A file opened in the page (a blob: or data: address, as a CMS preview makes) has no name to
    // show: its address was the title, a string of hex digits.
    for (const url of ['blob:https://cms.example/317c69b9-b382-4a2d-9f8f-b9b160333824', 'data:text/csv,date,title']) {
      const opened = parseDataset(`${HEADER}\n${GOOD}`, { url });
      expect(opened.ok && opened.dataset.title, url).to.equal('Timeline');
    }
    expect(dataset.events.map((event) => event.id)).to.deep.equal(['e1', 'e2']);
    expect(dataset.actors.map((actor) => actor.id)).to.deep.equal(['iran', 'quds-force', 'syrian-army']);
    expect(dataset.events[0]!.actors).to.deep.equal(['iran', 'quds-force']);
    expect(dataset.placeById.get('damascus')).to.deep.include({ lat: 33.51, lon: 36.29 });
    expect(dataset.events[1]!.when.max).to.equal(Date.UTC(2024, 11, 10));
    expect(dataset.events[0]!.sources).to.deep.equal([{ name: 'The Times', url: 'https://example.org/1' }]);
    expect(dataset.events[1]!.status).to.equal('confirmed');
  });

  it('takes columns in any order and case, and only date and title are required; ids come from the row', () => {
    const result = read('Title,DATE\nAleppo falls,2024-11-30\nHama falls,2024-12-05');
    expect(result.ok && result.dataset.events.map((event) => [event.id, event.title, event.type])).to.deep.equal([
      ['row-2', 'Aleppo falls', 'strategic'],
      ['row-3', 'Hama falls', 'strategic'],
    ]);
  });

  describe('common spreadsheet mistakes, each reported with its row and column', () => {
    it('1. a byte-order mark from Excel before the first header', () => {
      const result = read(`\uFEFF${HEADER}\n${GOOD}`);
      expect(result.ok && result.dataset.events.length).to.equal(1);
    });

    it('2. semicolons as separators (European Excel)', () => {
      const result = read(`date;title;actors\n2024-12-06;Evacuation; begins;Iran`.replace('; begins', ' begins'));
      expect(result.ok && result.dataset.events[0]!.title).to.equal('Evacuation begins');
    });

    it('3. tabs as separators (pasted from a sheet)', () => {
      const result = read('date\ttitle\n2024-12-06\tEvacuation begins');
      expect(result.ok && result.dataset.events[0]!.title).to.equal('Evacuation begins');
    });

    it('4. Windows line endings', () => {
      const result = read(`${HEADER}\r\n${GOOD}\r\n`);
      expect(result.ok && result.dataset.events.length).to.equal(1);
      expect(result.ok && result.issues).to.deep.equal([]);
    });

    it('5. separators and line breaks inside quoted cells', () => {
      const result = read('date,title,summary\n2024-12-06,"Damascus, Syria","First line\nsecond line"');
      expect(result.ok && [result.dataset.events[0]!.title, result.dataset.events[0]!.summary]).to.deep.equal(['Damascus, Syria', 'First line\nsecond line']);
    });

    it('6. a quote that is never closed', () => {
      const issue = problem('date,title\n2024-12-06,Fine\n2024-12-07,"Broken\n2024-12-08,Lost', 3, 'title');
      expect([issue.severity, issue.message]).to.deep.equal(['error', 'Row 3, column title: a quote (") opens a cell and is never closed, so the rest of the file is read as one cell; close the quote']);
    });

    it('7. a row with more cells than the header', () => {
      const issue = problem('date,title\n2024-12-06,Fine,extra', 2);
      expect(issue.message).to.equal('Row 2 has 3 cells but the header names 2 columns; the cells beyond the last column are ignored');
    });

    it('8. a row with fewer cells than the header', () => {
      expect(problem(`${HEADER}\n2024-12-06`, 2).message).to.contain('the missing cells are read as empty');
    });

    it('9. a US-style date', () => {
      const issue = problem('date,title\n12/06/24,Evacuation', 2, 'date');
      expect(issue.message).to.equal('Row 2, column date: "12/06/24" is not a date this file can read; day and month are ambiguous here; write the year first, such as 2024-12-06');
    });

    it('10. an Excel date serial number', () => {
      expect(problem('date,title\n45632,Evacuation', 2, 'date').message).to.contain('spreadsheet date number');
    });

    it('11. "circa" in a date', () => {
      expect(problem('date,title\ncirca 2024-12-06,Evacuation', 2, 'date').message).to.contain('write an approximate date with ~ after it');
    });

    it('12. an empty title', () => {
      expect(problem('date,title\n2024-12-06,', 2, 'title').message).to.equal('Row 2, column title: the title is empty; every event needs one');
    });

    it('13. an empty date', () => {
      expect(problem('date,title\n,Evacuation', 2, 'date').message).to.contain('the date is empty');
    });

    it('14. an unknown event type, while ACLED\'s names are understood', () => {
      expect(problem('date,title,type\n2024-12-06,Evacuation,skirmish', 2, 'type').message).to.contain('"skirmish" is not an event type');
      const result = read('date,title,type\n2024-12-06,Clash,Battles\n2024-12-07,Strike,Explosions/Remote violence\n2024-12-08,Withdrawal,STRATEGIC DEVELOPMENTS');
      expect(result.ok && result.dataset.events.map((event) => event.type)).to.deep.equal(['battle', 'explosion', 'strategic']);
    });

    it('15. a cleared header cell: the message names the missing columns', () => {
      const result = read(',title\n2024-12-06,Evacuation');
      expect(!result.ok && [result.error.kind, result.error.message]).to.deep.equal([
        'parse',
        'the spreadsheet cannot be read: the first row must name the columns, including "date" and "title" (found: ",title"); if the columns are separated by something other than a comma, semicolon or tab, save the sheet as CSV again',
      ]);
    });

    it('16. a header cell left blank among others (a merged-cell artefact)', () => {
      expect(problem('date,title,,summary\n2024-12-06,Evacuation,,Text', 1).message).to.equal('Column 3 has no name in the header row, so it is ignored');
    });

    it('17. the same column twice', () => {
      expect(problem('date,title,Title\n2024-12-06,First,Second', 1, 'Title').message).to.equal('Column "Title" appears twice; the first one is used');
    });

    it('18. trailing empty rows are not events and not errors', () => {
      const result = read('date,title\n2024-12-06,Evacuation\n,\n\n,,\n');
      expect(result.ok && [result.dataset.events.length, result.issues.length]).to.deep.equal([1, 0]);
    });

    it('19. an end date before the start', () => {
      expect(problem('date,end_date,title\n2024-12-09,2024-12-06,Evacuation', 2, 'end_date').message).to.contain('ends (2024-12-06) before it starts (2024-12-09)');
    });

    it('20. a javascript: link is dropped, the event kept', () => {
      const result = read('date,title,source,source_url\n2024-12-06,Evacuation,Trap,javascript:alert(1)');
      expect(result.ok && result.dataset.events[0]!.sources).to.deep.equal([{ name: 'Trap' }]);
      expect(problem('date,title,source,source_url\n2024-12-06,Evacuation,Trap,javascript:alert(1)', 2, 'source_url').severity).to.equal('warning');
    });

    it('21. a latitude without longitude', () => {
      expect(problem('date,title,place,lat\n2024-12-06,Evacuation,Damascus,33.5', 2, 'lon').message).to.contain('give both lat and lon');
    });

    it('22. the same id on two rows', () => {
      expect(problem('id,date,title\na,2024-12-06,One\na,2024-12-07,Two', 3, 'id').message).to.contain('used by an earlier row');
    });

    it('23. a column the format does not know (a typo)', () => {
      expect(problem('date,title,sumary\n2024-12-06,Evacuation,Text', 1, 'sumary').message).to.contain('not one this format reads');
    });

    it('24. an unknown status is ignored with a warning', () => {
      expect(problem('date,title,status\n2024-12-06,Evacuation,rumoured', 2, 'status').severity).to.equal('warning');
    });
  });

  describe('quotes, read as d3-dsv reads them: a quote opens a quoted cell only at the start of a cell', () => {
    it('a quote inside an unquoted cell is a character of the cell, and no row is lost to it', () => {
      const result = read('date,title\n2024-12-06,12" gun\n2024-12-07,B');
      expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['12" gun', 'B']);
      expect(result.ok && result.issues).to.deep.equal([]);
    });

    it('a quote in a note above the header does not hide the header', () => {
      const result = read('Exported by 5" desk\ndate,title\n2024-12-06,A');
      expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['A']);
      expect(result.ok && result.issues.map((item) => [item.severity, item.row])).to.deep.equal([['warning', 1]]);
    });

    it('a quote never closed after a quote inside a cell is still reported, at the row and column where it opens', () => {
      const text = 'date,title\n2024-12-06,12" gun\n2024-12-07,"Broken\n2024-12-08,Lost';
      const result = read(text);
      expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['12" gun']);
      expect(problem(text, 3, 'title').severity).to.equal('error');
    });

    it('a quote never closed in the last row is reported there, not at an earlier cell with a line break', () => {
      const text = 'date,title,summary\n2024-12-06,A,"two\nlines"\n2024-12-07,"B';
      const result = read(text);
      expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['A']);
      expect(problem(text, 3, 'title').severity).to.equal('error');
    });

    it('a quote never closed that takes every row is an error, not an empty timeline, located at its row and column', () => {
      const result = read('date,title\n2024-12-06,"A');
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal('validation');
      expect(result.error.issues.map((item) => [item.severity, item.row, item.column])).to.deep.equal([['error', 2, 'title']]);
      expect(result.error.message).to.contain('never closed');
    });
  });

  it('never lets __proto__ or constructor headers touch a prototype', () => {
    const result = read('date,title,__proto__,constructor\n2024-12-06,Evacuation,{"polluted":true},x');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(result.ok && result.dataset.events.length).to.equal(1);
  });

  it('reads a quoted header as separated by commas without a doubt, and an empty file as empty whatever it claims to be', () => {
    const quoted = read('"date","title"\n"2024-12-06","A"\n"2024-12-07","B"');
    expect(quoted.ok && [quoted.dataset.events.length, quoted.issues]).to.deep.equal([2, []]);
    for (const contentType of ['application/json', 'text/csv', undefined]) {
      const empty = parseDataset(' \n', { contentType });
      expect(!empty.ok && empty.error.message, contentType).to.equal('the file is empty');
    }
  });

  it('completes a place with coordinates given in a later row, and reports coordinates that differ from the first', () => {
    const result = read('date,title,place,lat,lon\n2024-12-06,A,Homs,,\n2024-12-07,B,Homs,34.73,36.72\n2024-12-08,C,Homs,35,37\n2024-12-09,D,homs,34.73,36.72');
    expect(result.ok && [...result.dataset.placeById.values()].map((place) => [place.name, place.lat, place.lon])).to.deep.equal([['Homs', 34.73, 36.72]]);
    expect(result.ok && result.issues.map((item) => [item.row, item.column, item.message])).to.deep.equal([
      [4, 'lat', 'Row 4, column lat: Homs is at 34.73, 36.72 in an earlier row; these coordinates are ignored'],
    ]);
  });

  it('takes a title of only invisible characters as empty', () => {
    const result = read('date,title\n2024-12-06,\u200b\u2066\u2069\n2024-12-07,B');
    expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['B']);
    expect(result.ok && result.issues.map((item) => [item.row, item.column])).to.deep.equal([[2, 'title']]);
  });

  it('finds no type in a cell named like what every object inherits ("constructor", "__proto__")', () => {
    const result = read('date,title,type\n2024-12-06,A,constructor\n2024-12-07,B,__proto__\n2024-12-08,C,battle');
    expect(result.ok && result.dataset.events.map((event) => [event.title, event.type])).to.deep.equal([['C', 'battle']]);
    expect(result.ok && result.issues.map((item) => [item.row, item.column])).to.deep.equal([[2, 'type'], [3, 'type']]);
  });

  it('an ACLED export or a TimelineJS sheet whose rows a quote never closed takes is an error, not an empty timeline', () => {
    const acled = parseDataset('event_id_cnty,event_date,time_precision,event_type,actor1,location,latitude,longitude,source,notes,fatalities\nA1,2024-12-06,1,Battles,X,"T,1,1,S,N,0\nA2,2024-12-07,1,Battles,X,T,1,1,S,N,0', { format: 'acled' });
    expect(!acled.ok && [acled.error.kind, acled.error.issues.some((item) => item.message.includes('never closed'))]).to.deep.equal(['validation', true]);
    const sheet = parseDataset('Year,Month,Day,Headline,Text\n2024,12,6,"Unclosed,x\n2024,12,7,B,y', { format: 'timelinejs' });
    expect(!sheet.ok && [sheet.error.kind, sheet.error.issues.some((item) => item.message.includes('never closed'))]).to.deep.equal(['validation', true]);
  });

  it('asks when the separator looks wrong: most rows out of step with the header', () => {
    const issues = issuesOf('date,title\n2024-12-06,A;b;c,d\n2024-12-07,E,f\n2024-12-08,G,h');
    const ask = issues.find((item) => item.message.includes('is that the separator the sheet uses?'));
    expect(ask?.message).to.equal('Most rows do not have as many cells as the header (3 of 3): the columns were read as separated by a comma; is that the separator the sheet uses?');
  });

  it('skips rows with errors and keeps the rest; nothing valid is a validation error', () => {
    const partial = read('date,title\n2024-12-06,Good\nbad,Bad\n2024-12-08,Also good');
    expect(partial.ok && partial.dataset.events.map((event) => event.title)).to.deep.equal(['Good', 'Also good']);
    const none = read('date,title\nbad,Bad');
    expect(!none.ok && none.error.kind).to.equal('validation');
  });

  it('is chosen by format="auto" for .csv addresses and text/csv', () => {
    expect(parseDataset('date,title\n2024-12-06,A', { url: 'https://x.example/a.csv' }).ok).to.equal(true);
    expect(parseDataset('date,title\n2024-12-06,A', { contentType: 'text/csv; charset=utf-8' }).ok).to.equal(true);
  });
});
