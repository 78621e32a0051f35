// Hands a downloaded file (a Blob from apiDownload) to the browser as a download. The API's file
// routes need the bearer token, so a plain <a href> cannot fetch them; the page fetches and saves.
import type { DownloadedFile } from "../api/apiFetch";

export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
