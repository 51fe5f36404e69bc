import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "@/lib/client-ip";
import { isAppLocale } from "@/i18n/routing";
import { signInSchema } from "@/lib/schemas/account";
import { findOrCreateOAuthUser, findUserIdByOAuthAccount } from "@/server/data/users";
import { authenticateWithPassword, SignInRefused } from "./credentials";

declare module "next-auth" {
  interface Session {
    /** When this browser signed in (ms), compared with the user's sessionEpoch on every request. */
    authTime?: number;
  }
}

/** Failed credentials: the code reaches the sign-in form, never which part was wrong. */
export class CredentialsRefused extends CredentialsSignin {
  constructor(
    override readonly code: "invalid" | "rate_limited" | "suspended",
    readonly retryAfterSeconds = 0,
  ) {
    super();
  }
}

function providers(): NextAuthConfig["providers"] {
  const { oauth } = getEnv();
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {}, locale: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsRefused("invalid");
        const locale = typeof raw.locale === "string" && isAppLocale(raw.locale) ? raw.locale : undefined;
        try {
          return await authenticateWithPassword({
            ...parsed.data,
            ip: clientIpFrom(request.headers, getEnv().trustProxyHops),
            locale,
          });
        } catch (error) {
          if (error instanceof SignInRefused) throw new CredentialsRefused(error.reason, error.retryAfterSeconds);
          throw error;
        }
      },
    }),
  ];
  if (oauth.github) list.push(GitHub({ clientId: oauth.github.clientId, clientSecret: oauth.github.clientSecret }));
  if (oauth.google) list.push(Google({ clientId: oauth.google.clientId, clientSecret: oauth.google.clientSecret }));
  return list;
}

/** Names of the OAuth providers switched on by configuration, for the sign-in page. */
export function oauthProviders(): ("github" | "google")[] {
  const { oauth } = getEnv();
  return [...(oauth.github ? ["github" as const] : []), ...(oauth.google ? ["google" as const] : [])];
}

const config: NextAuthConfig = {
  secret: getEnv().authSecret,
  // Credentials sign-in allows JWT sessions only; every request re-reads the user (session.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  trustHost: true,
  pages: { signIn: "/signin", error: "/signin" },
  providers: providers(),
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
  callbacks: {
    async signIn({ account, profile, user }) {
      if (!account || account.type === "credentials") return true;
      const result = await findOrCreateOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        type: account.type,
        email: user.email ?? profile?.email,
        name: user.name,
        image: user.image,
        // Google says whether it checked the address; GitHub's answer is not taken as proof.
        emailVerifiedByProvider: account.provider === "google" && profile?.email_verified === true,
      });
      if (result === "not-linked") return "/signin?error=OAuthAccountNotLinked";
      if (result === "no-email") return "/signin?error=OAuthNoEmail";
      return result.status === "ACTIVE";
    },
    async jwt({ token, user, account }) {
      if (account && user) {
        // Sign-in: the token carries our user id (for OAuth, not the provider's) and the time.
        token.sub =
          account.type === "credentials"
            ? user.id
            : ((await findUserIdByOAuthAccount({ provider: account.provider, providerAccountId: account.providerAccountId })) ?? undefined);
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.authTime = typeof token.authTime === "number" ? token.authTime : 0;
      return session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
