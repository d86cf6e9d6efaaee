// Reading and writing the bits of a wasm module the post-build steps rewrite (see
// short-import-names.mjs and unused-classes.mjs).

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [value >>> 0, at];
    shift += 7;
  }
}

/** An unsigned LEB128, as bytes. */
export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

export const utf8 = new TextDecoder();

/** Reads a name (its length, then UTF-8) at `at`: [name, next offset]. */
export function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

/** The parts, one after another, as one array. */
export function joined(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}

/** The module's sections, in order: `{ id, at, start, end }` (its first byte, its contents). */
export function* sections(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = readU32(wasm, at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}
