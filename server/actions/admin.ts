"use server";
import "server-only";
import { changeRoleSchema, FORM_FIELDS, startImportSchema } from "@/lib/schemas/moderation";
import { discardImportUpload, ImportInvalidError, readImportUpload, startImport } from "@/server/data/import";
import { changeUserRole } from "@/server/data/moderation";
import { backTo, staffAction, usersPageOf } from "@/server/moderation-forms";

/*
 * Admin form actions: roles and the CSV import. As in moderation.ts, the data functions check
 * the permission table and write the audit rows.
 */

export const changeRoleAction = staffAction(
  { fields: FORM_FIELDS.changeRole, schema: changeRoleSchema, conflictKey: "lastAdmin" },
  async ({ userId, role, reason }, { actor, formData }) => {
    await changeUserRole({ actor, userId, role, reason });
    return backTo(usersPageOf(formData), "role-changed");
  },
);

/**
 * Imports the previewed file. The file is checked again (the directory may have changed since
 * the preview); the writing then goes on in the background and the page follows its progress.
 */
export const startImportAction = staffAction(
  { fields: FORM_FIELDS.startImport, schema: startImportSchema, conflictKey: "importRunning" },
  async ({ upload }, { actor }) => {
    const { csv } = await readImportUpload({ actor, token: upload });
    let jobId: string;
    try {
      ({ jobId } = await startImport({ actor, csv }));
    } catch (error) {
      // The preview, shown again, lists what is wrong now.
      if (error instanceof ImportInvalidError) return backTo(`/admin/import?upload=${upload}`, "import-invalid");
      throw error;
    }
    await discardImportUpload({ actor, token: upload });
    return backTo(`/admin/import?job=${encodeURIComponent(jobId)}`, "import-started");
  },
);
