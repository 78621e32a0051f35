// The local host: serves the same route handlers the Functions app registers, over plain Node
// HTTP, because the Functions Core Tools cannot be installed on these machines. It builds the
// same HttpRequest objects the Functions host would and writes the HttpResponseInit back. Its own
// answers (no such route, wrong method, body too large, broken %-encoding, a crash) are
// problem+json with the same security headers as every route's answer.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import functions, { type HttpHandler, type HttpResponseInit } from "@azure/functions";
import { MAX_BODY_BYTES } from "../http/body.js";
import { languageOf } from "../http/language.js";
import { ProblemError, problemResponse, problems } from "../http/problem.js";
import { toHttpHandler, type LazyRoute, type RouteHost } from "../http/route.js";
import { apiSecurityHeaders } from "../http/securityHeaders.js";

// @azure/functions is CommonJS without named exports that Node's ESM loader can see.
const { HttpRequest, InvocationContext } = functions;
/** Past this a too-large body is cut off instead of drained (draining lets the client read the 413). */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

interface CompiledRoute {
  methods: string[];
  pattern: RegExp;
  paramNames: string[];
  name: string;
  handler: HttpHandler;
}

function compile(route: LazyRoute, host: RouteHost): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.route
    .split("/")
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      paramNames.push(param[1]!);
      return "([^/]+)";
    })
    .join("/");
  return {
    methods: route.methods,
    pattern: new RegExp(`^/api/${source}/?$`),
    paramNames,
    name: route.name,
    handler: toHttpHandler(route, host),
  };
}

export function createLocalServer(routes: LazyRoute[], host: RouteHost): Server {
  const compiled = routes.map((r) => compile(r, host));
  return createServer((req, res) => {
    handle(compiled, req, res).catch((error) => {
      host.log.error("local host failed", { error: String(error) });
      if (!res.headersSent) res.writeHead(500, apiSecurityHeaders).end();
    });
  });
}

async function handle(routes: CompiledRoute[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  const matching = routes.flatMap((route) => {
    const match = route.pattern.exec(url.pathname);
    return match ? [{ route, match }] : [];
  });
  const lang = languageOf(req.headers["accept-language"]);
  const hostProblem = (problem: ProblemError, headers: Record<string, string> = {}) => {
    const correlationId = randomUUID();
    const answer = problemResponse(problem, lang, correlationId);
    writeResponse(res, { ...answer, headers: { ...(answer.headers as Record<string, string>), "X-Correlation-Id": correlationId, ...headers } });
  };
  if (matching.length === 0) {
    return hostProblem(problems.notFound({ sv: "Adressen finns inte i Campus Westums API. Öppna sidan från appen.", en: "There is no such address in the Campus Westum API. Open the page from the app." }));
  }
  // OPTIONS is a CORS preflight, which toHttpHandler answers for every route (as the Functions app registers it).
  const found = matching.find(({ route }) => route.methods.includes(req.method ?? "GET") || req.method === "OPTIONS");
  if (!found) {
    const allowed = [...new Set(matching.flatMap(({ route }) => route.methods))].join(", ");
    return hostProblem(
      new ProblemError(405, "method-not-allowed", { sv: "Metoden stöds inte", en: "Method not allowed" }, {
        sv: `Adressen tar emot ${allowed}, inte ${req.method}.`,
        en: `This address takes ${allowed}, not ${req.method}.`,
      }, undefined, { Allow: allowed }),
    );
  }
  const body = await readBody(req);
  if (body === "too-large") {
    return hostProblem(problems.tooLarge(MAX_BODY_BYTES), { Connection: "close" });
  }

  const params = decodeParams(found.route.paramNames, found.match);
  if (!params) {
    const problem = problems.invalidInput([{ field: "path", message: "percent-encoding" }], {
      sv: "Adressen har en felaktig %-kodning. Öppna sidan från appen i stället.",
      en: "The address has a broken %-encoding. Open the page from the app instead.",
    });
    return hostProblem(problem);
  }
  const headers = Object.fromEntries(
    Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(", ") : v]])),
  );
  const request = new HttpRequest({ method: req.method, url: url.toString(), headers, params, body: body ? { bytes: body } : undefined });
  const context = new InvocationContext({ functionName: found.route.name });
  writeResponse(res, await found.route.handler(request, context));
}

/** The path parameters, or undefined when one is not valid percent-encoded UTF-8 ("%", "%zz", "%ED%A0%80"). */
function decodeParams(names: string[], match: RegExpExecArray): Record<string, string> | undefined {
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) {
        resolve("too-large");
        req.destroy();
      } else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? "too-large" : chunks.length ? Buffer.concat(chunks) : undefined));
    req.on("error", reject);
  });
}

/** Writes an answer; the security headers go on every one, the route's own headers win. */
function writeResponse(res: ServerResponse, response: HttpResponseInit): void {
  const headers: Record<string, string> = {};
  new Headers(apiSecurityHeaders).forEach((value, key) => (headers[key] = value));
  new Headers(response.headers as HeadersInit | undefined).forEach((value, key) => (headers[key] = value));
  let body: string | Uint8Array | undefined;
  if (response.jsonBody !== undefined) {
    body = JSON.stringify(response.jsonBody);
    headers["content-type"] ??= "application/json; charset=utf-8";
  } else if (typeof response.body === "string" || response.body instanceof Uint8Array) {
    body = response.body;
  } else if (response.body !== undefined && response.body !== null) {
    throw new Error("The local host serves string, bytes and JSON bodies only");
  }
  res.writeHead(response.status ?? 200, headers);
  res.end(body);
}
