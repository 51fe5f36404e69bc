-- AlterTable
ALTER TABLE "EditProposal" ADD COLUMN "reasonCode" TEXT;

-- AlterTable
ALTER TABLE "Supplier" ADD COLUMN "importJobId" TEXT;
ALTER TABLE "Supplier" ADD COLUMN "rejectionCode" TEXT;
ALTER TABLE "Supplier" ADD COLUMN "rejectionReason" TEXT;

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "ImportJob_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Supplier_website_idx" ON "Supplier"("website");

-- CreateIndex
CREATE INDEX "Supplier_phone_idx" ON "Supplier"("phone");

-- CreateIndex
CREATE INDEX "Supplier_importJobId_idx" ON "Supplier"("importJobId");

-- The audit log is append-only: no statement may change or remove a row. The one update allowed
-- is the foreign key's own ON DELETE SET NULL when the acting user is deleted (actorId → NULL,
-- every other column as it was). A column added to AuditLog later must be listed here too.
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "AuditLog"
WHEN NOT (
  OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
  AND NEW."id" IS OLD."id" AND NEW."action" IS OLD."action"
  AND NEW."targetType" IS OLD."targetType" AND NEW."targetId" IS OLD."targetId"
  AND NEW."reason" IS OLD."reason" AND NEW."before" IS OLD."before" AND NEW."after" IS OLD."after"
  AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "AuditLog" BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;
