import { beforeAll, describe, expect, it } from "vitest";
import { findAuditLog, writeAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { createUser } from "@/server/test/moderation-fixtures";

/**
 * Prisma reports a trigger's RAISE(ABORT) as P2003 "Foreign key constraint violated"; the
 * trigger's own message is in the driver adapter's cause.
 */
async function expectRefused(write: Promise<unknown>) {
  const error: unknown = await write.then(
    () => null,
    (e: unknown) => e,
  );
  const message =
    (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } } } | null)?.meta?.driverAdapterError?.cause
      ?.originalMessage ?? (error instanceof Error ? error.message : String(error));
  expect(message).toMatch(/AuditLog is append-only/);
}

describe("the audit log is append-only", () => {
  let entryId: string;
  let actorId: string;

  beforeAll(async () => {
    const actor = await createUser({ role: "ADMIN" });
    actorId = actor.id;
    await db.$transaction((tx) => writeAudit(tx, { actor, action: "user.role", targetType: "user", targetId: "u1", before: { role: "USER" }, after: { role: "MODERATOR" } }));
    entryId = (await db.auditLog.findFirstOrThrow({ where: { actorId }, select: { id: true } })).id;
  });

  it("refuses updates", async () => {
    await expectRefused(db.auditLog.update({ where: { id: entryId }, data: { reason: "rewritten" } }));
    await expectRefused(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorId" = NULL, "action" = 'user.ban' WHERE "id" = ?`, entryId));
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entryId } })).reason).toBeNull();
  });

  it("refuses deletes", async () => {
    await expectRefused(db.auditLog.delete({ where: { id: entryId } }));
    await expectRefused(db.auditLog.deleteMany({}));
    expect(await db.auditLog.count({ where: { id: entryId } })).toBe(1);
  });

  it("keeps the row when its actor is deleted, with only the actor cleared", async () => {
    const before = await db.auditLog.findUniqueOrThrow({ where: { id: entryId } });
    await db.user.delete({ where: { id: actorId } });
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: entryId } });
    expect(after).toEqual({ ...before, actorId: null });
  });

  it("rolls back with the change it records", async () => {
    const actor = await createUser();
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { actor, action: "user.ban", targetType: "user", targetId: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditLog.count({ where: { targetId: "rolled-back" } })).toBe(0);
  });
});

describe("findAuditLog", () => {
  it("filters by actor, action, target type and date range, newest first, a page at a time", async () => {
    const a = await createUser({ role: "MODERATOR", name: "Mod A" });
    const b = await createUser({ role: "MODERATOR", name: "Mod B" });
    const write = (actor: typeof a, action: "listing.approve" | "review.hide", targetType: "supplier" | "review", targetId: string) =>
      db.$transaction((tx) => writeAudit(tx, { actor, action, targetType, targetId }));
    await write(a, "listing.approve", "supplier", "f1");
    await write(a, "review.hide", "review", "f2");
    await write(b, "listing.approve", "supplier", "f3");
    const reader = await createUser({ role: "ADMIN" });
    await expect(findAuditLog({ actor: a, filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "role" });

    const byActor = await findAuditLog({ actor: reader, filter: { actorId: a.id } });
    expect(byActor.items.map((i) => i.targetId)).toEqual(["f2", "f1"]);
    expect(byActor.items[0].actor).toMatchObject({ id: a.id, name: "Mod A" });

    const byEmail = await findAuditLog({ actor: reader, filter: { actorEmail: `${b.id}@example.test` } });
    expect(byEmail.items.map((i) => i.targetId)).toEqual(["f3"]);

    const byAction = await findAuditLog({ actor: reader, filter: { action: "listing.approve", targetType: "supplier" } });
    expect(byAction.items.map((i) => i.targetId)).toEqual(["f3", "f1"]);

    const future = await findAuditLog({ actor: reader, filter: { from: new Date(Date.now() + 60_000) } });
    expect(future.total).toBe(0);
    const window = await findAuditLog({ actor: reader, filter: { actorId: b.id, from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 60_000) } });
    expect(window.items.map((i) => i.targetId)).toEqual(["f3"]);

    const paged = await findAuditLog({ actor: reader, filter: { actorId: a.id }, page: 2, pageSize: 1 });
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items.map((i) => i.targetId)).toEqual(["f1"]);
  });
});
