/**
 * An existing network is named by real IDs: switching to it fills in nothing (the example IDs are
 * placeholders), the design says what is missing at the fields and in Checks, and the download asks
 * first, until the user has entered real IDs (issue #15, bug 6).
 */
import { test, expect } from './fixtures';
import { choose, downloadZip, fileText, openApp } from './app';

const VPC_MISSING = /Enter the ID of the existing VPC the caches go in/;
const SUBNETS_MISSING = /Enter at least one subnet ID of the existing VPC/;

test('"Use an existing VPC" fills in no example IDs: the design is incomplete until real ones are entered', async ({
  page,
}) => {
  await openApp(page);
  await choose(page, 'VPC', 'Use an existing VPC');

  const vpcId = page.getByRole('textbox', { name: 'VPC ID' });
  await expect(vpcId).toHaveValue('');
  await expect(vpcId).toHaveAttribute('placeholder', 'vpc-0123456789abcdef0');
  await expect(page.getByRole('textbox', { name: /^subnet ID \d/ })).toHaveCount(0);
  await expect(vpcId).toHaveAccessibleDescription(VPC_MISSING);
  await expect(page.getByRole('group', { name: 'Subnet IDs' })).toHaveAccessibleDescription(SUBNETS_MISSING);

  await page.getByRole('tab', { name: /Checks/ }).click();
  const checks = page.getByRole('tabpanel', { name: /Checks/ });
  await expect(
    checks.getByRole('button', { name: /VPC ID: Enter the ID of the existing VPC/ }),
  ).toBeVisible();
  await expect(
    checks.getByRole('button', { name: /Subnet IDs: Enter at least one subnet ID/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Download zip' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download a bundle that will not apply?' });
  await expect(dialog).toContainText('breaks 2 rules');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await vpcId.fill('vpc-0f3a9c1e7b2d46a58');
  await page.getByRole('button', { name: 'Add subnet ID' }).click();
  await page.getByRole('textbox', { name: 'subnet ID 1' }).fill('subnet-04e1b7a9c3d5f2e61');

  await expect(vpcId).not.toHaveAccessibleDescription(VPC_MISSING);
  await expect(checks.getByRole('button', { name: /existing VPC/ })).toHaveCount(0);
  await page.getByRole('tab', { name: /Terraform/ }).click();
  const tfvars = await fileText(page, 'terraform.tfvars.example');
  expect(tfvars).toMatch(/^vpc_id += "vpc-0f3a9c1e7b2d46a58"$/m);
  expect(tfvars).not.toContain('0123456789abcdef');
  const download = await downloadZip(page);
  expect(download.suggestedFilename()).toBe('my-cache-terraform.zip');
});
