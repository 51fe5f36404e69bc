/**
 * The HTTP side of the write-load benchmark: a cookie jar, signing in through Auth.js's own
 * credentials endpoint, and posting the review and report forms as a browser with JavaScript
 * does: a POST to the page with the form's server action id in `Next-Action` and the arguments
 * encoded by React's own `encodeReply` (docs/decisions/0070-write-load-through-server-actions.md).
 */
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
// The encoder React's client runtime uses for server action arguments (the copy Next ships).
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** What `useActionState` starts with (lib/forms.ts `initialFormState`). */
const INITIAL_FORM_STATE = { status: "idle", fieldErrors: {}, values: {} };

export type Outcome =
  /** The write was confirmed to the user (review: redirect with the notice; report: "thanks"). */
  | { ok: true; ms: number; status: number; ackMs?: number }
  /** Anything else, classified: `http:500`, `form:generic`, `network:ECONNRESET`, `timeout`, … */
  | { ok: false; ms: number; status: number; kind: string; detail?: string };

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export function errorKind(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return `network:${cause?.code ?? (error instanceof Error ? error.message : String(error)).slice(0, 60)}`;
}

/** Signs a user in as the sign-in form does (CSRF token, then the credentials callback). */
export async function signIn(base: string, user: { email: string; password: string; ip: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const headers = { "x-forwarded-for": user.ip };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: "/" }),
    redirect: "manual",
  });
  jar.take(response);
  await response.arrayBuffer();
  const location = response.headers.get("location") ?? "";
  if (response.status !== 302 || location.includes("error") || !jar.has("authjs.session-token")) {
    throw new Error(`sign-in of ${user.email} failed: ${response.status} ${location}`);
  }
  return jar;
}

/** The form guard's signed time stamp from a rendered form (components/forms/FormParts.tsx). */
export function formStampFrom(html: string): string {
  const match = /name="formStamp" value="([^"]+)"/.exec(html);
  if (!match) throw new Error("no form stamp in the page: is the review form rendered for signed-in users?");
  return match[1];
}

/** The form-state fields the benchmark reads from an action's RSC answer. */
function formStateOf(body: string): { status?: string; formError?: string; success?: string; fieldErrors?: string } {
  const pick = (key: string) => new RegExp(`"${key}":"([^"]*)"`).exec(body)?.[1];
  const fieldErrors = /"fieldErrors":\{([^}]*)\}/.exec(body)?.[1];
  return { status: pick("status"), formError: pick("formError"), success: pick("success"), fieldErrors: fieldErrors || undefined };
}

export type ActionPost = {
  base: string;
  /** The page the form is on, e.g. /en/suppliers/synth-000123 */
  pagePath: string;
  actionId: string;
  fields: Record<string, string>;
  jar: CookieJar;
  ip: string;
  timeoutMs: number;
  /** How success shows: a redirect whose target contains this, or a success key in the state. */
  expect: { redirectContains: string } | { success: string };
  /** Called the moment the answer confirms the write (before the rest of the body is read). */
  onAcknowledged: () => void;
};

/** Posts a form to its server action and classifies the answer. */
export async function postAction(p: ActionPost): Promise<Outcome> {
  const form = new FormData();
  for (const [k, v] of Object.entries(p.fields)) form.append(k, v);
  const body = await encodeReply([INITIAL_FORM_STATE, form]);
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${p.base}${p.pagePath}`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "next-action": p.actionId,
        origin: p.base,
        cookie: p.jar.header(),
        "x-forwarded-for": p.ip,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(p.timeoutMs),
    });
    status = response.status;
    const redirect = response.headers.get("x-action-redirect");
    let ackMs: number | undefined;
    if ("redirectContains" in p.expect && status === 200 && redirect?.includes(p.expect.redirectContains)) {
      ackMs = performance.now() - started;
      p.onAcknowledged();
    }
    const text = await response.text();
    const ms = performance.now() - started;
    if (status < 200 || status >= 400) return { ok: false, ms, status, kind: `http:${status}`, detail: text.slice(0, 200) };
    if ("redirectContains" in p.expect) {
      if (redirect?.includes(p.expect.redirectContains)) return { ok: true, ms, status, ackMs };
      const state = formStateOf(text);
      return { ok: false, ms, status, kind: redirect ? `redirect:${redirect}` : state.formError ? `form:${state.formError}` : state.fieldErrors ? `field:${state.fieldErrors}` : "unexpected", detail: text.slice(0, 200) };
    }
    const state = formStateOf(text);
    if (state.status === "success" && state.success === p.expect.success) {
      p.onAcknowledged();
      return { ok: true, ms, status };
    }
    return { ok: false, ms, status, kind: state.formError ? `form:${state.formError}` : state.fieldErrors ? `field:${state.fieldErrors}` : "unexpected", detail: text.slice(0, 200) };
  } catch (error) {
    return { ok: false, ms: performance.now() - started, status, kind: errorKind(error) };
  }
}

/** A GET that must answer 2xx/3xx; the whole body is read, as a browser would. */
export async function getPage(base: string, path: string, ip: string, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": ip }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    status = response.status;
    const text = await response.text();
    const ms = performance.now() - started;
    if (status < 200 || status >= 400) return { ok: false, ms, status, kind: `http:${status}`, detail: text.slice(0, 200) };
    return { ok: true, ms, status };
  } catch (error) {
    return { ok: false, ms: performance.now() - started, status, kind: errorKind(error) };
  }
}
