"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";

/**
 * The filter form is a plain GET form, so it works with JavaScript off. With JavaScript, a
 * change to any control navigates straight away (no "Apply" click) and empty values are left
 * out of the URL.
 */
export function FilterForm({ action, children, className }: { action: string; children: ReactNode; className?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value);
    }
    const qs = params.toString();
    startTransition(() => router.push(qs ? `${action}?${qs}` : action));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    // Typing in the search box waits for Enter; every other control applies at once.
    if ((event.target as HTMLElement).getAttribute("type") === "search") return;
    navigate(event.currentTarget);
  }

  return (
    <form action={action} method="get" onSubmit={onSubmit} onChange={onChange} className={className} aria-busy={pending}>
      {children}
    </form>
  );
}
