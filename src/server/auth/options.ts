import "server-only";
// next-auth: email and password per school, JWT sessions bound to the school they were made on.
// The token carries the user, the school and the session version; guards re-read the rest
// (status, lock, role, version) on every request (session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { withTenant } from "@/server/db/with-tenant";
import { writeAudit } from "@/server/audit/write-audit";
import { findPlatformTenant, findTenantByHost } from "@/server/tenancy/current-tenant";
import { normaliseHost, routeHost } from "@/server/tenancy/host";
import { rootDomain } from "@/server/tenancy/hosts";
import { hostOf, requestInfo } from "./request-info.ts";
import { signInWithPassword, type SignedInUser } from "./sign-in.ts";
import { decodeSessionToken, encodeSessionToken } from "./session-token.ts";
import { endSession, SESSION_MAX_AGE_SECONDS, type SessionClaims } from "./user-sessions.ts";
import { signInSchema } from "@/features/auth/schemas";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth's token format, with its key derived once (session-token.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        // next-auth adds its own fields (csrfToken, callbackUrl, json) to the form's: take the form's.
        const { email, password, code } = (credentials ?? {}) as Partial<
          Record<"email" | "password" | "code", string>
        >;
        const parsed = signInSchema.safeParse({ email, password, ...(code ? { code } : {}) });
        if (!parsed.success) return null;
        const host = normaliseHost(hostOf(req?.headers));
        // The console host signs in the platform's own accounts (super admins); a school host its own.
        const onConsole = !!host && routeHost({ host }, { rootDomain: rootDomain() }).kind === "console";
        const tenant = onConsole ? await findPlatformTenant() : host ? await findTenantByHost(host) : null;
        if (!tenant) return null;
        const result = await signInWithPassword({
          tenant,
          email: parsed.data.email,
          password: parsed.data.password,
          ...(parsed.data.code ? { code: parsed.data.code } : {}),
          request: requestInfo(req?.headers, "POST", "/api/auth/callback/credentials"),
        });
        if (result.ok && onConsole && result.user.role !== "super_admin") return null;
        if (result.ok) return { ...result.user };
        // The form asks for the code (or says it was wrong) only after a correct password.
        // "throttled" is said too: it is counted per typed email and address, so it reveals no account.
        if (
          result.reason === "second_factor_required" ||
          result.reason === "second_factor_invalid" ||
          result.reason === "throttled"
        )
          throw new Error(result.reason);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as SignedInUser;
        Object.assign(token, {
          uid: u.id,
          tid: u.tenantId,
          sid: u.sessionId,
          sv: u.sessionVersion,
          authTime: Math.floor(Date.now() / 1000),
        } satisfies SessionClaims);
        token.name = u.name;
        token.email = u.email;
      }
      return token;
    },
    async session({ session, token }) {
      const claims = token as unknown as SessionClaims;
      return {
        ...session,
        uid: claims.uid,
        tid: claims.tid,
        sid: claims.sid,
        sv: claims.sv,
        authTime: claims.authTime,
      };
    },
  },
  events: {
    async signOut({ token }) {
      const claims = token as unknown as Partial<SessionClaims> | undefined;
      if (!claims?.tid || !claims.uid) return;
      await withTenant(claims.tid, async (tx) => {
        if (claims.sid) await endSession(tx, claims.sid);
        await writeAudit(
          tx,
          claims.tid!,
          { id: claims.uid!, email: token?.email ?? null, role: null },
          { ip: null, userAgent: null, method: "POST", url: "/api/auth/signout" },
          { action: "logout", resourceType: "user", resourceId: claims.uid! },
        );
      });
    },
  },
};
