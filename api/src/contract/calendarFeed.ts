// The personal calendar feed: one secret address per person that Outlook (or any calendar)
// subscribes to, listing her registrations' sessions and the digital fika's dates, built from the
// store on every fetch, so it follows every change. The address is shown once, when it is made:
// only a hash of its secret is kept. Making a new one ends the old one.
//
// Routes and statuses (errors are problem+json, see ProblemDetails):
//   GET    /api/me/calendar-feed                      200 CalendarFeedStatus
//   POST   /api/me/calendar-feed                      201 CalendarFeedAddress (a new address; the previous one stops working)
//   DELETE /api/me/calendar-feed                      200 CalendarFeedStatus (inactive; also when there was none)
//   GET    /api/calendar/feeds/{secret}/calendar.ics  200 text/calendar, no token; 404 feed-not-found (ended or never made)

export interface CalendarFeedStatus {
  active: boolean;
  /** When the current address was made (ISO). */
  createdAt?: string;
}

export interface CalendarFeedAddress {
  /** The https address to subscribe to; it is the credential: whoever has it reads the calendar. */
  url: string;
  createdAt: string;
}
