import { expect } from '@open-wc/testing';
import { countOf } from './format.js';

describe('countOf', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    expect([0, 1, 2, 10].map((count) => countOf('fr', count).form)).to.deep.equal(['one', 'one', 'other', 'other']);
    expect([0, 1, 2, 10].map((count) => countOf('en', count).form)).to.deep.equal(['other', 'one', 'other', 'other']);
  });

  it('writes the count as the language does', () => {
    // French groups thousands with a narrow no-break space; English with a comma.
    expect(countOf('fr', 2500).text).to.equal('2\u202f500');
    expect(countOf('en', 2500).text).to.equal('2,500');
    expect(countOf('fr', 1.5).form, 'French: 1.5 is singular too').to.equal('one');
  });
});
