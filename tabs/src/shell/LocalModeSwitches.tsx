// The plain-browser header's controls: language and local user. Loaded on demand, because inside
// Teams (the real use) they are never shown.
import { LanguageSwitch } from "./LanguageSwitch";
import { LocalUserSwitch } from "./LocalUserSwitch";

export default function LocalModeSwitches({ className, switchClassName }: { className?: string; switchClassName?: string }) {
  return (
    <div className={className}>
      <LanguageSwitch className={switchClassName} />
      <LocalUserSwitch className={switchClassName} />
    </div>
  );
}
