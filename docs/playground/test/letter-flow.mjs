// Builds and schedules a termination letter through <jrmc-letter-builder>, as a user does, in any page
// (the playground, or a framework example). Returns the scheduled day, the price shown and the letter id.

/** Fills every step of the builder and confirms a letter scheduled for the second open day. */
export async function scheduleLetter(builder, { lastName = 'Parcours', contract = 'E2E-001', reasonText = 'Fin de la relation de conseil' } = {}) {
  await builder.locator('#field-subscriber-civility').selectOption('M.');
  await builder.locator('#field-subscriber-firstName').fill('Jean');
  await builder.locator('#field-subscriber-lastName').fill(lastName);
  await builder.locator('#field-subscriber-line1').fill('3 rue Haute');
  await builder.locator('#field-subscriber-postcode').fill('38000');
  await builder.locator('#field-subscriber-city').fill('Grenoble');
  await builder.locator('button.next').click();
  await builder.locator('#field-recipient-search').fill('maif');
  await builder.locator('button.result').first().click();
  await builder.locator('button.next').click();
  await builder.locator('input[name="reason"][value="custom"]').check();
  await builder.locator('#field-customReasonText').fill(reasonText);
  await builder.locator('button.next').click();
  await builder.locator('#field-contract-number').fill(contract);
  await builder.locator('form.add-contract button[type="submit"]').click();
  // The contract is checked by the server before it joins the list: continue only once it is listed.
  await builder.getByText(contract, { exact: true }).first().waitFor();
  await builder.locator('button.next').click();
  await builder.locator('input[name="send-mode"][value="scheduled"]').check();
  // A day after today, so the letter waits for its date (today would leave at once); on a month's last
  // day, that day is in the next month.
  const openDays = builder.locator('jrmc-send-date-picker td[aria-disabled="false"]');
  let firstOpenDay = openDays.nth(1);
  if ((await openDays.count()) < 2) {
    await builder.locator('jrmc-send-date-picker .caption button').nth(1).click();
    firstOpenDay = openDays.first();
  }
  const scheduledDate = await firstOpenDay.getAttribute('data-date');
  await firstOpenDay.click();
  await builder.locator('button.next').click();
  await builder.locator('button.next').click();
  const confirm = builder.locator('button.confirm');
  await confirm.waitFor();
  // The quote arrives from the server after the step shows.
  const priceText = await builder.locator('.quote', { hasText: 'Prix' }).innerText();
  const priceMatch = /Prix : ([\d,]+)/.exec(priceText.replace(/\s/g, ' '));
  if (!priceMatch) throw new Error(`no price in the quote: ${priceText}`);
  const price = Number(priceMatch[1].replace(',', '.'));
  // The preview is the server's text of the saved draft: it arrives after the step shows.
  await builder.locator('.preview article').waitFor();
  const preview = await builder.locator('.preview').innerText();
  await confirm.click();
  await builder.locator('.success').waitFor();
  const success = await builder.locator('.success').innerText();
  const letterId = /let_[0-9a-f]+/.exec(await builder.locator('.step').innerText())[0];
  return { scheduledDate, price, preview, success, letterId };
}
