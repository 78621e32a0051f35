// The outgoing activity the bot sends through the Bot Connector (the subset it uses).
export interface BotAttachment {
  contentType: string;
  content: unknown;
}

export interface BotActivity {
  type: "message";
  id?: string;
  text?: string;
  summary?: string;
  attachments?: BotAttachment[];
  suggestedActions?: { actions: { type: "imBack"; title: string; value: string }[] };
}

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

export const cardActivity = (card: unknown, summary?: string): BotActivity => ({
  type: "message",
  ...(summary ? { summary } : {}),
  attachments: [{ contentType: ADAPTIVE_CARD, content: card }],
});
