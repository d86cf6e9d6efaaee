// Gives the wasm's imports short names, in the wasm and in the JS glue alike. wasm-bindgen names
// each import for the JS function it calls plus a hash ("__wbg_setAttribute_f75317b2b5cabfb4",
// under the module "./kiosk_bg.js"), and both files carry every name: the hashes don't compress.
// Short names take about 2.6 KB off the first load, brotli. (binaryen's
// --minify-imports-and-exports would rename the exports too, which the glue calls by name.)
//
// The glue must name each import exactly once, as a key of its imports object; if it doesn't
// (a new wasm-bindgen writing it another way), both files are left as they are.

import { joined, readName, readU32, sections, u32, utf8 } from "./wasm-bytes.mjs";

const encode = (text) => [...new TextEncoder().encode(text)];

/** The end of an import's description (function, table, memory, global or tag) at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readU32(bytes, at);
    if (flags & 1) [, at] = readU32(bytes, at);
    return at;
  };
  switch (kind) {
    case 0x00:
      return readU32(bytes, at)[1];
    case 0x01:
      return limits(at + 1);
    case 0x02:
      return limits(at);
    case 0x03:
      return at + 2;
    case 0x04:
      return readU32(bytes, at + 1)[1];
    default:
      throw new Error(`short-import-names: unknown import kind ${kind}`);
  }
}

/** "a", "b", … "Z", "aa", "ab", …: short names that are also plain JS identifiers. */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Returns the wasm and the glue with short import names, or null to leave them alone. */
export function shortenImports(wasm, glue) {
  if (utf8.decode(wasm.subarray(0, 4)) !== "\0asm") return null;
  // The parts of the new wasm, in order (sections are copied whole, but the import section).
  const parts = [wasm.subarray(0, 8)];
  let done = false;
  for (const { id, at, start, end } of sections(wasm)) {
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      continue;
    }
    let [count, k] = readU32(wasm, start);
    const section = u32(count);
    const modules = new Map();
    for (let n = 0; n < count; n++) {
      let module, field;
      [module, k] = readName(wasm, k);
      [field, k] = readName(wasm, k);
      const description = k;
      k = skipDescription(wasm, k);
      if (!modules.has(module)) modules.set(module, shortName(modules.size));
      // Each key must stand once in the glue's imports object: `,name:` or `{name:`.
      const key = new RegExp(`([{,])${escape(field)}:`, "g");
      if ((glue.match(key) ?? []).length !== 1) return null;
      const short = shortName(n);
      glue = glue.replace(key, `$1${short}:`);
      section.push(...u32(modules.get(module).length), ...encode(modules.get(module)));
      section.push(...u32(short.length), ...encode(short));
      section.push(...wasm.subarray(description, k));
    }
    for (const [module, short] of modules) {
      const key = `${JSON.stringify(module)}:`;
      if (glue.split(key).length !== 2) return null;
      glue = glue.replace(key, `${JSON.stringify(short)}:`);
    }
    parts.push(Uint8Array.from([2, ...u32(section.length), ...section]));
    done = true;
  }
  if (!done) return null;
  return { wasm: joined(parts), glue };
}
