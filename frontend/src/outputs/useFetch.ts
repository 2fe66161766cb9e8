import { useEffect, useState } from "react";

export type Fetched<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string };

/** Runs `load` when `key` changes (null: nothing to load); aborts the previous request. */
export function useFetch<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [result, setResult] = useState<{ key: string | null; fetched: Fetched<T> }>({
    key: null,
    fetched: { state: "loading" },
  });
  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    load(controller.signal)
      .then((value) => {
        setResult({ key, fetched: { state: "ready", value } });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, fetched: { state: "error", message: err instanceof Error ? err.message : String(err) } });
      });
    return () => {
      controller.abort();
    };
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.fetched : { state: "loading" };
}
