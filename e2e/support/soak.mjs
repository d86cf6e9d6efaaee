// The soak: many patients, one after another, on one page, as a kiosk's day and week go, and
// what the page holds after each stretch: JS heap (after a forced garbage collection), the wasm
// module's linear memory, DOM nodes and event listeners (Chrome DevTools Protocol). A timer,
// listener or signal that leaks per visit shows as growth between the two measurements.
import { newTablet, enrol } from "./browser.mjs";
import { startServer, freePort, freshDatabase, enrolmentCode, storedRows, eventually } from "./server.mjs";

/** The most any measure may grow between the two checkpoints. */
export const ALLOWED_GROWTH = 0.1;

/**
 * Runs `visits` visits, measuring after `warmup` visits and at the end. Returns each measure at
 * both points and its growth.
 */
export async function soak(browser, { visits, warmup, log = () => {} }) {
  const database = freshDatabase();
  const server = await startServer({ port: await freePort(), database });
  const { context, page, errors } = await newTablet(browser);
  try {
    // Trunk's loader hands over the wasm instance in this event; keep it to read its memory.
    await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (event) => (window.kioskWasm = event.detail.wasm)));
    await enrol(page, server.url, enrolmentCode(database));
    const cdp = await context.newCDPSession(page);
    const reading = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      const counters = await cdp.send("Memory.getDOMCounters");
      const wasm = await page.evaluate(() => window.kioskWasm?.memory?.buffer.byteLength ?? 0);
      return { jsHeapBytes: heap.usedSize, wasmMemoryBytes: wasm, domNodes: counters.nodes, listeners: counters.jsEventListeners };
    };
    // The least of three readings a quarter of a second apart: what leaks stays in every one,
    // while a screen still changing when one reading is taken (once, 80 -> 102 DOM nodes) doesn't.
    const measure = async () => {
      const readings = [];
      for (let i = 0; i < 3; i++) {
        if (i > 0) await page.waitForTimeout(250);
        readings.push(await reading());
      }
      return Object.fromEntries(Object.keys(readings[0]).map((key) => [key, Math.min(...readings.map((r) => r[key]))]));
    };
    // Each visit is driven from inside the page, by the same DOM events a finger makes, so the
    // test driver's own objects don't count as the kiosk's.
    await page.evaluate(() => {
      const until = async (selector) => {
        for (let i = 0; i < 500; i++) {
          const found = document.querySelector(selector);
          if (found) return found;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error(`no ${selector}`);
      };
      const tap = async (selector) => (await until(selector)).click();
      const comments = [
        "The receptionist was kind and the wait was short.",
        "The booking system is a bloody nightmare, I rang for an hour.",
        "Dr Patel listened and explained everything clearly.",
        "",
      ];
      window.soakVisit = async (n) => {
        await tap("[data-testid=start]");
        await tap(`[data-testid=fft-${["very_poor", "poor", "neither", "good", "very_good"][n % 5]}] input`);
        await tap("[data-testid=next]");
        const box = await until("[data-testid=comment]");
        if (n % 3 === 0) await tap("[data-testid=topic-reception]");
        box.value = comments[n % comments.length];
        box.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await tap("[data-testid=next]");
        await until("[data-testid=reply-no]");
        await tap("[data-testid=next]");
        await tap("[data-testid=finish]");
        await until("[data-testid=start]");
        // The next patient comes after this one's feedback has left: a waiting room, not a
        // load test (a backlog would be held in memory, rightly, and hide what leaks).
        for (let i = 0; i < 1000 && (localStorage.getItem("kiosk.outbox.v1") ?? "").includes('"id"'); i++) {
          await new Promise((r) => setTimeout(r, 5));
        }
      };
    });
    let done = 0;
    const run = async (count) => {
      for (let i = 0; i < count; i++, done++) {
        await page.evaluate((n) => window.soakVisit(n), done);
        if ((done + 1) % 100 === 0) log(`${done + 1} visits`);
      }
    };
    await run(warmup);
    const before = await measure();
    await run(visits - warmup);
    const after = await measure();
    // Every visit really happened: the server has every patient's feedback.
    const stored = await eventually(() => {
      const rows = storedRows(database);
      return rows.length >= visits && rows;
    }, `${visits} stored submissions`);
    const growth = Object.fromEntries(Object.keys(before).map((key) => [key, before[key] ? (after[key] - before[key]) / before[key] : 0]));
    return { visits, warmup, before, after, growth, stored: stored.length, pageErrors: errors };
  } finally {
    await context.close();
    await server.stop();
  }
}

/** The lines `cargo xtask soak` prints. */
export function report({ visits, warmup, before, after, growth, stored }) {
  const lines = [`soak: ${visits} visits (${stored} stored by the server), measured after ${warmup} and after ${visits}`];
  for (const key of Object.keys(before)) {
    lines.push(`  ${key}: ${before[key]} -> ${after[key]} (${(growth[key] * 100).toFixed(1)}%)`);
  }
  return lines.join("\n");
}
