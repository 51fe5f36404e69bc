"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { CopyButton } from "./CopyButton";

type Props = {
  nameZh: string | null;
  addressZh: string | null;
  wechatId: string | null;
  approximate: boolean;
  qrSvg: string | null;
};

/**
 * The taxi card full screen. A modal <dialog>: the browser keeps focus inside it, makes the page
 * behind it inert for screen readers and closes it on Escape; focus goes back to the button.
 * Its content exists only while open, so the page never holds the address twice.
 */
export function TaxiCardDialog({ nameZh, addressZh, wechatId, approximate, qrSvg }: Props) {
  const t = useTranslations("gettingThere");
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  function closed() {
    setOpen(false);
    trigger.current?.focus();
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={() => setOpen(true)}
        className="self-start rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700"
      >
        {t("showCard")}
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          onClose={closed}
          className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-0 text-slate-950 backdrop:bg-slate-900/70 sm:m-auto sm:h-auto sm:max-h-[90dvh] sm:w-[40rem] sm:rounded-xl"
        >
          <div className="flex min-h-full flex-col gap-5 p-5 sm:p-8">
            <div className="flex items-start justify-between gap-4">
              <div>
                <h2 id={`${id}-title`} className="text-lg font-semibold">
                  {t("cardTitle")}
                </h2>
                <p className="text-sm text-slate-600">{t("cardIntro")}</p>
              </div>
              <button
                type="button"
                onClick={() => dialog.current?.close()}
                className="rounded-md border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
              >
                {t("close")}
              </button>
            </div>
            {nameZh && (
              <p lang="zh-Hans" className="text-4xl font-bold leading-tight sm:text-5xl">
                {nameZh}
              </p>
            )}
            {addressZh && (
              <p id={`${id}-address`} lang="zh-Hans" className="text-4xl font-bold leading-tight sm:text-5xl">
                {addressZh}
              </p>
            )}
            {approximate && <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t("approximate")}</p>}
            <div className="flex flex-col gap-3">
              {addressZh && <CopyButton text={addressZh} label={t("copyAddress")} targetId={`${id}-address`} />}
              {wechatId && (
                <p className="flex flex-wrap items-center gap-3">
                  <span>
                    {t("wechat")}: <span id={`${id}-wechat`} className="font-mono text-lg">{wechatId}</span>
                  </span>
                  <CopyButton text={wechatId} label={t("copyWechat")} targetId={`${id}-wechat`} />
                </p>
              )}
            </div>
            {qrSvg && (
              <figure className="mt-auto flex flex-col items-center gap-2">
                <div role="img" aria-label={t("qrLabel")} className="w-56 max-w-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
                <figcaption className="text-sm text-slate-700">{t("qrCaption")}</figcaption>
              </figure>
            )}
          </div>
        </dialog>
      )}
    </>
  );
}
