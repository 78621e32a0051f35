// What the tab shows while its Teams host has not answered yet. It runs before React and before
// the language is known (Teams tells it), so it is plain DOM in Swedish, then English. At first a
// quiet "loading"; when the host is slow, why the tab waits and what the user can do meanwhile:
// reload, or open the page in a browser window. The tab still opens when the host answers.
import styles from "./connectingNotice.module.css";

export const SLOW_HOST_AFTER_MS = 8000;

const LOADING = { sv: "Laddar Campus Westum…", en: "Loading Campus Westum…" };
const SLOW = {
  sv: "Teams har inte svarat än. Fliken öppnas så snart Teams svarar.",
  en: "Teams has not answered yet. The tab opens as soon as Teams answers.",
};
const RELOAD = { sv: "Ladda om", en: "Reload" };
const OPEN_IN_BROWSER = { sv: "Öppna i webbläsaren", en: "Open in a browser" };

/** Shows the notice in `root`; the returned function removes it (React then renders there). */
export function showConnectingNotice(root: HTMLElement): () => void {
  const notice = element("div", { className: styles.notice, role: "status" });
  notice.append(bilingual("p", LOADING));
  root.append(notice);

  const timer = window.setTimeout(() => {
    notice.replaceChildren(bilingual("p", SLOW));
    const reload = bilingual("button", RELOAD);
    reload.addEventListener("click", () => window.location.reload());
    const open = bilingual("a", OPEN_IN_BROWSER) as HTMLAnchorElement;
    Object.assign(open, { href: window.location.href, target: "_blank", rel: "noopener noreferrer" });
    const actions = element("div", { className: styles.actions });
    actions.append(reload, open);
    notice.append(actions);
  }, SLOW_HOST_AFTER_MS);

  return () => {
    window.clearTimeout(timer);
    notice.remove();
  };
}

function bilingual(tag: "p" | "button" | "a", text: { sv: string; en: string }): HTMLElement {
  const node = element(tag, tag === "button" ? { type: "button" } : {});
  node.append(element("span", { lang: "sv", textContent: text.sv }), " / ", element("span", { lang: "en", textContent: text.en }));
  return node;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { role?: string }): HTMLElementTagNameMap[K] {
  const { role, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (role) node.setAttribute("role", role);
  return node;
}
