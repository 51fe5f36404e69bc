import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

// The <html> element is rendered by app/[locale]/layout.tsx, which knows the language.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, none is prerendered at build time: Next stamps its scripts
  // with the request's CSP nonce (scripts/http-server.ts), which a prerendered page cannot have.
  await connection();
  return children;
}
