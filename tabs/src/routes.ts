// The app's pages by path. The member directory, the page the personal tab opens on, is part of
// the entry chunk: one download and one gzip stream with the app, 4.8 KB gzip smaller than the same
// code split into the chunks it shares with the other pages (measured, docs/performance.md). The
// other pages are lazy-loaded, each its own chunk, so they load only when shown.
import { lazy, type ComponentType } from "react";
import DirectoryPage from "./directory/DirectoryPage";
import { withFeatureMessages } from "./i18n/messages";

export interface Route {
  path: string;
  page: ComponentType;
}

// Teams allows one configurable tab per app: its one configuration page sets up either feature.
const ChannelTabConfigPage = lazy(() => withFeatureMessages("config", import("./config/ChannelTabConfigPage")));
const CataloguePage = lazy(() => withFeatureMessages("catalogue", import("./catalogue/CataloguePage")));
// The manifest's privacyUrl and termsOfUseUrl: read without signing in, each its own small chunk.
const PrivacyPage = lazy(() => import("./legal/PrivacyPage"));
const TermsPage = lazy(() => import("./legal/TermsPage"));

export const ROUTES: readonly Route[] = [
  // The member directory: the personal tab (/ and /directory) and the channel tab
  // (/directory?<saved filters>&context=channel).
  { path: "/", page: DirectoryPage },
  { path: "/directory", page: DirectoryPage },
  { path: "/config/directory", page: ChannelTabConfigPage },
  // The course catalogue, built the same way: the personal tab (/catalogue) and the channel tab
  // (/catalogue?<saved filters>&context=channel).
  { path: "/catalogue", page: CataloguePage },
  { path: "/config/catalogue", page: ChannelTabConfigPage },
  { path: "/privacy", page: PrivacyPage },
  { path: "/terms", page: TermsPage },
];

/** The route for a pathname; the site may be served under a base path (Vite's `base`). */
export function findRoute(pathname: string): Route | undefined {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const normalised = path.length > 1 ? path.replace(/\/+$/, "") : path || "/";
  return ROUTES.find((route) => route.path === normalised);
}
