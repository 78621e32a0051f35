// Status codes of failed Azure Tables calls, as @azure/data-tables reports them.
export const statusOf = (error: unknown): number | undefined => (error as { statusCode?: number })?.statusCode;
export const isConflict = (error: unknown) => statusOf(error) === 409;
export const isPreconditionFailed = (error: unknown) => statusOf(error) === 412;
export const isMissing = (error: unknown) => statusOf(error) === 404;

/** RowKeys may not hold / \ # ? or control characters; conversation ids can be long and odd. */
export const rowKeyOf = (text: string) => Buffer.from(text, "utf8").toString("base64url");
