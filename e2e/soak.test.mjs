// The short soak in every test run: 80 visits on one page, and nothing the page holds grows by
// more than 10% between visit 20 and visit 80. `cargo xtask soak` runs the long one (1,000).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { launch } from "./support/browser.mjs";
import { soak, report, ALLOWED_GROWTH } from "./support/soak.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("80 visits on one page: heap, wasm memory, DOM nodes and listeners hold steady", async () => {
  const result = await soak(browser, { visits: 80, warmup: 20 });
  console.log(report(result));
  assert.deepEqual(result.pageErrors, []);
  assert.equal(result.stored, 80);
  for (const [key, growth] of Object.entries(result.growth)) {
    assert.ok(growth <= ALLOWED_GROWTH, `${key} grew ${(growth * 100).toFixed(1)}%`);
  }
  assert.ok(result.after.wasmMemoryBytes > 0, "the wasm memory was measured");
});
