/**
 * Creates a confirmed account with a role, or gives an existing account a role (and a new
 * password when one is given). This is how a deployment gets its first administrator: there is
 * no default admin and no default password.
 *
 *   npm run user:create -- --email admin@example.com --password '…' --role admin [--name 'Mei']
 *   printf '%s' "$PASSWORD" | npm run user:create -- --email admin@example.com --password-stdin --role admin
 */
import { parseArgs } from "node:util";
import { passwordProblem } from "@/lib/common-passwords";
import { emailField } from "@/lib/schemas/account";
import { ROLES, type Role } from "@/lib/permissions";
import { upsertUserFromCli } from "@/server/data/users";

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
    role: { type: "string", default: "user" },
    name: { type: "string" },
  },
  strict: true,
});

const email = emailField.safeParse(values.email ?? "");
if (!email.success) fail("--email must be an e-mail address");
const role = values.role!.toUpperCase() as Role;
if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(", ")}`);
const password = values["password-stdin"] ? await readStdin() : values.password;
if (password !== undefined) {
  const problem = passwordProblem(password, { email: email.data });
  if (problem) {
    const why = { passwordTooShort: "is too short", passwordTooLong: "is too long", passwordCommon: "is a commonly used password", passwordIsEmail: "is the e-mail address" }[problem];
    fail(`the password ${why}; choose another`);
  }
}

try {
  const result = await upsertUserFromCli({ email: email.data, password, role, name: values.name });
  console.log(`${result.action === "created" ? "Created" : "Updated"} ${result.email} (${result.role.toLowerCase()}), e-mail confirmed.`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
