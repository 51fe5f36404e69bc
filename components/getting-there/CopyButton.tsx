"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

type State = "idle" | "copied" | "failed";

/**
 * Copies a text, saying so where the button is. Where the clipboard API is missing or refused
 * (insecure origin, permissions, some in-app browsers) it falls back to the old copy command
 * on a selection, and failing that leaves the text selected so it can be copied by hand.
 */
export function CopyButton({ text, label, targetId }: { text: string; label: string; targetId: string }) {
  const t = useTranslations("gettingThere");
  const [state, setState] = useState<State>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function selectTarget(): boolean {
    const target = document.getElementById(targetId);
    const selection = window.getSelection();
    if (!target || !selection) return false;
    const range = document.createRange();
    range.selectNodeContents(target);
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  async function copy() {
    clearTimeout(timer.current);
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // execCommand is deprecated but is the only copy left when the clipboard API is refused.
      ok = selectTarget() && document.execCommand("copy");
      if (!ok) selectTarget();
    }
    setState(ok ? "copied" : "failed");
    if (ok) timer.current = setTimeout(() => setState("idle"), 4000);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base font-medium text-slate-900 hover:bg-slate-100"
      >
        {label}
      </button>
      <span role="status" className={`text-sm ${state === "failed" ? "text-amber-800" : "font-medium text-green-800"}`}>
        {state === "copied" ? `✓ ${t("copied")}` : state === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}
