/**
 * The fictional organization every example in the guide uses. The values come from the
 * source guide's screenshots; keeping them in one place keeps every figure consistent, and the
 * simulator's seed (`store/seed.ts`) starts from the same Contoso. A leaf: it imports nothing.
 */
export const example = {
  organization: 'Contoso',
  agreementNumber: '1234567890',
  purchasingAccountNumber: '5012345678',
  adminName: 'Harry Roldan',
  adminEmail: 'harry@contoso.com',
  adminCountry: 'US',
  domain: 'contoso.com',
  colleagueName: 'Mina Sato',
  colleagueEmail: 'mina@contoso.com',
  colleagueLanguage: 'ja',
  colleagueCountry: 'JP',
} as const;
