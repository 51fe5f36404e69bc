/**
 * The HTTP server in front of Next: every response gets the security headers (with a fresh CSP
 * nonce, handed to Next in the request's CSP header so it stamps its scripts with it), and the
 * requests Next would answer with a 500 or an empty page are answered here (see
 * lib/request-guard.ts). Next's own `next start` has no place for either.
 */
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import coreEn from "@/messages/core/en.json";
import coreJa from "@/messages/core/ja.json";
import coreZh from "@/messages/core/zh.json";
import opsEn from "@/messages/ops/en.json";
import opsJa from "@/messages/ops/ja.json";
import opsZh from "@/messages/ops/zh.json";
import { isApiPath, refuse, type Refusal } from "@/lib/request-guard";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

type Locale = "en" | "ja" | "zh";
type ErrorStatus = 400 | 405 | 414 | 431;
type Text = { title: string; text: string };

const TEXT: Record<Locale, { siteName: string; home: string; unreadable: Text } & Record<ErrorStatus, Text>> = {
  en: { siteName: coreEn.meta.siteName, ...opsEn.httpError },
  ja: { siteName: coreJa.meta.siteName, ...opsJa.httpError },
  zh: { siteName: coreZh.meta.siteName, ...opsZh.httpError },
};

const API_CODES: Record<ErrorStatus, string> = {
  400: "BAD_REQUEST",
  405: "METHOD_NOT_ALLOWED",
  414: "URI_TOO_LONG",
  431: "HEADERS_TOO_LARGE",
};

function localeOf(target: string): Locale {
  const first = /^\/(ja|zh)(?:[/?#]|$)/.exec(target)?.[1];
  return (first as Locale | undefined) ?? "en";
}

/** A small page in the visitor's language: no scripts, nothing taken from the request. */
export function errorPage(locale: Locale, status: ErrorStatus): string {
  const t = TEXT[locale];
  const lang = locale === "zh" ? "zh-Hans" : locale;
  const home = locale === "en" ? "/" : `/${locale}`;
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${t[status].title} · ${t.siteName}</title>` +
    `<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0f172a}</style></head>` +
    `<body><main><h1>${t[status].title}</h1><p>${t[status].text}</p>` +
    `<p><a href="${home}">${t.home}</a></p></main></body></html>`
  );
}

function answer(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
  res.setHeader("Cache-Control", "no-store");
  if ("allow" in refusal) res.setHeader("Allow", refusal.allow);
  if (refusal.status === 204) {
    res.writeHead(204).end();
    return;
  }
  const target = req.url ?? "/";
  let body: string;
  if (isApiPath(target)) {
    res.setHeader("Content-Type", "application/json");
    const message = { 400: "The path is not valid percent-encoded UTF-8.", 405: `${req.method} is not allowed here.`, 414: "The URL is too long." }[
      refusal.status
    ];
    body = JSON.stringify({ error: { code: API_CODES[refusal.status], message } });
  } else {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    body = errorPage(localeOf(target), refusal.status);
  }
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.writeHead(refusal.status);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Node's HTTP parser rejects a request before any handler runs (headers over the limit, a
 * malformed request line) and by default answers with an empty body. This answers the same
 * status with a short explanation in the three languages.
 */
function onClientError(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const text = (l: Locale) => (status === 431 ? TEXT[l][431] : TEXT[l].unreadable);
  const body = status === 408 ? "" : (["en", "ja", "zh"] as const).map((l) => `${text(l).title}\n${text(l).text}\n`).join("\n");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function createAppServer({ handle, headersFor }: { handle: NextHandler; headersFor: (nonce: string) => Record<string, string> }) {
  const server = http.createServer((req, res) => {
    const nonce = randomBytes(16).toString("base64");
    const headers = headersFor(nonce);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const refusal = refuse(req.method ?? "GET", req.url ?? "/");
    if (refusal) {
      answer(req, res, refusal);
      return;
    }
    // Next takes the nonce from the request's policy; whatever a client sent there is replaced.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    req.headers["x-nonce"] = nonce;
    handle(req, res).catch((error: unknown) => {
      console.error("request failed", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal Server Error");
      else res.destroy();
    });
  });
  server.on("clientError", onClientError);
  // Node closes an idle keep-alive connection after 5 s, and a client (or a proxy in front) that
  // sends its next request at that moment gets a reset connection instead of an answer. Idle
  // connections are kept longer than the usual proxy idle timeout (60 s), so the proxy closes
  // them first; the headers timeout must be longer still.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
