// zod's own messages in the caller's language. Each locale is imported on its own path: the
// "zod/v4/locales" index would bundle all of zod's forty-odd languages into the cold start.
import en from "zod/v4/locales/en.js";
import sv from "zod/v4/locales/sv.js";

export const zodMessages = { sv: sv().localeError, en: en().localeError };
