"use server";
import "server-only";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { REPORT_FIELDS, reportSchema } from "@/lib/schemas/report";
import { requirePermission } from "@/server/auth";
import { createReport } from "@/server/data/reports";
import { guardFormState, runFormAction } from "@/server/form-actions";
import { enforceRateLimits, rateLimitRule } from "@/server/rate-limit";
import { getClientIp } from "@/server/request";

export async function createReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, REPORT_FIELDS);
  return runFormAction(
    values,
    async () => {
      const guarded = await guardFormState(formData, values);
      if (guarded) return guarded;
      const parsed = reportSchema.safeParse(values);
      if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
      const actor = await requirePermission("create:report:own");
      const ip = await getClientIp();
      await enforceRateLimits([rateLimitRule("reportsPerUser", { userId: actor.id }), ...(ip ? [rateLimitRule("reportsPerIp", { ip })] : [])]);
      await createReport({ actor, input: parsed.data });
      return { status: "success", fieldErrors: {}, success: "thanks", values: { target: values.target, targetId: values.targetId } };
    },
    "alreadyReported",
  );
}
