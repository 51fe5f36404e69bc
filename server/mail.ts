import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { dataDir, getEnv } from "@/lib/env";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** The one link the mail is about, printed to the server log when there is no SMTP server. */
  link?: string;
};

/** Where mails go without SMTP_URL: one RFC 822 file per mail, readable by any mail client. */
export const outboxDir = path.join(dataDir, "outbox");

let smtp: nodemailer.Transporter | undefined;
let outbox: nodemailer.Transporter | undefined;

/**
 * Sends through SMTP_URL when it is set. Without it (a laptop, the tests) the mail is written to
 * data/outbox/ and its link printed, so sign-up and password reset work with no mail server.
 * Text only, always quoted-printable, so links survive any client and are easy to read back.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  const message = { from: env.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, textEncoding: "quoted-printable" as const };
  if (env.smtpUrl) {
    smtp ??= nodemailer.createTransport(env.smtpUrl);
    await smtp.sendMail(message);
    return;
  }
  outbox ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await outbox.sendMail(message);
  await mkdir(outboxDir, { recursive: true });
  const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, info.message as Buffer, { mode: 0o600 });
  console.log(`[mail] to ${mail.to}: ${mail.subject}${mail.link ? ` — ${mail.link}` : ""} (${path.relative(process.cwd(), file)})`);
}
