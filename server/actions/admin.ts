"use server";
import "server-only";
import { formValues, type FormState } from "@/lib/forms";
import { changeRoleSchema, FORM_FIELDS, startImportSchema } from "@/lib/schemas/moderation";
import { getCurrentUser } from "@/server/auth";
import { discardImportUpload, ImportInvalidError, readImportUpload, startImport } from "@/server/data/import";
import { changeUserRole } from "@/server/data/moderation";
import { runFormAction } from "@/server/form-actions";
import { backTo, invalidForm, usersPageOf } from "@/server/moderation-forms";

/*
 * Admin form actions: roles and the CSV import. As in moderation.ts, the data functions check
 * the permission table and write the audit rows.
 */

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.changeRole);
  return runFormAction(
    values,
    async () => {
      const parsed = changeRoleSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const { userId, role, reason } = parsed.data;
      await changeUserRole({ actor: await getCurrentUser(), userId, role, reason });
      return backTo(usersPageOf(formData), "role-changed");
    },
    "lastAdmin",
  );
}

/**
 * Imports the previewed file. The file is checked again (the directory may have changed since
 * the preview); the writing then goes on in the background and the page follows its progress.
 */
export async function startImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.startImport);
  return runFormAction(
    values,
    async () => {
      const parsed = startImportSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const actor = await getCurrentUser();
      const { upload } = parsed.data;
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
    "importRunning",
  );
}
