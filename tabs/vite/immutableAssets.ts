// `npm start` serves the tabs' build with `vite preview`, whose static file server marks every
// file "Cache-Control: no-cache": a reopened tab asks again for each script and waits for each
// answer, level by level of its imports. The files under /assets/ have a hash of their content in
// their name, so they never change under the same URL: served here as immutable, a reopened tab
// takes them from the browser's cache and asks only for index.html and its data.
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Plugin } from "vite";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

export function immutableAssets(headers: Record<string, string>): Plugin {
  return {
    name: "campus-westum:immutable-assets",
    configurePreviewServer(server) {
      const assets = join(resolve(server.config.root, server.config.build.outDir), "assets");
      server.middlewares.use("/assets", async (req, res, next) => {
        let file: string;
        try {
          file = join(assets, decodeURIComponent((req.url ?? "").split("?")[0]!));
        } catch {
          return next(); // a malformed %-escape is no file of ours: Vite answers it, the server stays up
        }
        if (!file.startsWith(assets + sep)) return next(); // no way out of the folder
        try {
          const body = await readFile(file);
          const type = TYPES[extname(file)] ?? "application/octet-stream";
          res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" }).end(body);
        } catch {
          next(); // not a file: Vite's own server answers (404)
        }
      });
    },
  };
}
