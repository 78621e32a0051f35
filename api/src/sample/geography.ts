// The association's geography (public facts): the five sub-regions and their municipalities.
import type { SubRegionId } from "../contract/index.js";

export const MUNICIPALITIES: Record<SubRegionId, readonly string[]> = {
  fyrbodal: [
    "Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Sotenäs",
    "Strömstad", "Tanum", "Trollhättan", "Uddevalla", "Vänersborg", "Åmål",
  ],
  skaraborg: [
    "Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping",
    "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara",
  ],
  sjuharad: ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"],
  goteborgsregionen: [
    "Ale", "Alingsås", "Göteborg", "Härryda", "Kungsbacka", "Kungälv", "Lerum", "Lilla Edet", "Mölndal",
    "Partille", "Stenungsund", "Tjörn", "Öckerö",
  ],
  // Kungsbacka belongs to Halland county and to Göteborgsregionen.
  halland: ["Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"],
};

/** Every sub-region a member's municipalities lie in: Kungsbacka gives Halland and Göteborgsregionen. */
export function subRegionsOf(municipalities: readonly string[]): SubRegionId[] {
  return (Object.keys(MUNICIPALITIES) as SubRegionId[]).filter((region) => municipalities.some((m) => MUNICIPALITIES[region].includes(m)));
}
