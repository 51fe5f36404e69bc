/**
 * The HTTP server in front of Next: every response gets the security headers (with a fresh CSP
 * nonce, handed to Next in the request's CSP header so it stamps its scripts with it), and the
 * requests Next would answer with a 500 or an empty page are answered here (see
 * lib/request-guard.ts). Next's own `next start` has no place for either.
 */
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import pLimit from "p-limit";
import coreEn from "@/messages/core/en.json";
import coreJa from "@/messages/core/ja.json";
import coreZh from "@/messages/core/zh.json";
import opsEn from "@/messages/ops/en.json";
import opsJa from "@/messages/ops/ja.json";
import opsZh from "@/messages/ops/zh.json";
import { isApiPath, refuse, type Refusal } from "@/lib/request-guard";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

type Locale = "en" | "ja" | "zh";
type ErrorStatus = 400 | 405 | 414 | 431 | 503;
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
  503: "BUSY",
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

type Busy = { status: 503; reason: "busy" };

/** Seconds a refused client is asked to wait; the queue drains in a few seconds at most. */
const RETRY_AFTER_SECONDS = 5;

function answer(req: IncomingMessage, res: ServerResponse, refusal: Refusal | Busy) {
  res.setHeader("Cache-Control", "no-store");
  if ("allow" in refusal) res.setHeader("Allow", refusal.allow);
  if (refusal.status === 503) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  if (refusal.status === 204) {
    res.writeHead(204).end();
    return;
  }
  const target = req.url ?? "/";
  let body: string;
  if (isApiPath(target)) {
    res.setHeader("Content-Type", "application/json");
    const message = {
      400: "The path is not valid percent-encoded UTF-8.",
      405: `${req.method} is not allowed here.`,
      414: "The URL is too long.",
      503: `The server is busy; nothing was changed. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
    }[refusal.status];
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

export type Admission = {
  /** Requests Next works on at once; the others wait their turn in arrival order. */
  concurrency: number;
  /** Requests allowed to wait; one more is answered 503 with Retry-After. */
  maxQueued: number;
};

/** Cheap answers that must not wait behind page renders: build assets and the health check. */
function jumpsQueue(target: string): boolean {
  return target.startsWith("/_next/static/") || target === "/api/health" || target.startsWith("/api/health?");
}

const INTERNAL_HEADER = "x-directory-internal";

export function createAppServer({
  handle,
  headersFor,
  admission,
}: {
  handle: NextHandler;
  headersFor: (nonce: string) => Record<string, string>;
  admission: Admission;
}) {
  // Node runs every request it accepts at once, so with hundreds in flight each one's many
  // small steps (session decoding, rendering, streaming) wait behind everyone else's, and a
  // request that needs more steps than most (a form post) can take minutes. Admitting a few at a
  // time keeps each one's steps close together and makes waiting a fair queue (decision 0072).
  const limit = pLimit(admission.concurrency);
  // A server action that redirects fetches the target page from this same server, carrying the
  // original request's headers; that fetch must not queue behind the slot its own caller holds.
  const internalToken = randomBytes(16).toString("hex");
  let refusedSinceLog = 0;
  let lastRefusalLog = 0;

  const server = http.createServer((req, res) => {
    const nonce = randomBytes(16).toString("base64");
    const headers = headersFor(nonce);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const target = req.url ?? "/";
    const refusal = refuse(req.method ?? "GET", target);
    if (refusal) {
      answer(req, res, refusal);
      return;
    }
    const internal = req.headers[INTERNAL_HEADER] === internalToken;
    // Next takes the nonce from the request's policy; whatever a client sent there is replaced.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    req.headers["x-nonce"] = nonce;
    req.headers[INTERNAL_HEADER] = internalToken;
    const serve = () =>
      handle(req, res).catch((error: unknown) => {
        console.error("request failed", error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal Server Error");
        else res.destroy();
      });
    if (internal || jumpsQueue(target)) {
      void serve();
      return;
    }
    if (limit.activeCount >= admission.concurrency && limit.pendingCount >= admission.maxQueued) {
      refusedSinceLog += 1;
      if (Date.now() - lastRefusalLog > 10_000) {
        console.warn(`busy: ${refusedSinceLog} request(s) answered 503 (${limit.activeCount} running, ${limit.pendingCount} waiting)`);
        refusedSinceLog = 0;
        lastRefusalLog = Date.now();
      }
      answer(req, res, { status: 503, reason: "busy" });
      return;
    }
    let closed = false;
    res.once("close", () => (closed = true));
    void limit(() => {
      // The client went away while it waited: nothing to answer.
      if (closed) return;
      // The slot is held until the whole answer is handed to the operating system (or the
      // connection drops), so a long stream counts as running but a slow phone's download does not.
      return new Promise<void>((resolve) => {
        res.once("finish", () => resolve());
        res.once("close", () => resolve());
        void serve();
      });
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
