"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-10">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <button type="button" onClick={reset} className="self-start rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
