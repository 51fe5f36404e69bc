import { describe, expect, it } from "vitest";
import { isAuditAction, isAuditTargetType } from "../audit";
import { MAX_REASON_LENGTH, reasonProblem } from "./reasons";

describe("reasonProblem", () => {
  it.each<[string, string | null, ReturnType<typeof reasonProblem>]>([
    ["duplicate", null, null],
    ["duplicate", "Same as Seeed Studio", null],
    ["other", "Closed in 2025", null],
    ["other", "   ", "textRequired"],
    ["other", null, "textRequired"],
    ["bribery", "x", "invalidCode"],
    ["spam", "x".repeat(MAX_REASON_LENGTH + 1), "tooLong"],
  ])("%s / %s → %s", (code, text, problem) => {
    expect(reasonProblem(code, text)).toBe(problem);
  });
});

describe("audit vocabulary guards", () => {
  it("accept the listed values only (URL filters on the audit page use them)", () => {
    expect(isAuditAction("listing.approve")).toBe(true);
    expect(isAuditAction("listing.delete")).toBe(false);
    expect(isAuditTargetType("supplier")).toBe(true);
    expect(isAuditTargetType("session")).toBe(false);
  });
});
