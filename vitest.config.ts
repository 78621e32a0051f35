// One vitest run, three kinds of test: fast unit tests next to the code; integration tests
// against Azurite and protocol stand-ins (test/); browser tests in headless Chromium
// (test/browser/). The global setup starts one in-memory Azurite for the whole run.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/support/globalSetup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["api/src/**/*.test.ts", "bot/src/**/*.test.ts", "tabs/src/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "integration", include: ["test/**/*.test.ts"], exclude: ["test/browser/**", "test/teams-host/**"], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts", "test/teams-host/**/*.test.ts"],
          globalSetup: ["test/support/globalSetup.ts", "test/support/buildTabs.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // A page may take a few seconds to show a state on a loaded two-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
