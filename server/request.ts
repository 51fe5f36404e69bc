import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/client-ip";
import { getEnv } from "@/lib/env";

/** The client's address in a server action or page (null unless TRUST_PROXY is set; see lib/client-ip.ts). */
export async function getClientIp(): Promise<string | null> {
  return clientIpFrom(await headers(), getEnv().trustProxyHops);
}
