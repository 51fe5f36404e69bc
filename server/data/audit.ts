import "server-only";
/*
 * `findAuditLog` is for admins ("read:audit:any", checked inside). `writeAudit` is not an entry
 * point: it is called inside the transaction of every moderation and admin write, after that
 * write's own permission check.
 */
import type { AuditAction, AuditTargetType } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/permissions";
import { db } from "@/server/db";
import type { Prisma } from "@/prisma/generated/client";

/** Who does something: the signed-in user as `getCurrentUser` reads it (lib/permissions.ts). */
export type { Actor };

export type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  actor: Pick<Actor, "id"> | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | number;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/**
 * Appends one audit row. Always called with the transaction of the change it records, so the
 * change and its record commit or roll back together. The database refuses updates and deletes
 * of these rows (triggers in the moderation migration).
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      reason: entry.reason ?? null,
      before: json(entry.before),
      after: json(entry.after),
    },
    select: { id: true },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogFilter = {
  actorId?: string;
  /** The acting user's e-mail address, exactly (the admin page's filter field). */
  actorEmail?: string;
  action?: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string;
  /** Inclusive lower bound (UTC). */
  from?: Date;
  /** Exclusive upper bound (UTC). */
  to?: Date;
};

export type AuditLogItem = {
  id: string;
  createdAt: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  /** Null when the acting user was deleted since (or for system actions). */
  actor: { id: string; name: string | null; email: string } | null;
};

const parseJson = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** The audit log, newest first, filtered, a page at a time. */
export async function findAuditLog({
  actor,
  filter = {},
  page = 1,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  actor: Actor | null;
  filter?: AuditLogFilter;
  page?: number;
  pageSize?: number;
}) {
  assertCan(actor, "read:audit:any");
  const where: Prisma.AuditLogWhereInput = {
    actorId: filter.actorId,
    actor: filter.actorEmail ? { is: { email: filter.actorEmail } } : undefined,
    action: filter.action,
    targetType: filter.targetType,
    targetId: filter.targetId,
    createdAt: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        action: true,
        targetType: true,
        targetId: true,
        reason: true,
        before: true,
        after: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  const items: AuditLogItem[] = rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    before: parseJson(r.before),
    after: parseJson(r.after),
  }));
  return { items, total, page, pageSize };
}
