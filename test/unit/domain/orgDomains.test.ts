import { describe, expect, it } from 'vitest';
import { canUseOnlineServices, validateNewDomain, type AssociatedDomain } from '../../../src/domain/orgDomains';
import { isDomainName, normalizeDomain, validateDomainFormat } from '../../../src/domain/orgDomainName';

const contoso: AssociatedDomain = { name: 'contoso.com', associatedAt: '2016-11-01T09:00:00.000Z', associatedBy: 'u' };

describe('domain names', () => {
  it('normalizes and validates', () => {
    expect(normalizeDomain(' Contoso.COM. ')).toBe('contoso.com');
    expect(isDomainName('localhost')).toBe(false);
    expect(validateDomainFormat('')).toBe('error.domain.empty');
    expect(validateDomainFormat(`${'a.'.repeat(127)}com`)).toBe('error.domain.tooLong');
    expect(validateDomainFormat('contoso..com')).toBe('error.domain.malformed');
    expect(validateDomainFormat('-contoso.com')).toBe('error.domain.malformed');
    expect(validateDomainFormat('contoso.com')).toBeUndefined();
  });

  it('refuses personal mail domains and duplicates', () => {
    expect(validateNewDomain('outlook.com', [])).toBe('error.domain.personal');
    expect(validateNewDomain('CONTOSO.com', [contoso])).toBe('error.domain.duplicate');
    expect(validateNewDomain('fabrikam.com', [contoso])).toBeUndefined();
    expect(validateNewDomain('nope', [contoso])).toBe('error.domain.malformed');
  });
});

describe('online services (GUIDE-FACTS, domains)', () => {
  it('are open to addresses ending in an associated domain, and only those', () => {
    expect(canUseOnlineServices('mina@contoso.com', [contoso])).toBe(true);
    expect(canUseOnlineServices('Mina@Sales.Contoso.com', [contoso])).toBe(true);
    expect(canUseOnlineServices('mina@notcontoso.com', [contoso])).toBe(false);
    expect(canUseOnlineServices('mina@fabrikam.com', [contoso])).toBe(false);
    expect(canUseOnlineServices('mina@contoso.com', [])).toBe(false);
  });
});
