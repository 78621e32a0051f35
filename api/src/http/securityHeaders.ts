// Headers on every API response. The API serves JSON and files, never pages: nothing may be framed,
// scripted or sniffed, nothing cached (answers depend on the caller), no referrer leaks a URL.
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Browsers ignore it over plain HTTP (local mode); in Azure the API is HTTPS only.
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};
