import nodemailer from "nodemailer";
import { env } from "../env.ts";
import { logger } from "./logger.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends through SMTP_URL when configured; otherwise writes the mail (and its links) to the log. */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    logger().info({ mail: { to: mail.to, subject: mail.subject }, body: mail.text }, `mail (no SMTP_URL set): ${mail.subject}\n${mail.text}`);
    return;
  }
  const transport = nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
}
