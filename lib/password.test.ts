import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, passwordLengthProblem } from "./password";

describe("password length", () => {
  it("needs at least 8 characters and allows at least 128", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(128);
    expect(passwordLengthProblem("a".repeat(7))).toBe("passwordTooShort");
    expect(passwordLengthProblem("a".repeat(8))).toBeNull();
    expect(passwordLengthProblem("a".repeat(128))).toBeNull();
    expect(passwordLengthProblem("a".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordLengthProblem("a".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("passwordTooLong");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(passwordLength("🙂🙂🙂🙂")).toBe(4);
    expect(passwordLengthProblem("🙂".repeat(7))).toBe("passwordTooShort");
    expect(passwordLengthProblem("密码安全长一点的")).toBeNull();
  });
});

describe("common passwords", () => {
  it.each(["password", "password1", "12345678", "qwertyuiop", "iloveyou", "baseball1"])("refuses %s", (p) => {
    expect(isCommonPassword(p)).toBe(true);
  });

  it("ignores case", () => {
    expect(isCommonPassword("PassWord1")).toBe(true);
    expect(passwordProblem("QWERTYUIOP")).toBe("passwordCommon");
  });

  it("accepts a reasonable pass phrase", () => {
    expect(isCommonPassword("violet tram 42 dumplings")).toBe(false);
    expect(passwordProblem("violet tram 42 dumplings")).toBeNull();
  });

  it("ships a list of thousands", async () => {
    const { dictionary } = await import("@zxcvbn-ts/language-common");
    expect(dictionary["passwords-common"].length).toBeGreaterThan(10_000);
  });
});

describe("passwordProblem", () => {
  it("checks length before the list", () => {
    expect(passwordProblem("123456")).toBe("passwordTooShort");
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("passwordTooLong");
  });

  it("refuses the e-mail address or its name part with a short suffix", () => {
    expect(passwordProblem("mei.lin@example.com", { email: "Mei.Lin@example.com" })).toBe("passwordIsEmail");
    expect(passwordProblem("mei.lin2024", { email: "mei.lin@example.com" })).toBe("passwordIsEmail");
    expect(passwordProblem("mei.lin loves dim sum", { email: "mei.lin@example.com" })).toBeNull();
  });
});
