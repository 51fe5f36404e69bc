import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import type { ReportInput } from "@/lib/schemas/report";
import { db } from "@/server/db";
import { Prisma } from "@/prisma/generated/client";

/**
 * Files a report on a visible review or a published listing. One OPEN report per reporter and
 * target: a second one is CONFLICT (checked here for the message; a trigger in the accounts
 * migration makes it a rule even for two requests at once).
 */
export async function createReport({ actor, input }: { actor: Actor; input: ReportInput }): Promise<{ id: string }> {
  assertCan(actor, "create:report:own");
  let target: { reviewId: string; supplierId: null } | { reviewId: null; supplierId: number };
  if (input.target === "review") {
    const review = await db.review.findFirst({
      where: { id: input.targetId, status: "VISIBLE", supplier: { status: "PUBLISHED" } },
      select: { id: true },
    });
    if (!review) throw new AppError("NOT_FOUND", "No such review.");
    target = { reviewId: review.id, supplierId: null };
  } else {
    const supplier = await db.supplier.findFirst({ where: { slug: input.targetId, status: "PUBLISHED" }, select: { id: true } });
    if (!supplier) throw new AppError("NOT_FOUND", "No such listing.");
    target = { reviewId: null, supplierId: supplier.id };
  }
  const open = await db.report.findFirst({ where: { reporterId: actor.id, status: "OPEN", ...target }, select: { id: true } });
  if (open) throw new AppError("CONFLICT", "You have already reported this; a moderator will look at it.");
  try {
    return await db.report.create({
      data: { ...target, reporterId: actor.id, reason: input.reason, details: input.details || null },
      select: { id: true },
    });
  } catch (error) {
    // The driver adapter reports a trigger's RAISE as a foreign-key failure (P2003); the check
    // again tells the one-open-report rule from a target deleted meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      if (await db.report.findFirst({ where: { reporterId: actor.id, status: "OPEN", ...target }, select: { id: true } })) {
        throw new AppError("CONFLICT", "You have already reported this.");
      }
      throw new AppError("NOT_FOUND", "This no longer exists.");
    }
    throw error;
  }
}
