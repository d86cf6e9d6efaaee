// Starts and stops the real practice-server, and reads its real SQLite database through the
// server's own commands (`enrol`, `export`). No mocks: the kiosk talks to this.
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const serverBin = process.env.PRACTICE_SERVER_BIN ?? join(root, "target/debug/practice-server");
export const distDir = process.env.KIOSK_DIST ?? join(root, "dist");

/** A free TCP port on the loopback interface. */
export async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Folders made for one test file; removed when its process exits, whatever the outcome. */
const scratchFolders = [];
process.on("exit", () => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, removed when the test process exits. */
export function scratchFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}

/** A fresh database file in a fresh folder. */
export function freshDatabase() {
  return join(scratchFolder("kiosk-e2e-"), "practice.db");
}

function flags(database, dist = distDir) {
  return ["--database", `sqlite://${database}`, "--dist", dist];
}

/** Starts practice-server on `port` (serving the kiosk from `dist`) and waits until it answers. */
export async function startServer({ port, database, dist }) {
  const child = spawn(serverBin, ["--listen", `127.0.0.1:${port}`, ...flags(database, dist)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "warn" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`practice-server exited: ${stderr}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`practice-server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    database,
    logs: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A one-time enrolment code, from `practice-server enrol` (the last line it prints). */
export function enrolmentCode(database, name = "Waiting room") {
  const out = execFileSync(serverBin, [...flags(database), "enrol", name], { encoding: "utf8" });
  return out.trim().split("\n").pop();
}

/** Changes a kiosk setting, as the practice would: `practice-server settings set NAME VALUE`. */
export function setSetting(database, name, value) {
  execFileSync(serverBin, [...flags(database), "settings", "set", name, value], { encoding: "utf8" });
}

/** A practice-server command on this database, e.g. `["set-pin", "4821"]`. */
export function serverCommand(database, args) {
  return execFileSync(serverBin, [...flags(database), ...args], { encoding: "utf8" });
}

/** Every stored submission, from `practice-server export`. */
export function storedRows(database) {
  const out = execFileSync(serverBin, [...flags(database), "export"], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Waits until `check()` is true, polling; throws with `what` when time runs out. */
export async function eventually(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
