"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";

/**
 * The map's filter form: a plain GET form (it works without JavaScript), which with JavaScript
 * applies each change at once and keeps the map's current view, which the page keeps in the URL
 * as the map moves (the hidden inputs only hold the view the page opened at).
 */
export function MapFilterForm({ action, children, className }: { action: string; children: ReactNode; className?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (key !== "center" && key !== "zoom" && typeof value === "string" && value.trim() !== "") params.append(key, value);
    }
    const current = new URLSearchParams(window.location.search);
    for (const key of ["center", "zoom"]) {
      const value = current.get(key);
      if (value) params.set(key, value);
    }
    startTransition(() => router.push(`${action}?${params}`, { scroll: false }));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    // Typing in the search box waits for Enter; every other control applies at once.
    if ((event.target as HTMLElement).getAttribute("type") === "search") return;
    navigate(event.currentTarget);
  }

  return (
    <form
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(event.currentTarget);
      }}
      onChange={onChange}
      className={className}
      aria-busy={pending}
    >
      {children}
    </form>
  );
}
