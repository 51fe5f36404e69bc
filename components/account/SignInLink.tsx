"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/i18n/navigation";

const NO_RETURN = ["/signin", "/signup", "/forgot-password", "/reset-password", "/verify-email"];

/** A link to the sign-in page that brings the visitor back to where they were. */
export function SignInLink({ className, children }: { className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const back = NO_RETURN.some((p) => pathname.startsWith(p)) || pathname === "/" ? undefined : pathname;
  return (
    <Link href={{ pathname: "/signin", query: back ? { callbackUrl: back } : {} }} className={className}>
      {children}
    </Link>
  );
}
