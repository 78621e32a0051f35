// The bot endpoint's refusals as problem+json, Swedish and English. None carries botbuilder's
// own error text: the cause is logged server side with the request's correlation id.
import { ProblemError } from "../http/problem.js";

export const botProblems = {
  /** BOT_ENABLED=false: the API runs without the bot. */
  disabled: () =>
    new ProblemError(
      503,
      "bot-disabled",
      { sv: "Boten är avstängd", en: "The bot is turned off" },
      {
        sv: "Boten är avstängd i den här installationen (BOT_ENABLED=false). Be it-administratören slå på den.",
        en: "The bot is turned off in this installation (BOT_ENABLED=false). Ask the IT administrator to turn it on.",
      },
    ),
  /** No token, a token botbuilder refuses, or a serviceUrl that differs from the token's claim. */
  unauthenticated: () =>
    new ProblemError(
      401,
      "bot-unauthenticated",
      { sv: "Ingen giltig Bot Framework-token", en: "No valid Bot Framework token" },
      {
        sv: "Aktiviteten saknar en giltig Bot Framework-token för den här boten. Bara Microsoft Teams, genom Bot Framework, kan skicka till boten.",
        en: "The activity has no valid Bot Framework token for this bot. Only Microsoft Teams, through the Bot Framework, can send to the bot.",
      },
      undefined,
      { "WWW-Authenticate": 'Bearer realm="Bot Framework"' },
    ),
  serviceUrlNotAllowed: () =>
    new ProblemError(
      403,
      "bot-service-url-not-allowed",
      { sv: "Otillåten serviceUrl", en: "serviceUrl not allowed" },
      {
        sv: "Aktivitetens serviceUrl är inte en Bot Connector-adress som boten får anropa (inställningen BOT_SERVICE_URL_ORIGINS).",
        en: "The activity's serviceUrl is not a Bot Connector address the bot may call (the BOT_SERVICE_URL_ORIGINS setting).",
      },
    ),
  /** botbuilder could not fetch or read the Bot Framework's OpenID metadata or signing keys. */
  authUnavailable: () =>
    new ProblemError(
      503,
      "bot-auth-unavailable",
      { sv: "Tillfälligt otillgänglig", en: "Temporarily unavailable" },
      {
        sv: "Bot Frameworks signeringsnycklar går inte att hämta just nu, så aktiviteten kan inte kontrolleras. Försök igen om en stund.",
        en: "The Bot Framework's signing keys cannot be fetched right now, so the activity cannot be checked. Try again in a moment.",
      },
      undefined,
      { "Retry-After": "30" },
    ),
};
