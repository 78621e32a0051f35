// Checks of the two app icons against the Teams rules (learn.microsoft.com, "Create an app
// package"): color 192x192 on a solid or fully transparent square background; outline 32x32,
// white (255,255,255) on a fully transparent background, no other colours.
import { PNG } from "pngjs";

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

function readPng(bytes: Buffer, name: string): PNG | string {
  try {
    return PNG.sync.read(bytes);
  } catch (e) {
    return `${name}: not a readable PNG (${(e as Error).message})`;
  }
}

const pixel = (png: PNG, x: number, y: number) => {
  const i = (png.width * y + x) * 4;
  return [...png.data.subarray(i, i + 4)] as [number, number, number, number];
};

const corners = (png: PNG) =>
  [
    [0, 0],
    [png.width - 1, 0],
    [0, png.height - 1],
    [png.width - 1, png.height - 1],
  ].map(([x, y]) => pixel(png, x!, y!));

export function checkColorIcon(bytes: Buffer, name = "color.png"): string[] {
  const png = readPng(bytes, name);
  if (typeof png === "string") return [png];
  if (png.width !== COLOR_SIZE || png.height !== COLOR_SIZE)
    return [`${name}: must be ${COLOR_SIZE}x${COLOR_SIZE}, is ${png.width}x${png.height}`];
  // A square background: the four corners share one colour, fully opaque or fully transparent.
  const [first, ...rest] = corners(png).map((p) => p.join(","));
  const alpha = pixel(png, 0, 0)[3];
  if (rest.some((c) => c !== first) || (alpha !== 0 && alpha !== 255))
    return [`${name}: the background must be one solid or fully transparent colour (corners: ${[first, ...rest].join(" | ")})`];
  return [];
}

export function checkOutlineIcon(bytes: Buffer, name = "outline.png"): string[] {
  const png = readPng(bytes, name);
  if (typeof png === "string") return [png];
  if (png.width !== OUTLINE_SIZE || png.height !== OUTLINE_SIZE)
    return [`${name}: must be ${OUTLINE_SIZE}x${OUTLINE_SIZE}, is ${png.width}x${png.height}`];
  const errors: string[] = [];
  if (corners(png).some(([, , , a]) => a !== 0)) errors.push(`${name}: the background (corners) must be fully transparent`);
  let coloured = 0;
  let visible = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b, a] = pixel(png, x, y);
      if (a === 0) continue;
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) coloured++; // anti-aliased edges stay pure white, only alpha varies
    }
  }
  if (coloured > 0) errors.push(`${name}: ${coloured} visible pixel(s) are not white (255,255,255)`);
  if (visible === 0) errors.push(`${name}: is empty`);
  return errors;
}
