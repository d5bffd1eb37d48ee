import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { SitrepDataElement } from '../../src/components/data-element.js';
import { lazyModule, type LazyModule } from '../../src/components/lazy.js';

/** An element that draws one part loaded on first use, and its own text around it. */
class PartHost extends SitrepDataElement {
  static module: LazyModule<{ readonly text: string }>;
  override render() {
    const part = this.loadedPart(PartHost.module);
    return html`<p>before</p>${part ? html`<p class="part">${part.text}</p>` : html`<p class="waiting">…</p>`}<p>after</p>`;
  }
}
customElements.define('test-part-host', PartHost);

const later = <T>(value: T, ms = 30) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** Parts of an element that load on first use (the timeline's detail and problem list). */
describe('parts loaded on first use', () => {
  it('updateComplete waits for the part, which is then drawn, and loads it once for every element', async () => {
    let loads = 0;
    PartHost.module = lazyModule(() => {
      loads++;
      return later({ text: 'the part' });
    });
    const first = await fixture<PartHost>(testHtml`<test-part-host></test-part-host>`);
    const second = await fixture<PartHost>(testHtml`<test-part-host></test-part-host>`);
    await Promise.all([first.updateComplete, second.updateComplete]);
    for (const element of [first, second]) expect(element.shadowRoot!.querySelector('.part')?.textContent).to.equal('the part');
    expect(loads).to.equal(1);
  });

  it('a part that cannot be loaded is left out, said once on the console, and not asked for again', async () => {
    let loads = 0;
    PartHost.module = lazyModule(() => {
      loads++;
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    });
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const element = await fixture<PartHost>(testHtml`<test-part-host></test-part-host>`);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect([...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['before', '…', 'after']);
      expect(loads).to.equal(1);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<test-part-host>').and.include('Failed to fetch');
    } finally {
      console.error = original;
    }
  });
});

describe('prefetching a part', () => {
  it('loads it ahead without an update, and a failed prefetch leaves the load to report', async () => {
    let loads = 0;
    const module = lazyModule(() => {
      loads++;
      return loads === 1 ? Promise.reject(new Error('offline')) : later({ text: 'the part' }, 0);
    });
    module.prefetch();
    await later(undefined, 10);
    expect(module.failed).to.equal(false);
    expect(module.loaded).to.equal(undefined);
    expect((await module.load()).text).to.equal('the part');
    module.prefetch();
    expect(loads).to.equal(2);
  });
});
