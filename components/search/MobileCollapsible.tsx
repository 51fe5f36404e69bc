"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Rendered open, so the filters are there with JavaScript off; on narrow screens the script
 * folds them away after load so the results come first.
 */
export function MobileCollapsible({ summary, children }: { summary: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(max-width: 1023px)").matches) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} open className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium lg:hidden">{summary}</summary>
      <div className="mt-3 lg:mt-0">{children}</div>
    </details>
  );
}
