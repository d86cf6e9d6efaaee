// Trunk post-build step (release only): minifies the wasm-bindgen JS glue with terser and puts
// the new file's hash in index.html's integrity attribute; with `sw.js`, the service worker.
// Trunk's own minifier can't parse the glue; terser takes it from 47 KB to 22 KB (1.7 KB less
// over the wire, brotli), and the service worker from 1.9 KB to 0.9 KB.
// It also drops the classes the glue exports and nothing uses, with their code in the wasm (see
// unused-classes.mjs), gives the wasm's imports short names in the wasm and the glue alike (see
// short-import-names.mjs), and puts the wasm's new hash in index.html too.
//
// Runs in $TRUNK_STAGING_DIR, before the service worker's file list is hashed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { shortenImports } from "./short-import-names.mjs";
import { dropUnusedClasses } from "./unused-classes.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? ".";
if (!staging) throw new Error("run by trunk as a post_build hook");

const terserPath = join(source, "e2e/node_modules/terser/main.js");
let minify;
try {
  ({ minify } = await import(pathToFileURL(terserPath).href));
} catch {
  console.warn(`minify-js: no terser at ${terserPath} (run \`cargo xtask test\` once): glue left as it is`);
  process.exit(0);
}

// `minify-js.mjs sw.js`: the service worker, once its file list is written (a classic script,
// not a module, and not named in index.html).
if (process.argv[2] === "sw.js") {
  const path = join(staging, "sw.js");
  const original = readFileSync(path, "utf8");
  const { code } = await minify(original, { compress: true, mangle: true });
  writeFileSync(path, code);
  console.log(`minify-js: sw.js ${original.length} -> ${code.length} bytes`);
  process.exit(0);
}

const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const indexPath = join(staging, "index.html");
let index = readFileSync(indexPath, "utf8");
// A file rewritten: its integrity in index.html follows it.
const rewrite = (path, original, changed) => {
  writeFileSync(path, changed);
  const before = sha384(original);
  if (!index.includes(before)) throw new Error(`minify-js: index.html has no integrity ${before} for ${path}`);
  index = index.replace(before, sha384(changed));
};
for (const name of readdirSync(staging).filter((f) => /^kiosk-.*\.js$/.test(f))) {
  const path = join(staging, name);
  const original = readFileSync(path, "utf8");
  // The wasm beside it (same name, `_bg.wasm`).
  const wasmPath = path.replace(/\.js$/, "_bg.wasm");
  const wasmOriginal = readFileSync(wasmPath);
  const wasmOpt = join(source, "e2e/node_modules/.bin/wasm-opt");
  const { glue, wasm, dropped } = dropUnusedClasses(original, wasmOriginal, wasmOpt);
  if (dropped.length > 0) {
    console.log(`minify-js: unused ${dropped.join(", ")} dropped, wasm ${wasmOriginal.length} -> ${wasm.length} bytes`);
  }
  let { code } = await minify(glue, { module: true, compress: true, mangle: true });
  console.log(`minify-js: ${name} ${original.length} -> ${code.length} bytes`);
  // Short import names in both.
  const short = shortenImports(wasm, code);
  if (short) {
    console.log(`minify-js: short import names, wasm ${wasm.length} -> ${short.wasm.length} bytes`);
    rewrite(wasmPath, wasmOriginal, short.wasm);
    code = short.glue;
  } else {
    console.warn("minify-js: the glue names its imports in a way not expected: names left long");
    if (wasm !== wasmOriginal) rewrite(wasmPath, wasmOriginal, wasm);
  }
  rewrite(path, original, code);
}
writeFileSync(indexPath, index);
