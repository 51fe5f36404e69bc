import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() and forbidden.tsx: staff pages answer 403 to signed-in users without the role.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
