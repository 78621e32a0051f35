// The commands of the Teams menu as the app package declares them: every command list of the
// manifest (every scope), and each title as every localization file translates it. Tests read
// the files themselves, so an entry added there is tested without being listed anywhere else.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const appPackage = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../appPackage/${file}`, import.meta.url)), "utf8"));

export interface MenuEntry {
  /** manifest.json or the localization file the title comes from. */
  source: string;
  scopes: string[];
  title: string;
}

interface Manifest {
  bots: { commandLists?: { scopes: string[]; commands: { title: string }[] }[] }[];
  localizationInfo: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
}

export function menuEntries(): MenuEntry[] {
  const manifest = appPackage("manifest.json") as Manifest;
  const { defaultLanguageFile, additionalLanguages = [] } = manifest.localizationInfo;
  const localizations = [defaultLanguageFile, ...additionalLanguages.map((l) => l.file)]
    .filter((file): file is string => file !== undefined)
    .map((file) => ({ file, strings: appPackage(file) as Record<string, string> }));
  const entries: MenuEntry[] = [];
  manifest.bots.forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((command, c) => {
        entries.push({ source: "manifest.json", scopes: list.scopes, title: command.title });
        // A localization file names each string by its JSON path in the manifest.
        for (const { file, strings } of localizations) {
          const title = strings[`bots[${b}].commandLists[${l}].commands[${c}].title`];
          if (title !== undefined) entries.push({ source: file, scopes: list.scopes, title });
        }
      }),
    ),
  );
  return entries;
}
