import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

// A 1×1 transparent PNG: map tiles are never fetched from the network in tests.
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/**
 * The e2e server's database (playwright.config.ts makes a fresh one per run). Fixtures write
 * users and suppliers straight into it, as an operator's script would; there is no test-only
 * endpoint in the app.
 */
const DB_FILE = path.join(process.cwd(), "data", "e2e.db");
let sqlite: Database.Database | undefined;
export function e2eDb(): Database.Database {
  sqlite ??= new Database(DB_FILE, { timeout: 10_000 });
  return sqlite;
}

/** Prisma stores DateTime in SQLite as ISO text with an explicit offset. */
export const sqlNow = (date = new Date()) => date.toISOString().replace("Z", "+00:00");

const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

export type Role = "user" | "moderator" | "admin";
export type TestUser = { id: string; email: string; password: string; name: string | null; role: Role };
export type UserOptions = { role?: Role; verified?: boolean; name?: string | null; password?: string };
export type TestSupplier = { id: number; slug: string; name: string };

let hashCache: Promise<string> | undefined;
const DEFAULT_PASSWORD = "violet tram 42 dumplings";

async function insertUser(options: UserOptions = {}): Promise<TestUser> {
  const id = `e2e${unique()}`;
  const email = `${id}@example.test`;
  const password = options.password ?? DEFAULT_PASSWORD;
  // The same argon2id parameters as the app; hashing the default password once keeps runs quick.
  const passwordHash =
    password === DEFAULT_PASSWORD
      ? await (hashCache ??= hash(DEFAULT_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }))
      : await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const name = options.name === undefined ? `Tester ${id.slice(-6)}` : options.name;
  const role = options.role ?? "user";
  e2eDb()
    .prepare(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "status", "emailVerified", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)`,
    )
    .run(id, email, name, passwordHash, role.toUpperCase(), options.verified === false ? null : sqlNow(), sqlNow(), sqlNow());
  return { id, email, password, name, role };
}

/** Signs a browser context in through Auth.js's own credentials endpoint (as a form post would). */
export async function signInThroughApi(page: Page, user: Pick<TestUser, "email" | "password">) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in answers with a redirect").toBe(302);
  expect(response.headers().location ?? "", "sign-in succeeded").not.toContain("error");
}

/** Quoted-printable, as the app writes its mails (server/mail.ts). */
function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === "=" ? /^[0-9A-F]{2}$/i.exec(soft.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export type Mail = { file: string; subject: string; text: string; link: string | null };

/** Mails the e2e server wrote to data/outbox/ for one address, oldest first. */
export function mailsTo(email: string): Mail[] {
  const dir = path.join(process.cwd(), "data", "outbox");
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".eml")).sort();
  } catch {
    return [];
  }
  const out: Mail[] = [];
  for (const file of files) {
    const raw = readFileSync(path.join(dir, file), "utf8");
    const [folded, ...rest] = raw.split(/\r?\n\r?\n/);
    const head = folded.replace(/\r?\n[ \t]+/g, " ");
    if (!new RegExp(`^To: .*${email.replace(/[.+]/g, "\\$&")}`, "mi").test(head)) continue;
    const text = decodeQuotedPrintable(rest.join("\n\n"));
    out.push({ file, subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? "", text, link: /https?:\/\/\S+/.exec(text)?.[0] ?? null });
  }
  return out;
}

/** Waits for the newest mail to an address whose link contains `linkPart`, and returns that link. */
export async function linkFromMail(email: string, linkPart: string): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(() => {
      link = mailsTo(email).reverse().find((m) => m.link?.includes(linkPart))?.link ?? null;
      return link;
    }, { message: `a mail to ${email} with a ${linkPart} link` })
    .not.toBeNull();
  return link!;
}

/** A documentation-range IPv6 /64 per test, so per-IP rate limits never leak between tests. */
let ipCounter = 0;
const uniqueIp = () => `2001:db8:${(process.pid % 0xffff).toString(16)}:${(++ipCounter).toString(16)}::1`;

type Fixtures = {
  stubTiles: void;
  /** The address this test's requests come from (sent as X-Forwarded-For; the e2e server trusts one proxy). */
  clientIp: string;
  /** A user written to the database, e-mail confirmed unless `verified: false`. */
  createUser: (options?: UserOptions) => Promise<TestUser>;
  /** createUser, then sign this test's browser in as them. */
  login: (options?: UserOptions) => Promise<TestUser>;
  /** A published supplier of its own, so review tests never change the seeded ones. */
  createSupplier: (name?: string) => Promise<TestSupplier>;
};

export const test = base.extend<Fixtures>({
  stubTiles: [
    async ({ page }, use) => {
      await page.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ contentType: "image/png", body: TILE }));
      await use();
    },
    { auto: true },
  ],
  clientIp: async ({}, use) => use(uniqueIp()),
  extraHTTPHeaders: async ({ clientIp }, use) => use({ "x-forwarded-for": clientIp }),
  createUser: async ({}, use) => {
    const ids: string[] = [];
    await use(async (options) => {
      const user = await insertUser(options);
      ids.push(user.id);
      return user;
    });
    const del = e2eDb().prepare(`DELETE FROM "User" WHERE "id" = ?`);
    for (const id of ids) del.run(id);
  },
  login: async ({ page, createUser }, use) => {
    await use(async (options) => {
      const user = await createUser(options);
      await signInThroughApi(page, user);
      return user;
    });
  },
  // Declared before createUser in teardown order: suppliers (and so their reviews) go first.
  createSupplier: async ({ createUser: _ }, use) => {
    const ids: number[] = [];
    await use(async (name) => {
      const n = name ?? `E2E Fab ${unique()}`;
      const slug = n.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      const db = e2eDb();
      const category = db.prepare(`SELECT "id" FROM "Category" WHERE "slug" = 'pcb-fab'`).get() as { id: number };
      const row = db
        .prepare(
          `INSERT INTO "Supplier" ("slug", "name", "primaryCategoryId", "district", "lat", "lng", "locationPrecision", "status", "publishedAt", "createdAt", "updatedAt")
           VALUES (?, ?, ?, 'futian', 22.5431, 114.0579, 'EXACT', 'PUBLISHED', ?, ?, ?) RETURNING "id"`,
        )
        // Published long ago, so it never shows among the home page's "recently added".
        .get(slug, n, category.id, sqlNow(new Date("2001-01-01T00:00:00Z")), sqlNow(), sqlNow()) as { id: number };
      db.prepare(`INSERT INTO "SupplierCategory" ("supplierId", "categoryId") VALUES (?, ?)`).run(row.id, category.id);
      ids.push(row.id);
      return { id: row.id, slug, name: n };
    });
    const del = e2eDb().prepare(`DELETE FROM "Supplier" WHERE "id" = ?`);
    for (const id of ids) del.run(id);
  },
});

export { expect };
