// Teams' deep link for a 1:1 chat with a user (by email / user principal name).
export function chatDeepLink(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}
