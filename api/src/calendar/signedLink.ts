// Links to a course's calendar file that a plain browser can open: no bearer token, but an
// expiry and an HMAC-SHA256 over the course id and that expiry with a key from configuration
// (CALENDAR_LINK_KEY). A link whose signature does not match is forged; one that matches but
// has run out is expired. Signatures are compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkCheck = "valid" | "expired" | "forged";
/** What a link opens: a course's sessions, or a tech-network event's occurrences. */
export type LinkPurpose = "course-calendar" | "event-calendar";

/** Expiry in epoch seconds; the signature is base64url of 32 bytes (43 characters). */
export interface LinkSignature {
  expires: number;
  signature: string;
}

const EXPIRES = /^\d{1,12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export class CalendarLinkSigner {
  constructor(
    private readonly key: string,
    private readonly lifetimeMs: number,
  ) {}

  sign(courseId: string, nowMs: number, purpose: LinkPurpose = "course-calendar"): LinkSignature {
    const expires = Math.floor((nowMs + this.lifetimeMs) / 1000);
    return { expires, signature: this.mac(purpose, courseId, expires).toString("base64url") };
  }

  /** Checks what a request brought back; anything malformed is forged. */
  check(courseId: string, expires: string | null, signature: string | null, nowMs: number, purpose: LinkPurpose = "course-calendar"): LinkCheck {
    if (!expires || !signature || !EXPIRES.test(expires) || !SIGNATURE.test(signature)) return "forged";
    // Compared as text: base64url has several spellings of one MAC (the last character's spare bits).
    const given = Buffer.from(signature);
    const expected = Buffer.from(this.mac(purpose, courseId, Number(expires)).toString("base64url"));
    if (!timingSafeEqual(given, expected)) return "forged";
    return Number(expires) * 1000 <= nowMs ? "expired" : "valid";
  }

  // The purpose is part of what is signed, so this key's MACs mean nothing anywhere else
  // (a course's link does not open an event of the same id).
  private mac(purpose: LinkPurpose, courseId: string, expires: number): Buffer {
    return createHmac("sha256", this.key).update(`${purpose}\n${courseId}\n${expires}`).digest();
  }
}
