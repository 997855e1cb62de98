// A partner typed by a user: customs code or French name; unknown ones get the closest codes.
import { describe, expect, it } from 'vitest';
import { partnerCode, partnerSuggestions } from '../../src/reference/countries.js';

describe('partnerCode', () => {
  it('reads codes in any case and French names', () => {
    expect(partnerCode('cn')).toBe('CN');
    expect(partnerCode('Chine')).toBe('CN');
    expect(partnerCode('royaume-uni')).toBe('GB');
    expect(partnerCode('GB')).toBe('GB');
  });

  it('refuses codes the customs do not use, suggesting the right one first', () => {
    expect(partnerCode('UK')).toBeNull();
    expect(partnerCode('EL')).toBeNull();
    expect(partnerCode('ZZ')).toBeNull();
    expect(partnerSuggestions('UK')[0]).toBe('Royaume-Uni (GB)');
    expect(partnerSuggestions('EL')[0]).toBe('Grèce (GR)');
    expect(partnerSuggestions('Allemagn')).toContain('Allemagne (DE)');
  });
});
