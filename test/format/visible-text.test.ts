import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/format/visible-text.js';

describe('visibleText', () => {
  it('makes terminal escapes, separators and the replacement character visible', () => {
    expect(visibleText('a\u001b[2Jb\u0007\u2028\ufffd', 80)).toBe('a\\x1b[2Jb\\x07\\x2028\\xfffd');
  });

  it('cuts long text with an ellipsis and keeps short text whole', () => {
    expect(visibleText('abcdef', 3)).toBe('abc…');
    expect(visibleText('abc', 3)).toBe('abc');
  });

  it('never lets a control character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        expect(visibleText(text, max)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });
});
