// The privacy notice the Teams manifest links to (privacyUrl = <TAB_ENDPOINT>/privacy). It says
// what the app actually stores: each item is a table or record of the API (api/src/store,
// api/src/bot), and "no tracking" holds because the tabs load nothing from other sites
// (tabs/securityHeaders.ts' CSP) and keep only the language choice in localStorage; the API's logs go to the network's own
// Application Insights (30 days, infra/azure.bicep logRetentionDays).
import type { LegalDocument } from "./legalDocument";

export const privacyText: LegalDocument = {
  sv: {
    title: "Integritet i Campus Westum",
    lead: "Campus Westum är Nätverk Westums app i Microsoft Teams för medlemskatalogen, kurskatalogen, den digitala fikan och påminnelser. Här står vilka uppgifter om dig appen sparar, varför och hur länge, och vilka rättigheter du har.",
    updated: "Senast ändrad i december 2026",
    sections: [
      {
        heading: "Vem ansvarar för uppgifterna",
        paragraphs: [
          "Nätverk Westum (föreningen för lärcentra i Västra Götaland och Halland) är personuppgiftsansvarig. Frågor och begäranden skickar du till föreningens samordnare, till exempel i en chatt i Teams eller via kontaktpersonen på ditt lärcentrum.",
          "Appen körs i föreningens egen Microsoft 365- och Azure-miljö. Microsoft behandlar uppgifterna för föreningens räkning som personuppgiftsbiträde.",
        ],
      },
      {
        heading: "Vad appen sparar om dig",
        list: [
          "Namn och e-postadress: från din inloggning i Teams när du anmäler dig, svarar på en fikainbjudan eller är med i fikaparningen, och i medlemskatalogen om ditt lärcentrum har angett dig som kontaktperson (då även roll och eventuellt telefonnummer).",
          "Anmälningar: vilka kurser du anmält dig till, till vilket lärcentrum (medlem) och mottagande ort, din plats på väntelistan, och vem som gjorde anmälan.",
          "Närvaro: hur många timmar du deltagit per kurstillfälle, som samordnarna för in. Timmarna redovisas per deltagare, medlem och projekt till projektens finansiärer.",
          "Konversationsreferenser: när du använder boten sparas en referens till chatten (chattens id, ditt användar-id, namn, språk och vad du prenumererar på) så att boten kan skicka påminnelser.",
          "Fikasvar och fikaparning: om du svarat att du kommer eller inte, och om du valt att vara med i parningen.",
          "Kalenderadress: om du skapat en personlig kalenderadress sparas bara ett kontrollvärde (en hash) av den, inte själva adressen.",
        ],
      },
      {
        heading: "Varför",
        paragraphs: [
          "Uppgifterna används för att medlemmarna ska kunna hitta varandra och erbjuda varandra utbildningar, för att hantera anmälningar och platser, för att påminna dig om det du valt, och för att redovisa deltagartimmar till projektens finansiärer. De används inte till något annat och säljs aldrig.",
        ],
      },
      {
        heading: "Hur länge",
        list: [
          "Konversationsreferenser tas bort när du tar bort appen eller boten från chatten, teamet eller kanalen.",
          "Kalenderadressen tas bort när du stänger av den under Mina anmälningar.",
          "Anmälningar och närvaro sparas så länge föreningen behöver dem för att redovisa projekten; därefter tar samordnarna bort dem.",
          "Tekniska loggar (vilken funktion som anropades, när, av vilket användar-id och om det gick bra) sparas i 30 dagar för felsökning.",
        ],
      },
      {
        heading: "Ingen spårning",
        paragraphs: [
          "Appen har ingen reklam, inga analysverktyg från andra företag och inga kakor. Flikarna hämtar inget från andra webbplatser än appens egna och sparar i webbläsaren bara ditt språkval. Loggarna ovan används bara för att hålla appen igång.",
        ],
      },
      {
        heading: "Dina rättigheter",
        paragraphs: ["Enligt dataskyddsförordningen (GDPR) har du rätt att:"],
        list: [
          "få veta vilka uppgifter om dig som behandlas och få en kopia av dem,",
          "få felaktiga uppgifter rättade (ditt lärcentrum kan rätta kontaktuppgifter, samordnarna anmälningar),",
          "få uppgifter raderade eller behandlingen begränsad när de inte längre behövs,",
          "invända mot behandlingen, och få dina uppgifter i ett maskinläsbart format.",
        ],
        after: "Kontakta samordnarna på Nätverk Westum. Tycker du att dina uppgifter behandlas fel kan du klaga hos Integritetsskyddsmyndigheten (IMY).",
      },
    ],
  },
  en: {
    title: "Privacy in Campus Westum",
    lead: "Campus Westum is Nätverk Westum's app in Microsoft Teams for the member directory, the course catalogue, the digital fika and reminders. This page says what the app stores about you, why and for how long, and what your rights are.",
    updated: "Last changed in December 2026",
    sections: [
      {
        heading: "Who is responsible",
        paragraphs: [
          "Nätverk Westum (the association of learning centres in Västra Götaland and Halland) is the controller. Send questions and requests to the association's coordinators, for example in a Teams chat or through the contact person at your learning centre.",
          "The app runs in the association's own Microsoft 365 and Azure environment. Microsoft processes the data on the association's behalf as its processor.",
        ],
      },
      {
        heading: "What the app stores about you",
        list: [
          "Name and e-mail address: from your Teams sign-in when you register for a course, answer a fika invitation or join the fika pairing, and in the member directory if your learning centre lists you as a contact person (then also your role and possibly a phone number).",
          "Registrations: which courses you registered for, for which learning centre (member) and receiving site, your place on the waiting list, and who made the registration.",
          "Attendance: the hours you attended each session, as the coordinators record them. Hours are reported per participant, member and project to the projects' funders.",
          "Conversation references: when you use the bot, a reference to the chat is stored (the chat's id, your user id, name, language and what you subscribe to) so that the bot can send you reminders.",
          "Fika answers and fika pairing: whether you said you are coming, and whether you chose to take part in the pairing.",
          "Calendar address: if you made a personal calendar address, only a check value (a hash) of it is stored, not the address itself.",
        ],
      },
      {
        heading: "Why",
        paragraphs: [
          "The data is used so that members can find each other and offer each other courses, to handle registrations and seats, to remind you of what you chose, and to report participants' hours to the projects' funders. It is used for nothing else and never sold.",
        ],
      },
      {
        heading: "How long",
        list: [
          "Conversation references are removed when you remove the app or the bot from the chat, team or channel.",
          "The calendar address is removed when you turn it off under My registrations.",
          "Registrations and attendance are kept as long as the association needs them to report the projects; then the coordinators remove them.",
          "Technical logs (which function was called, when, by which user id and whether it worked) are kept for 30 days for troubleshooting.",
        ],
      },
      {
        heading: "No tracking",
        paragraphs: [
          "The app has no advertising, no analytics from other companies and no cookies. The tabs load nothing from sites other than the app's own and keep only your choice of language in the browser. The logs above are used only to keep the app running.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: ["Under the General Data Protection Regulation (GDPR) you have the right to:"],
        list: [
          "know which data about you is processed and get a copy of it,",
          "have wrong data corrected (your learning centre corrects contact details, the coordinators registrations),",
          "have data erased or its processing restricted when it is no longer needed,",
          "object to the processing, and get your data in a machine-readable format.",
        ],
        after: "Contact Nätverk Westum's coordinators. If you think your data is processed wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY).",
      },
    ],
  },
};
