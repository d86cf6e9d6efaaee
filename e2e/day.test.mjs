// The kiosk's day: "Start a new day" (by hand, and by itself at the practice's hour or after a
// sleep past it), opening hours and "close for the day", and the thank-you screen's QR code.
// Time is driven by Playwright's clock; the tablet is in Europe/London (GMT in November).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import jsQR from "jsqr";

import { launch, visit, axeClean, shots, TABLET_LANDSCAPE, TABLET_PORTRAIT } from "./support/browser.mjs";
import { startServer, storedRows, distDir, scratchFolder } from "./support/server.mjs";
import { staffKiosk, openStaffPanel } from "./support/staff.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Reads the thank-you screen's QR code as a phone would: its modules drawn large, then jsQR. */
async function decodeQr(page) {
  const { size, dark } = await page.evaluate(() => {
    const svg = document.querySelector("[data-testid=review-qr] svg");
    const size = Number(svg.getAttribute("viewBox").split(" ")[2]);
    // Each dark run along a row is drawn "M{x} {y}h{n}v1h-{n}z".
    const dark = [...svg.querySelector("path").getAttribute("d").matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(([, x, y, n]) =>
      Array.from({ length: Number(n) }, (_, i) => [Number(x) + i, Number(y)]),
    );
    return { size, dark };
  });
  const scale = 6;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [x, y] of dark) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((y * scale + dy) * width + x * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

const outboxLength = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("kiosk.outbox.v1") ?? '{"items":[]}').items.length);

test("a new day with three items waiting and the server down loses none of them", async () => {
  const { database, server, page, context } = await staffKiosk(browser);
  let restarted;
  try {
    await server.stop();
    for (const comment of ["First patient", "Second patient", "Third patient"]) {
      await visit(page, { stars: 5, comment });
      await page.getByTestId("finish").click();
    }
    await openStaffPanel(page);
    assert.equal(await page.getByTestId("staff-sent-today").innerText(), "3");
    assert.equal(await page.getByTestId("staff-waiting").innerText(), "3");
    await page.getByTestId("staff-server").filter({ hasText: "Not reachable" }).waitFor();

    await page.getByTestId("staff-new-day").click();
    await page.getByTestId("staff-panel").waitFor({ state: "detached" });
    await page.getByTestId("start").waitFor();
    assert.equal(await outboxLength(page), 3, "nothing waiting is dropped by a new day");

    await openStaffPanel(page);
    assert.equal(await page.getByTestId("staff-sent-today").innerText(), "0", "the day's count starts again");
    assert.equal(await page.getByTestId("staff-waiting").innerText(), "3");

    // The server comes back; "Send now" delivers all three and says so.
    restarted = await startServer({ port: server.port, database });
    await page.getByTestId("staff-send-now").click();
    await page.getByTestId("staff-outcome").filter({ hasText: "Everything has been sent." }).waitFor();
    assert.equal(await page.getByTestId("staff-waiting").innerText(), "0");
    const comments = storedRows(database).map((row) => row.comment).sort();
    assert.deepEqual(comments, ["First patient", "Second patient", "Third patient"]);

    // The time of the last successful send outlives a reload of the tablet.
    const lastSent = await page.getByTestId("staff-last-sent").innerText();
    assert.match(lastSent, /^\d\d:\d\d$/);
    await page.reload();
    await page.getByTestId("start").waitFor();
    await openStaffPanel(page);
    assert.equal(await page.getByTestId("staff-last-sent").innerText(), lastSent);
  } finally {
    await context.close();
    await restarted?.stop();
  }
});

test("a new day starts by itself at the practice's hour, and on waking after sleeping past it", async () => {
  const { server, page, context } = await staffKiosk(browser, {
    time: new Date("2026-11-24T02:50:00Z"),
    settings: { "new-day-at": "03:00" },
  });
  try {
    await page.waitForFunction(() => (localStorage.getItem("kiosk.settings.v1") ?? "").includes('"new_day_at":180'));
    // Staff close for the day; that lasts until the new day.
    await openStaffPanel(page);
    await page.getByTestId("staff-close-day").click();
    await page.getByTestId("staff-lock").click();
    await page.getByTestId("closed").waitFor();
    assert.match(await page.getByTestId("closed-when").innerText(), /come back tomorrow/);

    await page.clock.runFor(12 * 60_000); // past 03:00
    await page.getByTestId("start").waitFor();
    assert.equal(await page.getByTestId("closed").count(), 0);

    // Closed again; the tablet sleeps from 10:00 until 07:00 the next morning. No timer ran in
    // between, yet on waking it sees that 03:00 has passed.
    await page.clock.runFor(60_000);
    await openStaffPanel(page);
    await page.getByTestId("staff-close-day").click();
    await page.getByTestId("staff-lock").click();
    await page.getByTestId("closed").waitFor();
    await page.clock.setSystemTime(new Date("2026-11-25T07:00:00Z"));
    await page.clock.runFor(20_000);
    await page.getByTestId("start").waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a new day loads a new version of the app when the server has one", async () => {
  // A copy of the built kiosk, so the test can publish a "new version" of it.
  const dist = scratchFolder("kiosk-dist-");
  cpSync(distDir, dist, { recursive: true });
  const { server, page, context } = await staffKiosk(browser, { dist });
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => (window.sameOldPage = true));
    const worker = join(dist, "sw.js");
    const script = readFileSync(worker, "utf8");
    // `const VERSION = "…"`, spaced as written or minified.
    const next = script.replace(/(VERSION\s*=\s*)"([^"]*)"/, '$1"$2-next"');
    assert.notEqual(next, script, "the service worker names its version");
    writeFileSync(worker, next);

    await openStaffPanel(page);
    const reloaded = page.waitForEvent("load");
    await page.getByTestId("staff-new-day").click();
    await reloaded;
    await page.getByTestId("start").waitFor();
    assert.equal(await page.evaluate(() => window.sameOldPage), undefined, "the page reloaded");
    const cacheNames = await page.evaluate(() => caches.keys());
    assert.ok(cacheNames.some((name) => name.endsWith("-next")), `the new version's cache: ${cacheNames}`);
  } finally {
    await context.close();
    await server.stop();
  }
});

for (const size of [TABLET_LANDSCAPE, TABLET_PORTRAIT]) {
  test(`closed outside opening hours, open by hand, at ${size.width}x${size.height}: screenshots and axe`, async () => {
    const { server, page, context } = await staffKiosk(browser, {
      viewport: size,
      time: new Date("2026-11-24T19:00:00Z"), // a Tuesday evening
      settings: { "opening-hours": "mon-fri 08:00-18:30" },
    });
    try {
      const closed = page.getByTestId("closed");
      await closed.waitFor();
      assert.equal(await page.getByTestId("closed-when").innerText(), "Please come back on Wednesday from 08:00.");
      assert.match(await page.getByTestId("not-monitored").innerText(), /999/);
      await page.screenshot({ path: join(shots, `30-closed-${size.width}x${size.height}.png`), fullPage: true });
      await axeClean(page, "closed");

      await openStaffPanel(page);
      assert.equal(await page.getByTestId("staff-open-state").innerText(), "Closed");
      await page.getByTestId("staff-open-now").click();
      assert.equal(await page.getByTestId("staff-open-state").innerText(), "Open");
      await page.getByTestId("staff-lock").click();
      await page.getByTestId("start").waitFor();

      // By the hours alone: Wednesday at 07:59 it is closed, at 08:00 open.
      await page.clock.setSystemTime(new Date("2026-11-25T07:59:00Z"));
      await page.clock.runFor(20_000); // the new day at 03:00 ended the "open by hand"
      await closed.waitFor();
      assert.equal(await page.getByTestId("closed-when").innerText(), "Please come back after 08:00 today.");
      await page.clock.runFor(60_000);
      await page.getByTestId("start").waitFor();

      // Closed by hand in opening hours: back tomorrow, whatever the hours say.
      await openStaffPanel(page);
      await page.getByTestId("staff-close-day").click();
      await page.getByTestId("staff-lock").click();
      await closed.waitFor();
      assert.equal(await page.getByTestId("closed-when").innerText(), "Please come back tomorrow.");
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test(`the thank-you screen offers the NHS website review page as a QR code at ${size.width}x${size.height}`, async () => {
    const link = "https://www.nhs.uk/services/gp-surgery/the-surgery/A12345/leave-a-review";
    const { server, page, context } = await staffKiosk(browser, { viewport: size, settings: { "review-link": link } });
    try {
      await page.waitForFunction(() => (localStorage.getItem("kiosk.settings.v1") ?? "").includes("leave-a-review"));
      await visit(page, { stars: 4 });
      const qr = page.getByTestId("review-qr");
      await qr.waitFor();
      assert.match(await qr.innerText(), /rate us on the NHS website/);
      assert.ok(await page.getByRole("img", { name: "QR code for our page on the NHS website" }).isVisible());
      assert.equal(await decodeQr(page), link, "a phone reading the code opens the review page");
      await page.screenshot({ path: join(shots, `31-thanks-qr-${size.width}x${size.height}.png`), fullPage: true });
      await axeClean(page, "thank you with QR");
      // It stays long enough to scan, then clears itself.
      await page.clock.runFor(10_000);
      assert.equal(await qr.count(), 1);
      await page.clock.runFor(11_000);
      await page.getByTestId("start").waitFor();
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
