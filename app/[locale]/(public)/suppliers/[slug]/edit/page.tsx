import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ListingForm } from "@/components/submit/ListingForm";
import { SubmitPageFrame } from "@/components/submit/SubmitPageFrame";
import { writeGate } from "@/components/submit/WriteGate";
import { Link } from "@/i18n/navigation";
import { getEnv } from "@/lib/env";
import { displayNames } from "@/lib/labels";
import { listingFormValuesOf } from "@/lib/listing/form";
import type { Locale } from "@/lib/taxonomy";
import { requireUserOrSignIn } from "@/server/auth";
import { findListingBySlug, getListingValues } from "@/server/data/listings";
import { issueFormStamp } from "@/server/form-guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "submissions" });
  return { title: t("editTitle"), robots: { index: false } };
}

/**
 * "Suggest an edit" of a published listing: the listing form filled with its current values.
 * What is sent is stored as a proposal of the changed fields; the listing stays as it is until a
 * moderator approves. Only published listings have this page.
 */
export default async function SuggestEditPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const listing = await findListingBySlug({ slug });
  if (!listing || listing.status !== "PUBLISHED") notFound();
  const user = await requireUserOrSignIn(`/suppliers/${listing.slug}/edit`);
  const t = await getTranslations("submissions");
  const gate = await writeGate(user, "propose:listing:any");
  const current = gate ? null : await getListingValues({ actor: user, supplierId: listing.id });
  const name = current ? displayNames(current.values, locale as Locale).primary : listing.slug;
  const env = getEnv();
  return (
    <SubmitPageFrame
      title={current ? t("editHeading", { name }) : t("editTitle")}
      intro={
        <>
          <p>{t("editIntro")}</p>
          <p>
            <Link href={`/suppliers/${listing.slug}`} className="text-brand-700 underline">
              {t("backToListing")}
            </Link>
          </p>
        </>
      }
    >
      {gate ??
        (current && (
          <ListingForm
            mode="propose"
            stamp={await issueFormStamp()}
            tiles={{ url: env.mapTileUrl, attribution: env.mapTileAttribution, datum: env.mapTileDatum }}
            initialValues={listingFormValuesOf(current.values)}
            hidden={{ slug: listing.slug }}
          />
        ))}
    </SubmitPageFrame>
  );
}
