import nodemailer, { type Transporter } from "nodemailer";

const transports = new Map<string, Transporter>();

/** One transport per SMTP URL per process; unpooled, so an idle process holds no connection. */
export function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  return transport;
}
