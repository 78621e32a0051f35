// Plain browser (local mode) only: which sample user the app signs in as.
import { useId } from "react";
import { Label, Select } from "@fluentui/react-components";
import { useIdentity } from "../identity/IdentityProvider";
import { useT } from "../i18n";

export function LocalUserSwitch({ className }: { className?: string }) {
  const t = useT();
  const { mode, localUsers, localUser, switchLocalUser } = useIdentity();
  const id = useId();
  if (mode !== "local" || !localUsers || !localUser) return null;
  return (
    <div className={className}>
      <Label htmlFor={id} size="small">
        {t("header.localUser")}
      </Label>
      <Select id={id} size="small" value={localUser.id} onChange={(_, data) => switchLocalUser(data.value)}>
        {localUsers.map((user) => (
          <option key={user.id} value={user.id}>
            {t("header.localUserOption", { name: user.name, role: t(user.role === "coordinator" ? "role.coordinator" : "role.staff") })}
          </option>
        ))}
      </Select>
    </div>
  );
}
