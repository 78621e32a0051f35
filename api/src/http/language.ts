// The language of a response: Swedish unless the caller prefers English (Accept-Language).
export type Lang = "sv" | "en";

export function languageOf(acceptLanguage: string | null | undefined): Lang {
  const preferred = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = preferred.find((p) => p.tag.startsWith("sv") || p.tag.startsWith("en"));
  return first?.tag.startsWith("en") ? "en" : "sv";
}
