// The browser tab's title follows the page and the language.
import { useEffect } from "react";

export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} – Campus Westum`;
  }, [pageTitle]);
}
