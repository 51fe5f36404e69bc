"use client";

import { useEffect } from "react";
import { useRouter } from "@/i18n/navigation";

/**
 * While an import runs, asks the server for the page again every second (the page reads the
 * ImportJob row), so the progress bar moves. Without JavaScript the page offers a refresh link.
 */
export function ImportAutoRefresh({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
