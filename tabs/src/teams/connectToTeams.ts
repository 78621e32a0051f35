// Decides "inside Teams or plain browser" once, before the first render.
import { validMessageOrigins } from "./validMessageOrigins";

export type TeamsBridge = typeof import("./teamsBridge");

export interface TeamsConnection {
  bridge: TeamsBridge;
  /** teams-js's app.Context, as the host gave it at start. */
  context: Awaited<ReturnType<TeamsBridge["initialize"]>>;
}

const INITIALIZE_TIMEOUT_MS = 4000;

/** Resolves to the connection inside a Teams host, or null in a plain browser. Never rejects. */
export async function connectToTeams(): Promise<TeamsConnection | null> {
  // Not framed: certainly not Teams. Don't load teams-js at all (it would fetch from a CDN).
  if (window.self === window.top) return null;
  try {
    const bridge = await import("./teamsBridge");
    const context = await withTimeout(bridge.initialize(validMessageOrigins()), INITIALIZE_TIMEOUT_MS);
    return { bridge, context };
  } catch (error) {
    // Framed by something that does not answer like Teams (or answers too late): run as a browser.
    console.info("Not running inside Teams:", error);
    return null;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer from the host within ${ms} ms`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}
