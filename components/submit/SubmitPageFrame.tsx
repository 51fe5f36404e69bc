import type { ReactNode } from "react";

/** The column of the listing form pages: heading, what happens next, then the form. */
export function SubmitPageFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-5">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {intro && <div className="flex flex-col gap-2 text-slate-700">{intro}</div>}
      </header>
      {children}
    </div>
  );
}
