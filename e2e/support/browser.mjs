// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

/** Where the screenshots go, to be looked at. */
export const shots = resolve(import.meta.dirname, "../../target/screenshots");
mkdirSync(shots, { recursive: true });

export const TABLET_LANDSCAPE = { width: 1280, height: 800 };
export const TABLET_PORTRAIT = { width: 800, height: 1280 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-default-apps",
      "--disable-quic",
    ],
  });
}

/** A new tablet: its own storage, a touch screen, the given size. */
export async function newTablet(browser, viewport = TABLET_LANDSCAPE, options = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, serviceWorkers: "allow", ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  return { context, page, errors };
}

/** Enrols the kiosk on `page` with a code, as staff would, and waits for the welcome screen. */
export async function enrol(page, url, code) {
  await page.goto(url);
  await page.getByLabel("Enrolment code").fill(code);
  await page.getByRole("button", { name: "Connect this kiosk" }).click();
  // The welcome screen, or "closed" if the practice's opening hours say so.
  await page.locator("[data-testid=start], [data-testid=closed]").first().waitFor();
}

/** One patient's visit up to the reply screen. */
export async function rateAndComment(page, { stars = 4, comment = "", topics = [] } = {}) {
  await page.getByTestId("start").click();
  const names = { 1: "Very poor", 2: "Poor", 3: "Neither good nor poor", 4: "Good", 5: "Very good" };
  await page.getByRole("radio", { name: new RegExp(`^${names[stars]} \\(`) }).check();
  await page.getByTestId("next").click();
  for (const topic of topics) await page.getByTestId(`topic-${topic}`).click();
  if (comment) await page.getByTestId("comment").fill(comment);
  await page.getByTestId("next").click();
  await page.getByRole("heading", { name: "Would you like the practice manager to contact you?" }).waitFor();
}

/** A whole visit: rate, comment, send. */
export async function visit(page, options) {
  await rateAndComment(page, options);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await page.getByRole("heading", { name: "Thank you" }).waitFor();
}

/** axe-core finds nothing against WCAG 2.2 AA and best practice; `name` says where. */
export async function axeClean(page, name) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], name);
}
