import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/messages";
import { fieldErrorsOf } from "../forms";
import { deleteAccountSchema, signInSchema, signUpSchema } from "./account";
import { REPORT_FIELDS, reportSchema } from "./report";
import { MAX_SLUG_LENGTH } from "../slug";
import { REVIEW_FIELDS, reviewSchema } from "./review";

const body = "Ordered fifty two-layer boards; they arrived in four days.";

describe("reviewSchema", () => {
  it("accepts a full review and cleans the text", () => {
    const r = reviewSchema.parse({ rating: "4", title: "  Fast \n fab ", body: `${body}\r\n\r\n\r\nWould order again.`, ordered: "50 × PCB", visitedOn: "2026-03-15" });
    expect(r).toEqual({ rating: 4, title: "Fast fab", body: `${body}\n\nWould order again.`, ordered: "50 × PCB", visitedOn: "2026-03-15" });
  });

  it("treats the optional fields as optional", () => {
    expect(reviewSchema.parse({ rating: "1", body })).toMatchObject({ title: "", ordered: "", visitedOn: "" });
  });

  it.each([
    [{ rating: "", body }, "rating", "ratingRequired"],
    [{ rating: "6", body }, "rating", "ratingRequired"],
    [{ rating: "2.5", body }, "rating", "ratingRequired"],
    [{ rating: "3", body: "too short" }, "body", "bodyTooShort"],
    [{ rating: "3", body: "           spaces do not count as text              " }, "body", "bodyTooShort"],
    [{ rating: "3", body: "x".repeat(4001) }, "body", "bodyTooLong"],
    [{ rating: "3", body, title: "t".repeat(121) }, "title", "titleTooLong"],
    [{ rating: "3", body, visitedOn: "15/03/2026" }, "visitedOn", "visitedOnInvalid"],
    [{ rating: "3", body, visitedOn: "1999-12-31" }, "visitedOn", "visitedOnInvalid"],
    [{ rating: "3", body, visitedOn: "2999-01-01" }, "visitedOn", "visitedOnFuture"],
  ])("refuses %j with %s: %s", (input, field, key) => {
    const result = reviewSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)[field]).toBe(key);
  });
});

describe("reportSchema", () => {
  it("needs a reason, and details for OTHER", () => {
    expect(reportSchema.safeParse({ target: "review", targetId: "r1", reason: "SPAM" }).success).toBe(true);
    expect(fieldErrorsOf(reportSchema.safeParse({ target: "review", targetId: "r1" }).error!).reason).toBe("reasonRequired");
    expect(fieldErrorsOf(reportSchema.safeParse({ target: "listing", targetId: "x", reason: "OTHER", details: "short" }).error!).details).toBe("detailsRequired");
    expect(reportSchema.safeParse({ target: "listing", targetId: "x", reason: "OTHER", details: "It moved to Longhua." }).success).toBe(true);
    expect(reportSchema.safeParse({ target: "user", targetId: "x", reason: "SPAM" }).success).toBe(false);
    // Found by the write-load benchmark: listings with slugs of 65–100 characters could not be reported.
    const longest = `${"a".repeat(49)}-${"b".repeat(50)}`;
    expect(longest).toHaveLength(MAX_SLUG_LENGTH);
    expect(reportSchema.safeParse({ target: "listing", targetId: longest, reason: "SPAM" }).success).toBe(true);
    expect(fieldErrorsOf(reportSchema.safeParse({ target: "listing", targetId: `${longest}x`, reason: "SPAM" }).error!).targetId).toBe("reportTargetInvalid");
  });
});

describe("account schemas", () => {
  it("normalises addresses and checks password length", () => {
    expect(signUpSchema.parse({ email: " Mei@Example.COM ", password: "violet tram 42", name: "" })).toEqual({ email: "mei@example.com", password: "violet tram 42", name: "" });
    expect(fieldErrorsOf(signUpSchema.safeParse({ email: "mei", password: "violet tram 42" }).error!).email).toBe("emailInvalid");
    expect(fieldErrorsOf(signUpSchema.safeParse({ email: "mei@example.com", password: "short" }).error!).password).toBe("passwordTooShort");
    expect(signInSchema.parse({ email: " A@B.C ", password: "x" }).email).toBe("a@b.c");
    expect(deleteAccountSchema.parse({ confirmEmail: " A@B.C " }).confirmEmail).toBe("a@b.c");
  });
});

describe("message keys", () => {
  // Every key a schema or a form action can return must exist in English (the messages test
  // then makes sure Japanese and Chinese have it too).
  const sources = ["lib/schemas", "server/actions", "server/form-actions.ts", "app/[locale]/(account)/signin/page.tsx"].flatMap((p) => {
    const full = path.join(process.cwd(), p);
    return p.endsWith(".ts") || p.endsWith(".tsx") ? [full] : readdirSync(full).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => path.join(full, f));
  });
  const keys = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:message:|formError\(|invalid\(\{ \w+:|return|\? |: |, )\s*"([a-z][A-Za-z]+)"/g)) keys.add(m[1]);
  }
  // Field names appear in the same positions; they are not messages.
  const fields = new Set<string>([...REVIEW_FIELDS, ...REPORT_FIELDS, "reviewId", "supplierSlug", "callbackUrl", "listingId"]);
  // Every area's English messages: the submission actions' keys live in messages/submit.
  const en = messagesByLocale.en as Record<string, Record<string, unknown>>;
  const known = new Set([...Object.keys(en.formErrors), ...Object.keys(en.account), ...Object.keys(en.report), ...fields]);

  it("finds the keys it checks", () => {
    expect(keys.size).toBeGreaterThan(30);
  });

  it("has every form error key in the English messages", () => {
    const missing = [...keys].filter((k) => !known.has(k) && /[A-Z]/.test(k));
    expect(missing).toEqual([]);
  });
});
