// One GET and its state (loading, error, ready), fetched again when `key` changes or on retry;
// a newer request aborts the older. `replace` puts a fresher value (a mutation's answer) in place.
import { useCallback, useEffect, useState } from "react";
import { isAbortError } from "../api/ProblemError";

export type Load<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; value: T };

export function useLoad<T>(fetcher: ((signal: AbortSignal) => Promise<T>) | null, key: unknown[]): [Load<T>, () => void, (value: T) => void] {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load<T>>({ status: "loading" });

  useEffect(() => {
    if (!fetcher) return;
    const controller = new AbortController();
    setLoad({ status: "loading" });
    fetcher(controller.signal).then(
      (value) => setLoad({ status: "ready", value }),
      (error: unknown) => {
        if (!isAbortError(error)) setLoad({ status: "error", error });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what the fetcher depends on
  }, [...key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((value: T) => setLoad({ status: "ready", value }), []);
  return [load, retry, replace];
}
