import { expect } from '@open-wc/testing';
import { defineElement, SitrepTimeline, VERSION } from '../src/index.js';

describe('defineElement', () => {
  it('registers the timeline when sitrep is imported', () => {
    expect(customElements.get('sitrep-timeline')).to.equal(SitrepTimeline);
  });

  it('never throws for a tag already defined, and keeps the first definition', () => {
    expect(() => defineElement('sitrep-timeline', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('sitrep-timeline')).to.equal(SitrepTimeline);
  });

  it('warns once, naming both versions, when another version is loaded', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('sitrep-timeline', class extends HTMLElement {}, '9.9.9');
      defineElement('sitrep-timeline', class extends HTMLElement {}, '9.9.9');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(VERSION).and.to.contain('9.9.9');
  });
});
