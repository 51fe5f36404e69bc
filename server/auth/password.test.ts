import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and a fresh salt, and verifies", async () => {
    const a = await hashPassword("violet tram 42 dumplings");
    const b = await hashPassword("violet tram 42 dumplings");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "violet tram 42 dumplings")).toBe(true);
    expect(await verifyPassword(a, "violet tram 42 dumpling")).toBe(false);
  });

  it("answers false for a missing or malformed hash", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });
});
