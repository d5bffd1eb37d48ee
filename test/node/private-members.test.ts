/**
 * The private members the bundle's build may rename: only names that nothing but a `private`
 * declaration uses (no data field, dictionary key, decorator, string or template shares them).
 */
import { describe, expect, it } from 'vitest';
import { privateMembers, usedOutside } from '../../scripts/private-members.mjs';

const names = privateMembers();

describe('scripts/private-members.mjs', () => {
  it('lists the private members of the elements and controllers', () => {
    expect(names).toEqual(expect.arrayContaining(['computeLayout', 'handlePlotKeydown', 'handleWheel', 'handleChoose', 'renderVertical']));
  });

  it('leaves out a private member whose name a data field shares (TimeSpan.timed)', () => {
    expect(names).not.toContain('timed');
  });

  it('leaves out a private member whose name a dictionary key shares (strings.clusterLabel)', () => {
    expect(names).not.toContain('clusterLabel');
  });

  it('leaves out a decorated member (Lit names it in a string)', () => {
    // @state() private linked, @state() private engaged, @query(…) private overviewSvg
    expect(names).not.toContain('linked');
    expect(names).not.toContain('engaged');
    expect(names).not.toContain('overviewSvg');
  });

  it('leaves out a private member whose name a string holds (the layout value "vertical")', () => {
    expect(names).not.toContain('vertical');
  });

  it('leaves out no public member, and never names a public property of the elements', () => {
    for (const name of ['data', 'events', 'selected', 'zoomTo', 'fit', 'toSVG', 'updateComplete', 'render']) expect(names).not.toContain(name);
  });

  it('sees a name used as a property by a bundled library', () => {
    expect(usedOutside('a.moving=1', 'moving')).toBe(true);
    expect(usedOutside('({moving:1})', 'moving')).toBe(true);
    expect(usedOutside('({ moving })', 'moving')).toBe(true);
    expect(usedOutside('x["moving"]', 'moving')).toBe(true);
    expect(usedOutside('const movingOn = 1', 'moving')).toBe(false);
  });
});
