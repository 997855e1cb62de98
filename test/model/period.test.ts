// A period's label after a verb or a noun: « en » for a year, « sur la période » for quarters
// across two years (never « en T3 2024 – T2 2025 »); after « par rapport à », « la période » too.
import { describe, expect, it } from 'vitest';
import { comparedWith, duringPeriod } from '../../src/model/period.js';

describe('duringPeriod', () => {
  it('puts « en » before a year, whole or partial', () => {
    expect(duringPeriod(2024)).toBe('en 2024');
    expect(duringPeriod('2023')).toBe('en 2023');
    expect(duringPeriod('2024 (T1–T2)')).toBe('en 2024 (T1–T2)');
  });

  it('puts « sur la période » before quarters across two years', () => {
    expect(duringPeriod('T3\u00A02024 – T2\u00A02025')).toBe('sur la période T3\u00A02024 – T2\u00A02025');
    // Only four digits make a year: a longer number is not one.
    expect(duringPeriod('20245')).toBe('sur la période 20245');
  });

  it('starts a sentence with a capital', () => {
    expect(duringPeriod('T3\u00A02023 – T2\u00A02024', true)).toBe('Sur la période T3\u00A02023 – T2\u00A02024');
    expect(duringPeriod(2023, true)).toBe('En 2023');
  });
});

describe('comparedWith', () => {
  it('compares with a year, whole or partial, by its number', () => {
    expect(comparedWith(2023)).toBe('par rapport à 2023');
    expect(comparedWith('2024 (T1–T2)')).toBe('par rapport à 2024 (T1–T2)');
  });

  it('names quarters across two years « la période »', () => {
    expect(comparedWith('T3\u00A02023 – T2\u00A02024')).toBe('par rapport à la période T3\u00A02023 – T2\u00A02024');
    expect(comparedWith('20245')).toBe('par rapport à la période 20245');
  });
});
