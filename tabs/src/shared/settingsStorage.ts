// Remembered choices (language, local user). localStorage can be unavailable in a sandboxed
// frame, in which case the choice simply isn't remembered.
const PREFIX = "campus-westum.";

export function readSetting(name: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writeSetting(name: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}
