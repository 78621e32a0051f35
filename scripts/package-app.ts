// `npm run package [-- --env <name>]`: builds appPackage/build/appPackage.<env>.zip from
// appPackage/ and env/.env.<env> (default "local"), fully offline. The checks live in
// scripts/app-package/ so that test/app-package.test.ts runs the very same code.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { AppPackageError, buildAppPackage } from "./app-package/build.js";
import { MissingPlaceholderError } from "./app-package/placeholders.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { env: { type: "string", default: "local" } } });
const env = values.env!;

try {
  const { zipPath, files, manifest } = await buildAppPackage(root, env);
  const name = manifest.name as { short: string };
  const languages = (manifest.localizationInfo as { defaultLanguageTag: string; additionalLanguages?: { languageTag: string }[] });
  console.log(`Built ${relative(process.cwd(), zipPath)} (env "${env}")`);
  console.log(`  app:       ${name.short} ${manifest.version}, id ${manifest.id}, manifest ${manifest.manifestVersion}`);
  console.log(`  languages: ${[languages.defaultLanguageTag, ...(languages.additionalLanguages ?? []).map((l) => l.languageTag)].join(", ")}`);
  console.log(`  files:     ${[...files.keys()].join(", ")}`);
  console.log("  checks:    manifest + localization schemas (offline), icons, placeholders: ok");
} catch (error) {
  if (error instanceof MissingPlaceholderError)
    console.error(`Cannot package env "${env}": ${error.message}.\nSet them in env/.env.${env} (provision fills most of them).`);
  else if (error instanceof AppPackageError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
