import { describe, expect, it } from 'vitest';
import { frenchDate } from '../../../src/report/site/date.js';

describe('frenchDate', () => {
  it('writes the calendar date in French', () => {
    expect(frenchDate('2025-03-07T10:00:00Z')).toBe('7\u00A0mars\u00A02025');
    expect(frenchDate('2024-12-01')).toBe('1er\u00A0décembre\u00A02024');
  });
  it('leaves anything else unchanged', () => {
    expect(frenchDate('hier')).toBe('hier');
    expect(frenchDate('2024-13-01')).toBe('2024-13-01');
  });
});
