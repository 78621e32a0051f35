// The current pathname, kept up to date on back/forward. The app never navigates between pages
// itself (each Teams tab has its own URL), so this is the whole router.
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
