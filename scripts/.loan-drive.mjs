// Throwaway driver (not committed): drives the loan elements in the playground at 1280/375, light/dark.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const base = process.env.BASE ?? 'http://127.0.0.1:8391';
const out = '/tmp/loan-shots';
const browser = await chromium.launch(chromiumLaunchOptions);
const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

async function open(path, width, scheme) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  page.on('pageerror', (error) => console.log('pageerror', path, error.message));
  page.on('console', (message) => message.type() === 'error' && console.log('console', path, message.text()));
  await page.goto(base + path);
  return page;
}

for (const width of [1280, 375]) {
  for (const scheme of ['light', 'dark']) {
    const tag = `${width}-${scheme}`;
    let page = await open('/components/jrmc-loan-substitution.html', width, scheme);
    const sub = page.locator('jrmc-loan-substitution[data-loan-demo]');
    await sub.locator('#firstName').waitFor();
    await page.waitForFunction(() => document.querySelector('jrmc-loan-substitution[data-loan-demo]')?.banks?.length > 0);
    await sub.locator('#firstName').fill('Éloïse');
    await sub.locator('#lastName').fill('Martin');
    await sub.locator('#line1').fill('12 rue des Lilas');
    await sub.locator('#postcode').fill('69003');
    await sub.locator('#city').fill('Lyon');
    await sub.locator('#bankId').selectOption('bnk_bnp');
    await sub.locator('#loans').fill('PR-2024-001 SANDBOX-BANQUE-ACCEPTE-J3');
    await sub.locator('#oldInsurerId').selectOption('ins_cnp');
    await sub.locator('#oldContracts').fill('CNP-1');
    await sub.locator('#newInsurerName').fill('April');
    await sub.locator('#newContracts').fill('APR-9 / APR-10');
    await sub.locator('.use-recommended').click();
    await sub.locator('#conditions').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a') });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/sub-error-${tag}.png`, fullPage: true });
    await sub.locator('#conditions').setInputFiles({ name: 'conditions-generales-april.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.waitForFunction(() => document.querySelector('jrmc-loan-substitution[data-loan-demo]')?.quote !== null && document.querySelector('jrmc-loan-substitution[data-loan-demo]')?.attached.length === 1, null, { timeout: 15000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/sub-saved-${tag}.png`, fullPage: true });
    const dossierId = await page.evaluate(() => document.querySelector('jrmc-loan-substitution[data-loan-demo]').dossierId);
    await page.close();

    page = await open('/components/jrmc-loan-dossier.html', width, scheme);
    await page.evaluate((id) => (document.querySelector('jrmc-loan-dossier[data-loan-demo]').dossierId = id), dossierId);
    const dossier = page.locator('jrmc-loan-dossier[data-loan-demo]');
    await dossier.locator('#other-file').waitFor({ timeout: 15000 });
    await dossier.locator('#other-file').setInputFiles({ name: 'reponse-contre-proposition.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await dossier.locator('button.send-other').click();
    await dossier.locator('dialog[open]').waitFor();
    await page.screenshot({ path: `${out}/dossier-confirm-${tag}.png`, fullPage: false });
    await dossier.locator('dialog[open] button', { hasText: /Envoyer/ }).last().click();
    await page.waitForFunction(() => document.querySelector('jrmc-loan-dossier[data-loan-demo]')?.otherLetters?.[0]?.status === 'sent' || document.querySelector('jrmc-loan-dossier[data-loan-demo]')?.otherLetters?.[0]?.status === 'available', null, { timeout: 15000 }).catch(() => console.log('other letter not sent', tag));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/dossier-${tag}.png`, fullPage: true });
    await page.close();

    page = await open('/components/jrmc-loan-dossiers.html', width, scheme);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/dossiers-${tag}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
console.log('done');
