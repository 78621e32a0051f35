// Sets a header on a Graph client request, whatever shape its headers have at this point.
import type { Context } from "@microsoft/microsoft-graph-client";

export function setRequestHeader(context: Context, name: string, value: string): void {
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) context.options.headers = [...headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase()), [name, value]];
  else context.options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

export const requestUrl = (context: Context): string => (typeof context.request === "string" ? context.request : (context.request as Request).url);
export const requestMethod = (context: Context): string => (context.options?.method ?? (context.request as Request).method ?? "GET").toUpperCase();
