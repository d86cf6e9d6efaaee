// `cargo xtask soak [VISITS]`: the long soak. Prints each measure and exits non-zero if any grew
// by more than 10% between the first tenth of the visits and the end.
import { launch } from "./support/browser.mjs";
import { soak, report, ALLOWED_GROWTH } from "./support/soak.mjs";

const visits = Number(process.argv[2] ?? 1000);
const browser = await launch();
try {
  const result = await soak(browser, { visits, warmup: Math.max(10, Math.floor(visits / 10)), log: console.log });
  console.log(report(result));
  const failed = Object.entries(result.growth).filter(([, growth]) => growth > ALLOWED_GROWTH);
  if (result.pageErrors.length) console.log(`page errors: ${result.pageErrors.join("; ")}`);
  if (failed.length || result.pageErrors.length) {
    console.log(`FAILED: grew more than ${ALLOWED_GROWTH * 100}%: ${failed.map(([key]) => key).join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log(`soak ok: nothing grew more than ${ALLOWED_GROWTH * 100}%`);
  }
} finally {
  await browser.close();
}
