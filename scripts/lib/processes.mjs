// Starting and stopping the local services (Azurite, the API host, the tabs' dev server), for
// `npm start`, the test suite and the benchmarks alike.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { root } from "./setup.mjs";

/** Azurite's well-known development account; public, documented, not a secret. */
const DEV_ACCOUNT = "devstoreaccount1";
const DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export function azuriteConnectionString({ blobPort, queuePort, tablePort }) {
  const at = (port) => `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=${at(blobPort)};QueueEndpoint=${at(queuePort)};TableEndpoint=${at(tablePort)};`;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Spawns a long-running child in its own process group, so that stopping it also stops what
 * it started (npm -> vite, tsx -> node). Output is prefixed with the service's name.
 */
export function startService(name, command, args, { env = {}, quiet = false, cwd = root } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const relay = (stream, target) =>
    stream.on("data", (chunk) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
      if (!quiet) for (const line of chunk.toString().split("\n").filter(Boolean)) target.write(`[${name}] ${line}\n`);
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    output: () => output.join(""),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a URL until it answers with an accepted status, the service dies, or time runs out. */
export async function waitForHttp(url, { service, timeoutMs = 60_000, accept = (status) => status < 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  service?.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${service.name} stopped before ${url} answered:\n${service.output().slice(-3000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (accept(response.status)) return response;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${service ? `:\n${service.output().slice(-3000)}` : ""}`);
}

/** Polls until something accepts connections on 127.0.0.1:port (any protocol), the service dies, or time runs out. */
export async function waitForPort(port, { service, timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  service?.exited.then(() => (died = true));
  const accepts = () =>
    new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      const done = (ok) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once("connect", () => done(true));
      socket.once("error", () => done(false));
      socket.setTimeout(2000, () => done(false));
    });
  while (Date.now() < deadline) {
    if (died) throw new Error(`${service.name} stopped before port ${port} opened:\n${service.output().slice(-3000)}`);
    if (await accepts()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Nothing listened on port ${port} within ${timeoutMs / 1000} s${service ? `:\n${service.output().slice(-3000)}` : ""}`);
}

/** Azurite on the given ports; with no location it keeps its data in memory (tests). */
export async function startAzurite({ location, ports, quiet = true } = {}) {
  const p = ports ?? { blobPort: await freePort(), queuePort: await freePort(), tablePort: await freePort() };
  const args = ["--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose"];
  args.push("--blobPort", String(p.blobPort), "--queuePort", String(p.queuePort), "--tablePort", String(p.tablePort));
  if (location) {
    mkdirSync(location, { recursive: true });
    args.push("--location", location);
  } else args.push("--inMemoryPersistence");
  const service = startService("azurite", join(root, "node_modules", ".bin", "azurite"), args, { quiet });
  await waitForHttp(`http://127.0.0.1:${p.tablePort}/${DEV_ACCOUNT}/Tables`, { service, timeoutMs: 30_000, accept: () => true });
  return { ...service, ports: p, connectionString: azuriteConnectionString(p) };
}

/** The API's local host (tsx runs the TypeScript directly). */
export async function startApi({ port, env = {}, quiet = false } = {}) {
  const apiPort = port ?? (await freePort());
  const service = startService("api", join(root, "node_modules", ".bin", "tsx"), ["api/src/dev/main.ts"], {
    env: { API_PORT: String(apiPort), ...env },
    quiet,
  });
  await waitForHttp(`http://127.0.0.1:${apiPort}/api/health`, { service, accept: (s) => s === 200 });
  return { ...service, port: apiPort, url: `http://127.0.0.1:${apiPort}` };
}
