import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { fieldErrorsOf, formError, formValues, type FormState } from "@/lib/forms";
import { getCurrentUser } from "@/server/auth";
import type { CurrentUser } from "@/server/data/users";
import { runFormAction } from "@/server/form-actions";

/*
 * Helpers of the moderation and admin form actions (kept out of the "use server" files, where
 * every export would become an endpoint).
 */

/** The hidden id fields: a bad one means the thing is gone, not that the user typed wrongly. */
const ID_FIELDS = ["supplierId", "proposalId", "reportId", "userId", "reviewId", "upload"];

export function invalidForm(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors = fieldErrorsOf(error);
  if (ID_FIELDS.some((f) => fieldErrors[f])) return formError("notFound", values);
  return { status: "error", fieldErrors, values };
}

/** Back to a staff page with a notice (keys in `admin.notices`). */
export async function backTo(path: string, notice: string): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: `${path}${path.includes("?") ? "&" : "?"}notice=${notice}`, locale });
}

/** The user list to come back to, with its own query parameters only. */
export function usersPageOf(formData: FormData): string {
  const q = formData.get("q");
  const page = formData.get("page");
  const params = new URLSearchParams();
  if (typeof q === "string" && q.trim()) params.set("q", q.trim().slice(0, 100));
  if (typeof page === "string" && /^\d{1,5}$/.test(page) && page !== "1") params.set("page", page);
  const query = params.toString();
  return `/admin/users${query ? `?${query}` : ""}`;
}

/**
 * A staff form action: reads the form's fields, checks them with the form's schema, and hands the
 * parsed values and the signed-in user (or null) to `act`. The data function `act` calls checks
 * the permission table itself, so a replayed action is refused there. Errors become the form's
 * messages; `conflictKey` says what a CONFLICT means for this form.
 */
export function staffAction<S extends z.ZodType>(
  { fields, schema, conflictKey }: { fields: readonly string[]; schema: S; conflictKey: string },
  act: (data: z.output<S>, context: { actor: CurrentUser | null; formData: FormData }) => Promise<FormState>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData, fields);
    return runFormAction(
      values,
      async () => {
        const parsed = schema.safeParse(values);
        if (!parsed.success) return invalidForm(parsed.error, values);
        return act(parsed.data, { actor: await getCurrentUser(), formData });
      },
      conflictKey,
    );
  };
}
