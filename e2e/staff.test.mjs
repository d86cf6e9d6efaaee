// Staff mode: the hidden corner press, the PIN pad and its lock, the panel, cleaning mode.
// Time is driven by Playwright's clock, never slept through.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";

import { launch, newTablet, enrol, TABLET_LANDSCAPE, TABLET_PORTRAIT } from "./support/browser.mjs";
import { startServer, freePort, freshDatabase, enrolmentCode, serverCommand } from "./support/server.mjs";

const shots = resolve(import.meta.dirname, "../target/screenshots");
const PIN = "4821";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** A server with a staff PIN, and an enrolled tablet whose clock the test drives. */
async function staffKiosk(viewport) {
  const database = freshDatabase();
  const server = await startServer({ port: await freePort(), database });
  serverCommand(database, ["set-pin", PIN]);
  const tablet = await newTablet(browser, viewport);
  await tablet.page.clock.install();
  await enrol(tablet.page, server.url, enrolmentCode(database));
  // The settings (with the PIN's hash) arrive just after enrolment.
  await tablet.page.waitForFunction(() => (localStorage.getItem("kiosk.settings.v1") ?? "").includes("argon2id"));
  return { database, server, ...tablet };
}

/** Presses the top-left corner for `ms` of the tablet's clock. */
async function holdCorner(page, ms) {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

async function typePin(page, pin) {
  for (const digit of pin) await page.getByTestId(`pin-${digit}`).click();
  await page.getByTestId("pin-unlock").click();
}

async function axeClean(page, name) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], name);
}

test("a three-second press on the corner and the right PIN open the panel; a tap or short press does not", async () => {
  const { server, page, context } = await staffKiosk();
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
  const { database, server, page, context } = await staffKiosk();
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

test("cleaning mode ignores touches for thirty seconds, then the welcome screen returns", async () => {
  const { server, page, context } = await staffKiosk();
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
    const { server, page, context } = await staffKiosk(size);
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
