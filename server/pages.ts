import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** What a page shows, or the 404 page when the data layer says there is no such thing. */
export async function foundOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
