import { test } from '@playwright/test';
import { acceptNewest, expect, openSimulator } from './support/simulator';

// Leaving a field with a bad (here: empty) value shows its error (and the summary above the form). When the
// learner leaves it by clicking the form's button, that must not move the button from under
// the pointer before the click lands: the click submits, and focus goes to the field in error.
test('an empty field, then a direct click on the button: the click submits, and focus goes to the field', async ({ page }) => {
  const t = await openSimulator(page, 'en');
  await acceptNewest(page, 'en');
  await page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.domains')}` }).click();
  const field = page.getByLabel(t('domains.field'));
  await field.focus();
  await page.getByRole('button', { name: t('domains.submit') }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText(t('error.domain.empty'));
});
