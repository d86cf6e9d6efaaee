// The kiosk end to end: the built app in Debian's headless Chromium, the real practice-server,
// a real SQLite file. Each test makes its own server and database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { launch, newTablet, enrol, visit, rateAndComment } from "./support/browser.mjs";
import { startServer, freePort, freshDatabase, enrolmentCode, storedRows, eventually, setSetting } from "./support/server.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** A server, an enrolled tablet on it, and a way to stop both. */
async function enrolledKiosk() {
  const database = freshDatabase();
  const port = await freePort();
  const server = await startServer({ port, database });
  const tablet = await newTablet(browser);
  await enrol(tablet.page, server.url, enrolmentCode(database));
  return { database, port, server, ...tablet };
}

async function waitingInOutbox(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem("kiosk.outbox.v1") ?? '{"items":[]}').items.length);
}

test("a patient rates, comments and sends; the row is stored with the right fields", async () => {
  const { database, server, page, context, errors } = await enrolledKiosk();
  try {
    const comment = "Waited forty minutes past my slot and nobody told us why.";
    await visit(page, { stars: 4, comment, topics: ["waiting_time", "reception"] });
    const rows = await eventually(() => {
      const rows = storedRows(database);
      return rows.length === 1 && rows;
    }, "the submission to be stored");
    const row = rows[0];
    assert.equal(row.fft, "good");
    assert.equal(row.comment, comment);
    assert.deepEqual(row.topics, ["reception", "waiting_time"]);
    assert.equal(row.language, "en-GB");
    assert.equal(row.device, "Waiting room");
    assert.match(row.created_hour, /T\d\d:00:00Z$/, "only the hour is kept");
    assert.equal(row.contact_name, null);
    await eventually(async () => (await waitingInOutbox(page)) === 0, "the outbox to empty");
    // The thank-you clears itself, and nothing of the patient's is left in the page.
    await page.getByTestId("start").waitFor({ timeout: 15_000 });
    assert.ok(!(await page.content()).includes("forty minutes"));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a wrong enrolment code is refused with a clear message, and the right one then connects", async () => {
  const database = freshDatabase();
  const server = await startServer({ port: await freePort(), database });
  const { page, context, errors } = await newTablet(browser);
  try {
    await page.goto(server.url);
    const code = page.getByLabel("Enrolment code");
    const connect = page.getByRole("button", { name: "Connect this kiosk" });
    await code.fill("NOT-A-CODE");
    await connect.click();
    await page.getByRole("alert").filter({ hasText: "That code was not accepted" }).waitFor();
    // The button is free again for the corrected code.
    assert.equal(await connect.isEnabled(), true);
    await code.fill(enrolmentCode(database));
    await connect.click();
    await page.locator("[data-testid=start], [data-testid=closed]").first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a reply request sends contact details only with consent", async () => {
  const { database, server, page, context } = await enrolledKiosk();
  try {
    await rateAndComment(page, { stars: 2, comment: "Please call me about my repeat prescription." });
    await page.getByTestId("reply-yes").click();
    await page.getByLabel("Your name").fill("Pat Smith");
    await page.getByLabel("Phone number").fill("07700 900123");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByText("tick the box to agree to be contacted").waitFor();
    assert.equal(await page.getByRole("heading", { name: "Thank you" }).count(), 0, "not sent without consent");
    await page.getByTestId("consent").click();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByRole("heading", { name: "Thank you" }).waitFor();
    const [row] = await eventually(() => {
      const rows = storedRows(database);
      return rows.length === 1 && rows;
    }, "the submission");
    assert.equal(row.fft, "poor");
    assert.equal(row.contact_name, "Pat Smith");
    assert.equal(row.contact_phone, "07700 900123");
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a double tap on send makes one row", async () => {
  const { database, server, page, context } = await enrolledKiosk();
  try {
    await rateAndComment(page, { stars: 5, comment: "Lovely nurse." });
    // Two clicks inside one task, before any re-render: the guard, not the re-render, must stop the second.
    await page.getByRole("button", { name: "Send feedback" }).evaluate((button) => {
      button.click();
      button.click();
    });
    await page.getByRole("heading", { name: "Thank you" }).waitFor();
    await eventually(() => storedRows(database).length === 1, "the submission");
    await eventually(async () => (await waitingInOutbox(page)) === 0, "the outbox to empty");
    // And a real double tap from the touch screen on the next visit.
    await rateAndComment(page, { stars: 3 });
    await page.getByRole("button", { name: "Send feedback" }).dblclick();
    await eventually(() => storedRows(database).length === 2, "the second submission");
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(storedRows(database).length, 2);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("with the server down, three patients' feedback survives a reload and arrives exactly once", async () => {
  const kiosk = await enrolledKiosk();
  const { database, port, page, context } = kiosk;
  let server = kiosk.server;
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await server.stop();
    for (const stars of [5, 3, 1]) {
      await visit(page, { stars, comment: `Offline visit with ${stars} stars.` });
      await page.getByTestId("finish").click();
    }
    assert.equal(await waitingInOutbox(page), 3);
    // The tablet reloads while the server is still down: the service worker brings the kiosk up.
    await page.reload();
    await page.getByTestId("start").waitFor();
    assert.equal(await waitingInOutbox(page), 3);
    server = await startServer({ port, database });
    await eventually(() => storedRows(database).length === 3, "three rows after the server returns", 60_000);
    await eventually(async () => (await waitingInOutbox(page)) === 0, "the outbox to empty");
    const rows = storedRows(database);
    assert.deepEqual(rows.map((r) => r.fft).sort(), ["neither", "very_good", "very_poor"]);
    assert.equal(new Set(rows.map((r) => r.id)).size, 3, "none twice");
  } finally {
    await context.close();
    await server.stop();
  }
});

test("after the idle timeout the typed text is gone and the welcome screen is back", async () => {
  const database = freshDatabase();
  const server = await startServer({ port: await freePort(), database });
  const { page, context } = await newTablet(browser);
  try {
    await page.clock.install();
    await enrol(page, server.url, enrolmentCode(database));
    await page.getByTestId("start").click();
    await page.getByRole("radio", { name: /^Poor \(/ }).check();
    await page.getByTestId("next").click();
    const secret = "My private words about my appointment";
    await page.getByTestId("comment").fill(secret);
    await page.clock.runFor(59_000);
    assert.equal(await page.getByTestId("idle-dialog").count(), 0, "no question before a minute");
    await page.clock.runFor(2_000);
    await page.getByTestId("idle-dialog").waitFor();
    assert.match(await page.getByTestId("idle-dialog").innerText(), /Are you still there\?/);
    // "I need more time" keeps everything.
    await page.getByRole("button", { name: "I need more time" }).click();
    assert.equal(await page.getByTestId("idle-dialog").count(), 0);
    assert.equal(await page.getByTestId("comment").inputValue(), secret);
    // Then nobody touches it.
    await page.clock.runFor(61_000);
    await page.getByTestId("idle-dialog").waitFor();
    await page.clock.runFor(31_000);
    await page.getByTestId("start").waitFor();
    assert.ok(!(await page.content()).includes(secret));
    await page.goBack().catch(() => {});
    assert.ok(!(await page.content()).includes(secret), "going back shows nothing of it");
    assert.equal(await page.getByTestId("comment").count(), 0);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a comment over 2,000 characters can't be sent", async () => {
  const { server, page, context } = await enrolledKiosk();
  try {
    await page.getByTestId("start").click();
    await page.getByRole("radio", { name: /^Good \(/ }).check();
    await page.getByTestId("next").click();
    await page.getByTestId("comment").fill("é".repeat(1990));
    await page.getByText("10 characters left").waitFor();
    await page.getByTestId("comment").fill("é".repeat(2005));
    await page.getByText("Your comment is 5 characters too long").waitFor();
    assert.equal(await page.getByTestId("next").getAttribute("aria-disabled"), "true");
    await page.getByTestId("next").click({ force: true });
    assert.equal(await page.getByTestId("comment").count(), 1, "still on the comment screen");
  } finally {
    await context.close();
    await server.stop();
  }
});

test("abuse gets a gentle nudge with the words marked, one chance to edit, then it can go as it is", async () => {
  const { database, server, page, context } = await enrolledKiosk();
  try {
    await page.getByTestId("start").click();
    await page.getByRole("radio", { name: /^Very poor \(/ }).check();
    await page.getByTestId("next").click();
    await page.getByTestId("comment").fill("Waited an hour and the receptionist is a stupid cow.");
    const nudge = page.getByTestId("nudge-abuse");
    await nudge.waitFor();
    assert.match(await nudge.innerText(), /rather than describing the person/);
    assert.deepEqual(await nudge.locator("mark").allInnerTexts(), ["stupid", "cow"]);
    // The first Continue stops once and offers the choice; nothing is blocked.
    await page.getByTestId("next").click();
    await page.getByTestId("nudge-send-anyway").waitFor();
    assert.equal(await page.getByTestId("comment").count(), 1, "still on the comment screen");
    await page.getByTestId("nudge-send-anyway").click();
    await page.getByRole("button", { name: "Send feedback" }).click();
    const [row] = await eventually(() => {
      const rows = storedRows(database);
      return rows.length === 1 && rows;
    }, "the submission");
    assert.deepEqual(row.verdict, ["abuse"], "the server's own verdict is stored");
    assert.equal(row.comment, "Waited an hour and the receptionist is a stupid cow.", "never rewritten");
  } finally {
    await context.close();
    await server.stop();
  }
});

test("honest sweary criticism gets no nudge, an edit clears one, and urgent words bring help at once", async () => {
  const { server, page, context } = await enrolledKiosk();
  try {
    await page.getByTestId("start").click();
    await page.getByRole("radio", { name: /^Poor \(/ }).check();
    await page.getByTestId("next").click();
    const comment = page.getByTestId("comment");
    await comment.fill("The booking system is a bloody nightmare, an hour on hold.");
    await page.waitForTimeout(400);
    assert.equal(await page.getByTestId("nudge-abuse").count(), 0, "criticism is welcome as it is");
    assert.equal(await page.getByTestId("not-monitored").count(), 1, "the standing notice");
    await comment.fill("The receptionist is an idiot.");
    await page.getByTestId("nudge-abuse").waitFor();
    await comment.fill("The receptionist would not let me speak to a doctor.");
    await page.getByTestId("nudge-abuse").waitFor({ state: "detached" });
    await comment.fill("I have had chest pain since this morning.");
    const urgent = page.getByTestId("nudge-urgent");
    await urgent.waitFor();
    assert.match(await urgent.innerText(), /reception.*999.*NHS 111/s);
    assert.equal(await page.getByTestId("not-monitored").count(), 0, "the urgent panel says it instead");
    await comment.fill("Call me on 07700 900123.");
    await page.getByTestId("nudge-personal-data").waitFor();
    assert.equal(await page.getByTestId("not-monitored").count(), 1, "the standing notice is back");
    // Continue is never blocked by anything but the length limit.
    await page.getByTestId("next").click();
    await page.getByRole("heading", { name: "Would you like the practice manager to contact you?" }).waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("settings set on the server reach the kiosk, and the last copy is used when the server is down at start", async () => {
  const kiosk = await enrolledKiosk();
  const { database, page, context } = kiosk;
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    setSetting(database, "practice-name", "Hills Road Surgery");
    setSetting(database, "follow-up-question", "What is one thing we could do better?");
    setSetting(database, "topics", "doctor,nurse");
    const check = async () => {
      await page.getByText("Hills Road Surgery").waitFor();
      await page.getByTestId("start").click();
      await page.getByRole("radio", { name: /^Good \(/ }).check();
      await page.getByTestId("next").click();
      await page.getByRole("heading", { name: "What is one thing we could do better?" }).waitFor();
      assert.equal(await page.locator("label.chip").count(), 2);
      assert.deepEqual(await page.locator("label.chip").allInnerTexts(), ["Doctor", "Nurse"]);
    };
    await page.reload();
    await check();
    // The next morning the Wi-Fi is down when the tablet starts: the kept copy is used.
    await kiosk.server.stop();
    await page.reload();
    await check();
  } finally {
    await context.close();
    await kiosk.server.stop();
  }
});
