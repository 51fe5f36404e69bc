import type { ReactNode } from "react";

/** The narrow, centred column of the sign-in, sign-up and password pages. */
export function AccountPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {intro && <p className="text-slate-700">{intro}</p>}
      <div className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">{children}</div>
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
      {children}
    </p>
  );
}
