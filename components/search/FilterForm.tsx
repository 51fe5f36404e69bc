"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { RESULTS_HEADING_ID } from "./ids";

/** Wide enough for the filters to sit beside the results (Tailwind's `lg`). */
const SIDEBAR = "(min-width: 64rem)";
const PANEL = "[data-filter-panel]";

type Preview = { count: number | null; loading: boolean };
type FilterState = { pending: boolean; preview: Preview | null; total: number };

const FilterContext = createContext<FilterState>({ pending: false, preview: null, total: 0 });

function queryOf(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  }
  return params;
}

/**
 * The supplier list's filter form: a plain GET form, so it works with JavaScript off (an
 * "Apply filters" button submits it). With JavaScript:
 * - beside the results (wide screens), a changed control applies at once, in place: the
 *   control keeps focus and the page keeps its scroll position;
 * - in the folded panel (phones), changes wait for the "Show N results" button, whose count
 *   is asked from the JSON API as the boxes are ticked; applying folds the panel and moves
 *   focus to the results;
 * - the sort menu applies at once everywhere, keeping focus.
 * While new results load, `aria-busy` is set on the form and `PendingStatus` says so.
 * `stateKey` is the applied query: when it changes from outside the form (a chip link, Back),
 * the controls are set back to what the page now shows.
 */
export function FilterForm({
  action,
  apiPath,
  stateKey,
  total,
  children,
  className,
}: {
  action: string;
  apiPath: string;
  stateKey: string;
  total: number;
  children: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewTimer = useRef<number | undefined>(undefined);
  const previewRequest = useRef<AbortController | null>(null);
  const appliedKey = useRef(stateKey);

  useEffect(() => {
    if (appliedKey.current === stateKey) return;
    appliedKey.current = stateKey;
    // React updates the default state of uncontrolled inputs; a box the user ticked keeps
    // its own state until told.
    for (const el of Array.from(formRef.current?.elements ?? [])) {
      if (!(el instanceof HTMLInputElement)) continue;
      if (el.type === "checkbox" || el.type === "radio") el.checked = el.defaultChecked;
      else if (el.type !== "hidden") el.value = el.defaultValue;
    }
    previewRequest.current?.abort();
    window.clearTimeout(previewTimer.current);
    setPreview(null);
  }, [stateKey]);

  useEffect(
    () => () => {
      previewRequest.current?.abort();
      window.clearTimeout(previewTimer.current);
    },
    [],
  );

  function navigate(form: HTMLFormElement) {
    const qs = queryOf(form).toString();
    startTransition(() => router.push(qs ? `${action}?${qs}` : action, { scroll: false }));
  }

  function updatePreview(form: HTMLFormElement) {
    const params = queryOf(form);
    params.delete("page");
    params.set("pageSize", "1");
    setPreview((p) => ({ count: p?.count ?? null, loading: true }));
    window.clearTimeout(previewTimer.current);
    // A short pause lets several quick ticks cost one request.
    previewTimer.current = window.setTimeout(async () => {
      previewRequest.current?.abort();
      const request = new AbortController();
      previewRequest.current = request;
      try {
        const res = await fetch(`${apiPath}?${params}`, { signal: request.signal, headers: { accept: "application/json" } });
        if (!res.ok) throw new Error(`count request answered ${res.status}`);
        const body = (await res.json()) as { total: number };
        setPreview({ count: body.total, loading: false });
      } catch {
        // Aborted by a newer change, or the count is unavailable: the button then says
        // "Show results" without a number, and still applies the filters.
        if (!request.signal.aborted) setPreview({ count: null, loading: false });
      }
    }, 200);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    // Typing in the search box waits for Enter or the Search button.
    if (target instanceof HTMLInputElement && target.type === "search") return;
    if (target.closest(PANEL) && !window.matchMedia(SIDEBAR).matches) updatePreview(event.currentTarget);
    else navigate(event.currentTarget);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    navigate(form);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const panel = submitter?.closest<HTMLDetailsElement>(PANEL);
    if (panel && !window.matchMedia(SIDEBAR).matches) {
      // The panel folds away: the results it asked for are what comes next.
      panel.open = false;
      document.getElementById(RESULTS_HEADING_ID)?.focus();
    }
  }

  return (
    <FilterContext value={{ pending, preview, total }}>
      <form ref={formRef} action={action} method="get" onSubmit={onSubmit} onChange={onChange} className={className} aria-busy={pending}>
        {children}
      </form>
    </FilterContext>
  );
}

function Spinner() {
  return <span aria-hidden="true" className="inline-block size-4 animate-spin rounded-full border-2 border-current border-r-transparent" />;
}

/**
 * The folded panel's submit button. Without JavaScript it says "Apply filters" (the count of
 * unsent ticks is unknown); with it, once the panel is open, "Show N results" for the boxes as
 * they are now. Until then nobody sees it, and the plural message is not formatted: the first
 * one costs the message formatter's start-up, tens of milliseconds of a phone's CPU.
 */
export function ApplyButton() {
  const t = useTranslations("list");
  const { preview, total } = use(FilterContext);
  const button = useRef<HTMLButtonElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  useEffect(() => {
    const panel = button.current?.closest("details");
    if (!panel) return;
    const sync = () => setPanelOpen(panel.open);
    sync();
    panel.addEventListener("toggle", sync);
    return () => panel.removeEventListener("toggle", sync);
  }, []);
  const count = preview ? preview.count : total;
  const label = !panelOpen && !preview ? t("apply") : count === null ? t("showResultsUnknown") : t("showResults", { count });
  return (
    <>
      <button
        ref={button}
        type="submit"
        aria-busy={preview?.loading ?? false}
        className="flex min-h-11 w-full items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {preview?.loading && <Spinner />}
        {label}
      </button>
      <p role="status" className="sr-only">
        {preview && !preview.loading && preview.count !== null ? t("previewCount", { count: preview.count }) : ""}
      </p>
    </>
  );
}

/**
 * Says that new results are on their way, at the bottom of the screen wherever the page is
 * scrolled (a filter far down the sidebar changes results out of sight); it floats, so
 * showing and hiding it moves nothing.
 */
export function PendingStatus() {
  const t = useTranslations("list");
  const { pending } = use(FilterContext);
  return (
    <p role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center">
      {pending && (
        <span className="flex items-center gap-2 rounded-full border border-brand-600 bg-white px-4 py-2 text-sm font-medium text-brand-800 shadow-md">
          <Spinner />
          {t("updating")}
        </span>
      )}
    </p>
  );
}

type SortOption = { value: string; label: string };

/**
 * The sort menu, controlled so that it shows the applied order after any navigation (React
 * does not move an uncontrolled select to a new default). A change applies through the form.
 */
export function SortSelect({ id, value, options }: { id: string; value: string; options: SortOption[] }) {
  const [selected, setSelected] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setSelected(value);
  }
  return (
    <select
      id={id}
      name="sort"
      value={selected}
      onChange={(e) => setSelected(e.target.value)}
      className="min-h-11 rounded-md border border-slate-500 bg-white px-2 text-sm lg:min-h-9"
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
