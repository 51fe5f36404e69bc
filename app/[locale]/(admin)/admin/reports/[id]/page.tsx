import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { DateTime, ItemHeader, Notice, Person, Section, StatusBadge } from "@/components/admin/parts";
import { RatingStars } from "@/components/suppliers/RatingStars";
import { Link } from "@/i18n/navigation";
import { can, type Actor } from "@/lib/permissions";
import { MODERATION_NOTE_MAX, type ReportAction } from "@/lib/schemas/moderation";
import { dismissReportAction, resolveReportAction } from "@/server/actions/moderation";
import { requirePermissionForPage } from "@/server/auth";
import { getReportForReview } from "@/server/data/moderation";
import { foundOr404 } from "@/server/pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("report.title") };
}

async function load(actor: Actor, id: string) {
  if (id.length > 64) notFound();
  return foundOr404(getReportForReview({ actor, reportId: id }));
}

/** One report: what was reported and by whom, and what the moderator does about it. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermissionForPage("read:moderation:any", `/admin/reports/${encodeURIComponent(id)}`);
  const [r, t, tr, { notice }] = await Promise.all([load(user, id), getTranslations("admin"), getTranslations("report.reasons"), searchParams]);
  const open = r.status === "OPEN";
  const author = r.review?.author ?? r.listing?.submitter ?? null;
  // Only what this moderator may do and what still makes sense (the data functions check again).
  const actions: ReportAction[] = [];
  if (r.review?.status === "VISIBLE" && can(user, "hide:review:any")) actions.push("hideReview");
  if (r.listing && (r.listing.status === "PUBLISHED" || r.listing.status === "PENDING") && can(user, "archive:listing:any")) actions.push("archiveListing");
  if (author && author.status === "ACTIVE" && can(user, "ban:user:any", { ownerId: author.id, role: author.role })) actions.push("banAuthor");
  actions.push("none");

  return (
    <div className="flex flex-col gap-5">
      <ItemHeader heading={r.review ? t("queues.reportOnReview", { name: r.review.supplier.name }) : t("queues.reportOnListing", { name: r.listing?.name ?? "" })}>
        <StatusBadge status={r.status} />
        <span>
          {t("queues.reported")} <DateTime iso={r.createdAt} withTime /> · {t("queues.by")} <Person person={r.reporter} />
        </span>
      </ItemHeader>
      <Notice notice={notice} scope="report" />

      <Section id="report-reason" title={t("report.reason")}>
        <p className="font-medium">{tr(r.reason)}</p>
        {r.details && <p className="whitespace-pre-line break-words text-slate-800">{r.details}</p>}
        {r.openSiblings > 0 && <p className="text-sm text-slate-700">{t("report.siblings", { count: r.openSiblings })}</p>}
      </Section>

      {r.review && (
        <Section id="report-target" title={t("report.theReview")}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <RatingStars value={r.review.rating} label={t("report.stars", { count: r.review.rating })} />
            <StatusBadge status={r.review.status} />
            <span>
              {t("queues.by")} <Person person={r.review.author} /> · <DateTime iso={r.review.createdAt} />
            </span>
          </div>
          {r.review.title && <p className="font-medium">{r.review.title}</p>}
          <p className="whitespace-pre-line break-words text-slate-800">{r.review.body}</p>
          {r.review.hiddenReason && <p className="text-sm text-red-900">{t("report.hiddenBecause", { reason: r.review.hiddenReason })}</p>}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {r.review.supplier.status === "PUBLISHED" && (
              <Link href={`/suppliers/${r.review.supplier.slug}#reviews`} className="text-brand-700 underline">
                {t("report.openSupplier", { name: r.review.supplier.name })}
              </Link>
            )}
            <span className="text-slate-700">
              {t("report.currentRating", { average: r.review.supplier.ratingAvg.toFixed(2), count: r.review.supplier.reviewCount })}
            </span>
          </p>
        </Section>
      )}

      {r.listing && (
        <Section id="report-target" title={t("report.theListing")}>
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/admin/listings/${r.listing.id}`} className="font-semibold text-brand-700 underline">
              {r.listing.name}
            </Link>
            <StatusBadge status={r.listing.status} />
          </p>
          {r.listing.status === "PUBLISHED" && (
            <p className="text-sm">
              <Link href={`/suppliers/${r.listing.slug}`} className="text-brand-700 underline">
                {t("listing.viewPublic")}
              </Link>
            </p>
          )}
          <p className="text-sm text-slate-700">
            {t("listing.submitter")}: <Person person={r.listing.submitter} />
          </p>
        </Section>
      )}

      {open ? (
        <Section id="report-decision" title={t("listing.decision")}>
          {can(user, "resolve:report:any") && (
            <>
              <ActionForm
                id="resolve"
                action={resolveReportAction}
                hidden={{ reportId: r.id }}
                fields={[
                  { kind: "radios", name: "action", legend: t("report.whatToDo"), options: actions.map((a) => ({ value: a, label: t(`report.actions.${a}`) })), required: true },
                  { kind: "textarea", name: "reason", label: t("reasonLabel"), hint: t("report.reasonHint"), maxLength: MODERATION_NOTE_MAX, required: true },
                ]}
                submit={{ label: t("report.resolve"), pending: t("working") }}
              />
              <ActionForm
                id="dismiss"
                action={dismissReportAction}
                hidden={{ reportId: r.id }}
                disclosure={t("report.dismiss")}
                description={t("report.dismissHint")}
                fields={[{ kind: "textarea", name: "reason", label: t("reasonLabel"), maxLength: MODERATION_NOTE_MAX, required: true }]}
                submit={{ label: t("report.dismissConfirm"), pending: t("working"), tone: "secondary" }}
              />
            </>
          )}
        </Section>
      ) : (
        <Section id="report-decision" title={t("report.outcome")}>
          <p className="text-sm">
            {t(`status.${r.status}`)} · <DateTime iso={r.resolvedAt} withTime /> · {t("queues.by")} <Person person={r.resolver} />
          </p>
          {r.resolutionNote && <p className="whitespace-pre-line break-words">{r.resolutionNote}</p>}
        </Section>
      )}
    </div>
  );
}
