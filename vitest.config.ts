import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // Tests run outside Next's react-server environment, where "server-only" would throw.
      { find: "server-only", replacement: `${root}vitest.server-only.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "messages/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    pool: "forks",
    testTimeout: 20_000,
    // next-auth and next-intl import "next/server" and "next/navigation" without an extension,
    // which Node's ESM resolver refuses; inlined, they go through Vite's resolver like our code.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
  },
});
