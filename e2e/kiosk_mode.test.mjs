// Kiosk mode as far as a page holds it: full screen at the first touch, history that never leaves
// the flow, no context menu outside the text boxes, no link out; and staff leaving it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

import { launch, rateAndComment, axeClean, shots } from "./support/browser.mjs";
import { staffKiosk, openStaffPanel } from "./support/staff.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const inFullScreen = (page) => page.evaluate(() => document.fullscreenElement !== null);
/** Full screen comes and goes a moment after the touch that asks for it. */
const fullScreenBecomes = (page, wanted) => page.waitForFunction((wanted) => (document.fullscreenElement !== null) === wanted, wanted, { timeout: 5_000 });
/** Whether a long press (a `contextmenu` event) on `selector` would open the browser's menu. */
const menuOpens = (page, selector) =>
  page.evaluate((selector) => document.querySelector(selector).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true })), selector);

test("the first touch enters full screen; back never leaves the flow; no menu but in text boxes; no link out", async () => {
  const { server, page, context } = await staffKiosk(browser);
  try {
    const url = page.url();
    // Enrolling was already a touch: the kiosk went full screen then.
    await fullScreenBecomes(page, true);

    // Lost (a swipe from the edge, Escape), and back at the next touch.
    await page.evaluate(() => document.exitFullscreen());
    await fullScreenBecomes(page, false);
    await page.getByTestId("start").click();
    await fullScreenBecomes(page, true);
    await page.getByRole("radio", { name: /^Good \(/ }).check();

    await page.goBack({ timeout: 2_000 }).catch(() => null);
    await page.goBack({ timeout: 2_000 }).catch(() => null);
    assert.equal(page.url(), url, "history stays on the kiosk");
    // Two backs at once, before the kiosk can answer the first (a double swipe): still here, and
    // the guard is topped up so the next double swipe is caught too.
    // (Polled from here: the tablet's clock is the test's, so the page's own timers stand still.)
    for (const round of [1, 2]) {
      await page.evaluate(() => setTimeout(() => history.go(-2)));
      await page.clock.runFor(1);
      let depth;
      for (let tries = 0; tries < 50 && depth !== 2; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        depth = await page.evaluate(() => history.state).catch(() => undefined);
      }
      assert.equal(page.url(), url, `a double back (round ${round}) stays on the kiosk`);
      assert.equal(depth, 2, `the guard is topped up again (round ${round})`);
    }
    assert.ok(await page.getByRole("radio", { name: /^Good \(/ }).isChecked(), "the visit is untouched");

    assert.equal(await menuOpens(page, "h1"), false, "no context menu on the page");
    await page.getByTestId("next").click();
    assert.equal(await menuOpens(page, "[data-testid=comment]"), true, "the comment box keeps its menu (paste)");
    const selectable = await page.evaluate(() =>
      ["h1", "[data-testid=comment]"].map((selector) => getComputedStyle(document.querySelector(selector)).userSelect),
    );
    assert.deepEqual(selectable, ["none", "text"], "text can be selected only in the comment box");

    // A link to another site, however it got there, goes nowhere.
    const followed = await page.evaluate(() => {
      const link = Object.assign(document.createElement("a"), { href: "https://example.org/", textContent: "out" });
      document.querySelector("main").append(link);
      return link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    });
    assert.equal(followed, false);
    assert.equal(page.url(), url);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("staff leave kiosk mode and come back to it", async () => {
  const { server, page, context } = await staffKiosk(browser);
  try {
    await rateAndComment(page, { stars: 2, comment: "The wait was long" });
    await openStaffPanel(page);
    await page.getByTestId("staff-leave-kiosk").click();
    const off = page.getByTestId("kiosk-off");
    await off.waitFor();
    await fullScreenBecomes(page, false);
    await page.screenshot({ path: join(shots, "32-kiosk-off-1280x800.png"), fullPage: true });
    await axeClean(page, "kiosk mode off");
    // Out of kiosk mode, a touch does not take the screen back, and the context menu works.
    await page.mouse.click(600, 700);
    assert.equal(await inFullScreen(page), false);
    assert.equal(await menuOpens(page, "h1"), true);

    await page.getByTestId("kiosk-resume").click();
    await page.getByTestId("start").waitFor();
    await fullScreenBecomes(page, true);
    assert.equal(await page.getByText("The wait was long").count(), 0, "the earlier visit is gone");
  } finally {
    await context.close();
    await server.stop();
  }
});
