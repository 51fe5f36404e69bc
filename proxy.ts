import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only; authorisation is checked on the server in every action and route.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
