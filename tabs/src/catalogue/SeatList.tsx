// Seats left per pool: each receiving site's room, and the course-level pool (on site at the
// provider, online, or the online part of a hybrid course).
import type { SeatAvailability } from "@campus-westum/api/contract";
import { formatNumber, useLocale } from "../i18n";
import styles from "./SeatList.module.css";

export function SeatList({ availability }: { availability: SeatAvailability[] }) {
  const { locale, t } = useLocale();
  return (
    <ul className={styles.list}>
      {availability.map((pool) => (
        <li key={pool.pool} className={styles.pool}>
          <span className={styles.name}>{pool.memberName ? t("seats.site", { member: pool.memberName, room: pool.room ?? "" }) : t("seats.coursePool")}</span>
          <span>
            {pool.seatsLeft === null
              ? t("course.seatsUnlimited")
              : t("seats.left", { left: formatNumber(pool.seatsLeft, locale), seats: formatNumber(pool.seats ?? 0, locale), count: pool.seatsLeft })}
            {pool.waitlisted > 0 && <span className={styles.waitlist}> · {t("seats.waitlisted", { count: pool.waitlisted })}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
