// CORS for the tabs: in Azure they are a static site on another origin than the Functions app, so
// the browser asks first (preflight) and reads an answer only if it names the tab's origin. Only the
// configured origins (ALLOWED_ORIGINS) are named; any other origin gets no CORS headers at all.
// Bearer tokens (not cookies) authenticate, so credentials are never allowed.
import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import { ProblemError } from "./problem.js";

const ALLOWED_HEADERS = ["Authorization", "Content-Type", "Accept", "Accept-Language", "X-Correlation-Id"];
/** What the tabs read from a response besides the safelisted headers. */
const EXPOSED_HEADERS = ["X-Correlation-Id", "Retry-After", "Content-Disposition", "WWW-Authenticate"];
const PREFLIGHT_CACHE_SECONDS = 600;
const API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Headers for an actual (non-preflight) response. */
export function corsHeaders(origin: string | null, allowedOrigins: readonly string[]): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS.join(", "), Vary: "Origin" };
}

/**
 * The answer to OPTIONS: 204 for an allowed origin, or 403. Several routes share a path (GET and PUT
 * courses/{id}) and one of them answers its preflight, so any API method is allowed here: the
 * actual request still gets 405 if the path has no such method.
 */
export function preflightResponse(request: HttpRequest, allowedOrigins: readonly string[]): HttpResponseInit {
  const origin = request.headers.get("origin");
  const method = request.headers.get("access-control-request-method") ?? "";
  if (!origin || !allowedOrigins.includes(origin) || !API_METHODS.includes(method)) throw originRefused();
  return {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": API_METHODS.join(", "),
      "Access-Control-Allow-Headers": ALLOWED_HEADERS.join(", "),
      "Access-Control-Max-Age": String(PREFLIGHT_CACHE_SECONDS),
      Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    },
  };
}

const originRefused = () =>
  new ProblemError(403, "origin-not-allowed", { sv: "Ursprunget är inte tillåtet", en: "Origin not allowed" }, {
    sv: "Den här webbplatsen får inte anropa Campus Westums API. En IT-administratör lägger till flikarnas adress i ALLOWED_ORIGINS.",
    en: "This site may not call the Campus Westum API. An IT admin adds the tabs' address to ALLOWED_ORIGINS.",
  });
