"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

const NOTICES = { "review-created": "created", "review-updated": "updated", "review-deleted": "deleted" } as const;

/** The message after a review was written, edited or deleted (the action redirects with ?notice=). */
export function ReviewNotice() {
  const t = useTranslations("review.notices");
  const notice = useSearchParams().get("notice");
  const key = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  if (!key) return null;
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
      {t(key)}
    </p>
  );
}
