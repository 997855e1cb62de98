import { describe, expect, it } from 'vitest';
import { blockTag, escapeHtml, tag, voidTag } from '../../src/report/html.js';

describe('the HTML builder', () => {
  it('escapes text and attribute values, with French typography', () => {
    expect(escapeHtml(`l'a <b> & "c" : d`)).toBe('l’a &lt;b&gt; &amp; &quot;c&quot;\u00A0: d');
    expect(tag('a', { href: '?a=1&b=2', title: '"x"' }, 'y')).toBe(
      '<a href="?a=1&amp;b=2" title="&quot;x&quot;">y</a>',
    );
  });

  it('writes true as a bare attribute, drops false, null and undefined, keeps an empty string', () => {
    expect(voidTag('input', { checked: true, hidden: false, id: undefined, name: null, 'data-x': '' })).toBe(
      '<input checked data-x="">',
    );
  });

  it('puts block children on their own lines, and an empty block on two', () => {
    expect(blockTag('ul', {}, ['<li>a</li>', '<li>b</li>'])).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(blockTag('ul', { class: 'x' }, [])).toBe('<ul class="x">\n</ul>');
  });
});
