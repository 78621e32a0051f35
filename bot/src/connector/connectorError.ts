// What a failed Bot Connector answer says, from either of the two bodies Teams sends:
// - the Bot Framework ErrorResponse, { "error": { "code": "BotDisabledByAdmin", "message": ... } }
//   (Teams' table "Status codes from bot conversational APIs");
// - the body Teams documents for a user who blocked or uninstalled the bot ("Send proactive
//   messages", section "Understand who blocked, muted, or uninstalled a bot"):
//   { "errorCode": 209, "message": "{\r\n  \"subCode\": \"MessageWritesBlocked\", \"details\": ... }" },
//   where the message is itself JSON text carrying the subCode.
import * as z from "zod";

export interface ConnectorError {
  code?: string;
  subCode?: string;
  message?: string;
}

const errorResponse = z.object({ error: z.object({ code: z.string().optional(), message: z.string().optional(), subCode: z.string().optional() }) });
const teamsErrorBody = z.object({ errorCode: z.union([z.number(), z.string()]).optional(), message: z.unknown() });
const teamsErrorDetails = z.object({ subCode: z.string().nullish(), details: z.string().nullish() });

export function readConnectorError(json: unknown, text: string): ConnectorError {
  const framework = errorResponse.safeParse(json);
  if (framework.success) {
    const { code, message, subCode } = framework.data.error;
    return { code, subCode, message: message ?? text.slice(0, 200) };
  }
  const teams = teamsErrorBody.safeParse(json);
  if (teams.success) {
    const inner = typeof teams.data.message === "string" ? parseJson(teams.data.message) : teams.data.message;
    const details = teamsErrorDetails.safeParse(inner).data;
    const code = teams.data.errorCode === undefined ? undefined : String(teams.data.errorCode);
    return { code, subCode: details?.subCode ?? undefined, message: details?.details ?? (typeof teams.data.message === "string" ? teams.data.message.slice(0, 200) : undefined) };
  }
  return { message: text.slice(0, 200) || undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
