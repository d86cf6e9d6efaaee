// Drops the JS classes the glue exports and nothing uses, and the wasm exports behind them.
// wasm-bindgen writes a class for every exported Rust struct in the dependency tree: Leptos's
// server functions (which the kiosk doesn't use) bring wasm-streams' IntoUnderlyingSource,
// IntoUnderlyingSink and IntoUnderlyingByteSource, and their methods stay in the wasm as exports
// however dead. The page imports only the glue's init function, so a class the glue names nowhere
// but in its own definition is never made. About 1.5 KB off the first load, brotli.
//
// Each class is dropped only if the glue holds it in the shape expected (the class, its
// `Symbol.dispose` line, its FinalizationRegistry) and nothing else in the glue names it or its
// wasm exports; otherwise it is left as it is.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { joined, readName, readU32, sections, u32 } from "./wasm-bytes.mjs";

/** The wasm's export names, in order. */
function exportNames(wasm) {
  const names = [];
  for (const { id, start } of sections(wasm)) {
    if (id !== 7) continue;
    let [count, k] = readU32(wasm, start);
    for (let n = 0; n < count; n++) {
      let name;
      [name, k] = readName(wasm, k);
      names.push(name);
      [, k] = readU32(wasm, k + 1);
    }
  }
  return names;
}

/** The wasm without the exports `drop` accepts (their code stays until binaryen removes it). */
function withoutExports(wasm, drop) {
  const parts = [wasm.subarray(0, 8)];
  for (const { id, at, start, end } of sections(wasm)) {
    if (id !== 7) {
      parts.push(wasm.subarray(at, end));
      continue;
    }
    let [count, k] = readU32(wasm, start);
    const kept = [];
    for (let n = 0; n < count; n++) {
      const entry = k;
      let name;
      [name, k] = readName(wasm, k);
      [, k] = readU32(wasm, k + 1);
      if (!drop(name)) kept.push(wasm.subarray(entry, k));
    }
    const body = [...u32(kept.length), ...kept.flatMap((entry) => [...entry])];
    parts.push(Uint8Array.from([7, ...u32(body.length), ...body]));
  }
  return joined(parts);
}

/** The text of `export class Name { … }` from `at`, braces counted, or null. */
function classText(glue, at) {
  let depth = 0;
  for (let i = glue.indexOf("{", at); i < glue.length; i++) {
    if (glue[i] === "{") depth++;
    if (glue[i] === "}" && --depth === 0) return glue.slice(at, i + 1);
  }
  return null;
}

/**
 * Returns the unminified glue and its wasm without the classes nothing uses:
 * `{ glue, wasm, dropped }` (`dropped` names the classes; none when the glue isn't as expected).
 */
export function dropUnusedClasses(glue, wasm, wasmOpt) {
  const exports = exportNames(wasm);
  const dropped = [];
  const deadExports = new Set();
  for (const [, name] of glue.matchAll(/^export class (\w+) \{$/gm)) {
    const lower = name.toLowerCase();
    // Its wasm exports: `__wbg_x_free`, a method `x_pull`, a field's `__wbg_get_x_…`/`__wbg_set_x_…`.
    const own = exports.filter(
      (e) =>
        e === `__wbg_${lower}_free` ||
        e.startsWith(`${lower}_`) ||
        e.startsWith(`__wbg_get_${lower}_`) ||
        e.startsWith(`__wbg_set_${lower}_`),
    );
    const body = classText(glue, glue.indexOf(`export class ${name} {`));
    const dispose = `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;`;
    const registry = new RegExp(
      `const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)[^;]*;`,
    );
    if (!body || !glue.includes(dispose) || !registry.test(glue)) continue;
    const rest = glue.replace(body, "").replace(dispose, "").replace(registry, "");
    // Made or named anywhere else (a `__wrap` from an import, a type check): kept.
    if (rest.includes(name) || own.some((e) => rest.includes(`wasm.${e}`))) continue;
    glue = rest;
    dropped.push(name);
    own.forEach((e) => deadExports.add(e));
  }
  if (dropped.length === 0) return { glue, wasm, dropped };
  // The exports go, then binaryen removes the code only they reached.
  const dir = mkdtempSync(join(tmpdir(), "kiosk-wasm-"));
  try {
    const input = join(dir, "in.wasm");
    const output = join(dir, "out.wasm");
    writeFileSync(input, withoutExports(wasm, (e) => deadExports.has(e)));
    // The features Rust's wasm32 target uses (trunk's wasm-opt stripped the section naming them):
    // with all of binaryen's, it writes the imports in a newer encoding than the target's.
    const features = [
      "mutable-globals",
      "nontrapping-float-to-int",
      "bulk-memory",
      "bulk-memory-opt",
      "sign-ext",
      "reference-types",
      "multivalue",
      "call-indirect-overlong",
    ].map((feature) => `--enable-${feature}`);
    execFileSync(wasmOpt, [...features, "--remove-unused-module-elements", input, "-o", output]);
    wasm = readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { glue, wasm, dropped };
}
