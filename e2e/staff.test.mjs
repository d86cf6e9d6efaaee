// Staff mode: the hidden corner press, the PIN pad and its lock, the panel, cleaning mode.
// Time is driven by Playwright's clock, never slept through.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

import { launch, axeClean, shots, TABLET_LANDSCAPE, TABLET_PORTRAIT } from "./support/browser.mjs";
import { serverCommand } from "./support/server.mjs";
import { PIN, staffKiosk, holdCorner, typePin } from "./support/staff.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("a three-second press on the corner and the right PIN open the panel; a tap or short press does not", async () => {
  const { server, page, context } = await staffKiosk(browser);
  try {
    await page.mouse.click(20, 20);
    await holdCorner(page, 1_500);
    assert.equal(await page.getByTestId("pin-pad").count(), 0, "a short press opens nothing");
    await holdCorner(page, 3_100);
    await page.getByTestId("pin-pad").waitFor();
    await typePin(page, PIN);
    const panel = page.getByTestId("staff-panel");
    await panel.waitFor();
    assert.equal(await page.getByTestId("staff-waiting").innerText(), "0");
    assert.equal(await page.getByTestId("staff-device").innerText(), "Waiting room");
    await page.getByTestId("staff-server").filter({ hasText: "Reachable" }).waitFor();
    await page.getByTestId("staff-lock").click();
    await page.getByTestId("staff-panel").waitFor({ state: "detached" });
    await page.getByTestId("start").waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("five wrong PINs lock the pad, the lock survives a reload, and clear-pin-lock lifts it", async () => {
  const { database, server, page, context } = await staffKiosk(browser);
  try {
    await holdCorner(page, 3_100);
    for (let i = 0; i < 5; i++) await typePin(page, "1111");
    await page.getByText("Too many wrong PINs. Try again in 1 minute.").waitFor();
    assert.ok(await page.getByTestId("pin-unlock").isDisabled());
    await page.reload();
    await page.getByTestId("start").waitFor();
    await holdCorner(page, 3_100);
    await page.getByText("Too many wrong PINs").waitFor();
    assert.ok(await page.getByTestId("pin-1").isDisabled(), "still locked after a reload");
    // The practice lifts the lock; the kiosk sees it when it next fetches its settings.
    serverCommand(database, ["clear-pin-lock"]);
    await page.reload();
    await page.waitForFunction(() => (localStorage.getItem("kiosk.pin-lock.v1") ?? "").includes('"failures":0'));
    await holdCorner(page, 3_100);
    await typePin(page, PIN);
    await page.getByTestId("staff-panel").waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a tablet that cannot check the PIN (no Web Crypto, as off https) says so and counts no PIN as wrong", async () => {
  const { server, page, context } = await staffKiosk(browser);
  try {
    // Off https (other than localhost) a browser has no crypto.subtle: as here after a reload.
    await page.addInitScript(() => Object.defineProperty(Crypto.prototype, "subtle", { get: () => undefined }));
    await page.reload();
    await page.getByTestId("start").waitFor();
    assert.equal(await page.evaluate(() => crypto.subtle), undefined);
    await holdCorner(page, 3_100);
    for (let i = 0; i < 6; i++) await typePin(page, i % 2 ? PIN : "1111");
    await page.getByText("This tablet could not check the PIN, so it was not counted as wrong.").waitFor();
    assert.equal(await page.getByTestId("staff-panel").count(), 0, "the panel stays shut");
    assert.equal(await page.getByText("Too many wrong PINs").count(), 0, "six tries, none counted, no lock");
    assert.ok(await page.getByTestId("pin-unlock").isEnabled());
    assert.doesNotMatch(await page.evaluate(() => localStorage.getItem("kiosk.pin-lock.v1") ?? ""), /"failures":[1-9]/);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("cleaning mode ignores touches for thirty seconds, then the welcome screen returns", async () => {
  const { server, page, context } = await staffKiosk(browser);
  try {
    await holdCorner(page, 3_100);
    await typePin(page, PIN);
    await page.getByTestId("staff-cleaning").click();
    const cleaning = page.getByTestId("cleaning");
    await cleaning.waitFor();
    // Wiping the screen: taps where the Start button is do nothing.
    const start = await page.getByTestId("start").boundingBox();
    await page.mouse.click(start.x + start.width / 2, start.y + start.height / 2);
    await page.clock.runFor(10_000);
    await page.mouse.click(start.x + 5, start.y + 5);
    assert.equal(await cleaning.count(), 1);
    assert.match(await cleaning.innerText(), /ignores touches for 20 more seconds/);
    assert.equal(await page.getByRole("heading", { name: /Overall, how was your experience/ }).count(), 0);
    await page.clock.runFor(21_000);
    await cleaning.waitFor({ state: "detached" });
    await page.getByTestId("start").waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});

for (const size of [TABLET_LANDSCAPE, TABLET_PORTRAIT]) {
  test(`the PIN pad, the panel and cleaning mode at ${size.width}x${size.height}: screenshots and axe`, async () => {
    const { server, page, context } = await staffKiosk(browser, { viewport: size });
    try {
      await holdCorner(page, 3_100);
      await page.getByTestId("pin-4").click();
      await page.getByTestId("pin-8").click();
      await page.screenshot({ path: join(shots, `20-pin-pad-${size.width}x${size.height}.png`), fullPage: true });
      await axeClean(page, "PIN pad");
      await page.getByTestId("pin-2").click();
      await page.getByTestId("pin-1").click();
      await page.getByTestId("pin-unlock").click();
      await page.getByTestId("staff-server").filter({ hasText: "Reachable" }).waitFor();
      await page.screenshot({ path: join(shots, `21-staff-panel-${size.width}x${size.height}.png`), fullPage: true });
      await axeClean(page, "staff panel");
      await page.getByTestId("staff-cleaning").click();
      await page.getByTestId("cleaning").waitFor();
      await page.screenshot({ path: join(shots, `22-cleaning-${size.width}x${size.height}.png`), fullPage: true });
      await axeClean(page, "cleaning mode");
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
