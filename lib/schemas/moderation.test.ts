import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../forms";
import {
  changeRoleSchema,
  dayAfter,
  parseAuditQuery,
  parseListingQuery,
  rejectListingSchema,
  resolveReportSchema,
  startImportSchema,
} from "./moderation";

describe("moderation form schemas", () => {
  it("rejects with a template code; “other” needs a note; notes are plain text and limited", () => {
    expect(rejectListingSchema.parse({ supplierId: "12", code: "spam", text: "  " })).toEqual({ supplierId: 12, code: "spam", text: "" });
    expect(fieldErrorsOf(rejectListingSchema.safeParse({ supplierId: "12", code: "other", text: "" }).error!)).toEqual({ text: "rejectionTextRequired" });
    expect(fieldErrorsOf(rejectListingSchema.safeParse({ supplierId: "12", code: "nope" }).error!)).toEqual({ code: "rejectionCodeRequired" });
    expect(fieldErrorsOf(rejectListingSchema.safeParse({ supplierId: "12", code: "spam", text: "x".repeat(2001) }).error!)).toEqual({ text: "moderationNoteTooLong" });
    expect(rejectListingSchema.parse({ supplierId: "3", code: "wrongInfo", text: "Phone\u202e is wrong" }).text).toBe("Phone is wrong");
    expect(fieldErrorsOf(rejectListingSchema.safeParse({ supplierId: "abc", code: "spam" }).error!)).toEqual({ supplierId: "notFound" });
  });

  it("resolving a report needs an action and a reason", () => {
    expect(resolveReportSchema.parse({ reportId: "r1", action: "banAuthor", reason: " Spam " })).toEqual({ reportId: "r1", action: "banAuthor", reason: "Spam" });
    expect(fieldErrorsOf(resolveReportSchema.safeParse({ reportId: "r1", action: "delete", reason: "" }).error!)).toEqual({
      action: "reportActionRequired",
      reason: "moderationReasonRequired",
    });
  });

  it("roles are the table's roles; upload tokens are 32 hex characters", () => {
    expect(changeRoleSchema.safeParse({ userId: "u", role: "ADMIN" }).success).toBe(true);
    expect(changeRoleSchema.safeParse({ userId: "u", role: "ROOT" }).success).toBe(false);
    expect(startImportSchema.safeParse({ upload: "a".repeat(32) }).success).toBe(true);
    expect(startImportSchema.safeParse({ upload: "../../etc/passwd" }).success).toBe(false);
  });
});

describe("admin list query strings", () => {
  it("keeps known filters and drops the rest, so a shared link always works", () => {
    expect(parseAuditQuery({ actor: " Mod@Example.TEST ", action: "listing.approve", targetType: "supplier", from: "2026-03-01", to: "2026-03-31", page: "2" })).toEqual({
      actor: "mod@example.test",
      action: "listing.approve",
      targetType: "supplier",
      from: "2026-03-01",
      to: "2026-03-31",
      page: 2,
    });
    expect(parseAuditQuery({ action: "drop.table", targetType: "x", from: "2026-13-45", to: "yesterday", page: "-1" })).toEqual({
      actor: "",
      action: "",
      targetType: "",
      from: "",
      to: "",
      page: 1,
    });
    expect(parseListingQuery({ q: "seeed", status: "published", page: ["3", "4"] })).toEqual({ q: "seeed", status: "PUBLISHED", page: 3 });
    expect(parseListingQuery({ status: "DELETED" }).status).toBeNull();
  });

  it("reads the “to” day as inclusive: the bound is the next UTC midnight", () => {
    expect(dayAfter("2026-02-28").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});
