import { defineConfig } from "vitest/config";

// Unit tests run in parallel; tests that start real CometBFT processes (test/integration) run one
// file at a time so that a 2-core machine is not oversubscribed.
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["chain/**/*.test.ts", "scripts/**/*.test.ts"], globalSetup: ["test/unit-setup.ts"], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
