// Every screen at both tablet sizes: a screenshot under target/screenshots/ (to look at), and
// axe-core's WCAG 2.2 AA rules, which must find nothing. Also the touch-target floor of 48 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

import { launch, newTablet, enrol, axeClean, shots, TABLET_LANDSCAPE, TABLET_PORTRAIT } from "./support/browser.mjs";
import { startServer, freePort, freshDatabase, enrolmentCode } from "./support/server.mjs";

let browser;
let server;
let database;
before(async () => {
  browser = await launch();
  database = freshDatabase();
  server = await startServer({ port: await freePort(), database });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function checkScreen(page, name, size) {
  await page.waitForTimeout(150); // let focus and fonts settle
  await page.screenshot({ path: join(shots, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  await axeClean(page, `${name} at ${size.width}x${size.height}`);
  // Every control a finger uses is at least 48 by 48 CSS pixels.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, label.fft-option, label.chip, label.choice, label.checkbox, input.text-input, textarea")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.dataset.testid ?? el.id ?? el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 48 || r.height < 48)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`)
  );
  assert.deepEqual(small, [], `${name}: touch targets under 48 px`);
}

for (const size of [TABLET_LANDSCAPE, TABLET_PORTRAIT]) {
  test(`every screen at ${size.width}x${size.height} passes axe and has 48 px targets`, async () => {
    const { page, context, errors } = await newTablet(browser, size);
    try {
      await page.clock.install();
      await page.goto(server.url);
      await page.getByLabel("Enrolment code").waitFor();
      await checkScreen(page, "01-setup", size);
      await enrol(page, server.url, enrolmentCode(database));
      await checkScreen(page, "02-welcome", size);
      await page.getByRole("button", { name: "How we use your feedback" }).click();
      await checkScreen(page, "03-privacy", size);
      await page.getByRole("button", { name: "Close" }).click();
      await page.getByTestId("start").click();
      await checkScreen(page, "04-rating", size);
      await page.getByRole("radio", { name: /^Good \(/ }).check();
      await checkScreen(page, "05-rating-chosen", size);
      await page.getByTestId("next").click();
      await page.getByTestId("topic-reception").click();
      await page.getByTestId("comment").fill("The receptionist was patient and found me an appointment the same day. ".repeat(26));
      await checkScreen(page, "06-comment", size);
      await page.getByTestId("comment").fill("THE RECEPTIONIST IS A STUPID COW. I want to make a formal complaint.");
      await page.clock.runFor(300);
      await page.getByTestId("nudge-abuse").waitFor();
      await page.getByTestId("next").click();
      await checkScreen(page, "06b-comment-nudge", size);
      await page.getByTestId("comment").fill("I've had chest pain all morning. My NHS number is 943 476 5919.");
      await page.clock.runFor(300);
      await page.getByTestId("nudge-urgent").waitFor();
      await checkScreen(page, "06c-comment-urgent", size);
      await page.getByTestId("comment").fill("The receptionist was patient and found me an appointment the same day.");
      await page.clock.runFor(300);
      await page.getByTestId("next").click();
      await checkScreen(page, "07-reply", size);
      await page.getByTestId("reply-yes").click();
      await page.getByRole("button", { name: "Send feedback" }).click();
      await checkScreen(page, "08-reply-contact-problems", size);
      await page.getByTestId("reply-no").click();
      await page.getByTestId("back").click();
      await page.clock.runFor(61_000);
      await page.getByTestId("idle-dialog").waitFor();
      await checkScreen(page, "09-are-you-still-there", size);
      await page.getByRole("button", { name: "I need more time" }).click();
      await page.getByTestId("next").click();
      await page.getByRole("button", { name: "Send feedback" }).click();
      await page.getByRole("heading", { name: "Thank you" }).waitFor();
      await checkScreen(page, "10-thank-you", size);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("at 200% zoom on a portrait tablet every screen reflows without sideways scrolling", async () => {
  // 200% browser zoom on an 800 px wide tablet is a 400 CSS-px viewport at device scale 2.
  const context = await browser.newContext({ viewport: { width: 400, height: 640 }, deviceScaleFactor: 2, hasTouch: true });
  const page = await context.newPage();
  try {
    await enrol(page, server.url, enrolmentCode(database));
    const check = async (name) => {
      await page.screenshot({ path: join(shots, `12-zoom-200pct-${name}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: no sideways scrolling at 200% (overflow ${overflow}px)`);
    };
    await check("welcome");
    await page.getByTestId("start").click();
    await check("rating");
    await page.getByRole("radio", { name: /^Very good \(/ }).check();
    await page.getByTestId("next").click();
    await check("comment");
    await page.getByTestId("next").click();
    await page.getByTestId("reply-yes").click();
    await check("reply");
  } finally {
    await context.close();
  }
});
