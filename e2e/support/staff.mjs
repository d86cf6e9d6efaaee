// What staff do on the tablet: the hidden corner press and the PIN. Shared by the staff-mode
// tests.

import { newTablet, enrol } from "./browser.mjs";
import { startServer, freePort, freshDatabase, enrolmentCode, serverCommand, setSetting } from "./server.mjs";

export const PIN = "4821";

/**
 * A server with a staff PIN (and any `settings`), and an enrolled tablet whose clock the test
 * drives, starting at `time` if given (the tablet's zone is Europe/London).
 */
export async function staffKiosk(browser, { viewport, time, settings = {}, dist } = {}) {
  const database = freshDatabase();
  const server = await startServer({ port: await freePort(), database, dist });
  serverCommand(database, ["set-pin", PIN]);
  for (const [name, value] of Object.entries(settings)) setSetting(database, name, value);
  const tablet = await newTablet(browser, viewport, { timezoneId: "Europe/London" });
  await tablet.page.clock.install(time ? { time } : undefined);
  await enrol(tablet.page, server.url, enrolmentCode(database));
  // The settings (with the PIN's hash) arrive just after enrolment.
  await tablet.page.waitForFunction(() => (localStorage.getItem("kiosk.settings.v1") ?? "").includes("$pbkdf2-sha256$"));
  return { database, server, ...tablet };
}

/** Presses the top-left corner for `ms` of the tablet's clock. */
export async function holdCorner(page, ms) {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

export async function typePin(page, pin) {
  for (const digit of pin) await page.getByTestId(`pin-${digit}`).click();
  await page.getByTestId("pin-unlock").click();
}

/** The corner press and the PIN: the staff panel. */
export async function openStaffPanel(page) {
  await holdCorner(page, 3_100);
  await typePin(page, PIN);
  await page.getByTestId("staff-panel").waitFor();
}
