import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { displayNames } from "@/lib/labels";
import { isRejectionCode } from "@/lib/listing/reasons";
import type { Locale } from "@/lib/taxonomy";
import type { MySubmissions as Submissions } from "@/server/data/listings";

const BADGE: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-950",
  PUBLISHED: "bg-green-100 text-green-900",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  ARCHIVED: "bg-slate-200 text-slate-900",
};

function Badge({ status, label }: { status: string; label: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[status] ?? BADGE.ARCHIVED}`}>{label}</span>;
}

/** A moderator's reason: the template in the reader's language, then their own words. */
export async function RejectionReason({ code, text }: { code: string | null; text: string | null }) {
  const t = await getTranslations("submissions");
  const tr = await getTranslations("moderation.rejection");
  if (!code && !text) return null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      {code && isRejectionCode(code) && <p>{t("reason", { reason: tr(code) })}</p>}
      {text && <p className="whitespace-pre-line">{t("moderatorNote", { note: text })}</p>}
    </div>
  );
}

/**
 * The "Your submissions" part of /me: listings the user submitted and edits they suggested,
 * newest first, each with its status, date and any moderator's reason; a rejected listing can be
 * fixed and sent again.
 */
export async function MySubmissions({ submissions, locale }: { submissions: Submissions; locale: Locale }) {
  const [t, tf, format] = await Promise.all([getTranslations("submissions"), getTranslations("listingForm.fields"), getFormatter()]);
  // "Sent <date>{when}</date>": the date as a <time> element inside a translated sentence.
  const dated = (iso: string) => ({
    when: format.dateTime(new Date(iso), { dateStyle: "medium" }),
    date: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  });
  const { listings, proposals } = submissions;
  if (listings.length === 0 && proposals.length === 0) {
    return (
      <p className="text-slate-600">
        {t("none")}{" "}
        <Link href="/submit" className="font-medium text-brand-700 underline">
          {t("submitLink")}
        </Link>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      {listings.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("listingsHeading")}</h3>
          <ul className="flex flex-col gap-3">
            {listings.map((l) => {
              const name = displayNames(l, locale).primary;
              return (
                <li key={l.id} className="flex flex-col gap-1.5 rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    {l.status === "PUBLISHED" ? (
                      <Link href={`/suppliers/${l.slug}`} className="font-semibold text-brand-700 underline">
                        {name}
                      </Link>
                    ) : (
                      <span className="font-semibold">{name}</span>
                    )}
                    <Badge status={l.status} label={t(`listingStatus.${l.status}`)} />
                  </div>
                  <p className="text-xs text-slate-600">{t.rich("sentOn", dated(l.createdAt))}</p>
                  {l.status === "REJECTED" && (
                    <>
                      <RejectionReason code={l.rejectionCode} text={l.rejectionReason} />
                      <Link href={`/me/submissions/${l.id}`} className="self-start font-medium text-brand-700 underline">
                        {t("fixAndResubmit")}
                        <span className="sr-only">: {name}</span>
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {proposals.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("proposalsHeading")}</h3>
          <ul className="flex flex-col gap-3">
            {proposals.map((p) => {
              const name = displayNames(p.supplier, locale).primary;
              return (
                <li key={p.id} className="flex flex-col gap-1.5 rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    {p.supplier.status === "PUBLISHED" ? (
                      <Link href={`/suppliers/${p.supplier.slug}`} className="font-semibold text-brand-700 underline">
                        {name}
                      </Link>
                    ) : (
                      <span className="font-semibold">{name}</span>
                    )}
                    <Badge status={p.status} label={t(`proposalStatus.${p.status}`)} />
                  </div>
                  <p className="text-sm text-slate-700">{t("changedFields", { fields: p.fields.map((f) => tf(f)).join(t("fieldSeparator")) })}</p>
                  <p className="text-xs text-slate-600">
                    {t.rich("sentOn", dated(p.createdAt))}
                    {p.reviewedAt && <> · {t.rich("reviewedOn", dated(p.reviewedAt))}</>}
                  </p>
                  {p.status === "REJECTED" && <RejectionReason code={p.reasonCode} text={p.reason} />}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
