import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ListingForm } from "@/components/submit/ListingForm";
import { RejectionReason } from "@/components/submit/MySubmissions";
import { SubmitPageFrame } from "@/components/submit/SubmitPageFrame";
import { writeGate } from "@/components/submit/WriteGate";
import { Link } from "@/i18n/navigation";
import { getEnv } from "@/lib/env";
import { listingFormValuesOf } from "@/lib/listing/form";
import { requireUserOrSignIn } from "@/server/auth";
import { findMySubmissions, getListingValues } from "@/server/data/listings";
import { issueFormStamp } from "@/server/form-guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "submissions" });
  return { title: t("fixTitle"), robots: { index: false } };
}

/**
 * "Fix and resubmit": the submitter's rejected listing in the listing form, with the
 * moderator's reason above it. Sending it puts the listing back in the queue as pending.
 */
export default async function FixSubmissionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const user = await requireUserOrSignIn(`/me/submissions/${id}`);
  const supplierId = Number(id);
  // Only the user's own submissions exist here; anyone else's is "not found".
  const mine = (await findMySubmissions({ actor: user })).listings.find((l) => l.id === supplierId);
  if (!mine) notFound();
  const t = await getTranslations("submissions");
  const gate = await writeGate(user, "update:listing:own", { ownerId: user.id });
  const env = getEnv();
  const back = (
    <Link href="/me#my-submissions" className="text-brand-700 underline">
      {t("backToSubmissions")}
    </Link>
  );
  if (gate) return <SubmitPageFrame title={t("fixTitle")}>{gate}</SubmitPageFrame>;
  if (mine.status !== "REJECTED") {
    return (
      <SubmitPageFrame title={t("fixHeading", { name: mine.name })}>
        <p role="status" className="rounded-md border border-slate-300 bg-white p-4">
          {t("notRejected", { status: t(`listingStatus.${mine.status}`) })}
        </p>
        <p>{back}</p>
      </SubmitPageFrame>
    );
  }
  const { values } = await getListingValues({ actor: user, supplierId });
  return (
    <SubmitPageFrame
      title={t("fixHeading", { name: mine.name })}
      intro={
        <>
          <p>{t("fixIntro")}</p>
          <p>{back}</p>
        </>
      }
    >
      <div role="note" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        <RejectionReason code={mine.rejectionCode} text={mine.rejectionReason} />
      </div>
      <ListingForm
        mode="resubmit"
        stamp={await issueFormStamp()}
        tiles={{ url: env.mapTileUrl, attribution: env.mapTileAttribution, datum: env.mapTileDatum }}
        initialValues={{ ...listingFormValuesOf(values), source: mine.source ?? "" }}
        hidden={{ listingId: String(supplierId) }}
      />
    </SubmitPageFrame>
  );
}
