/**
 * Where each crisis number Afterglow shows was checked: the document and its address. Kept
 * apart from utils/crisis/countries.ts so that the popup's first paint, which draws the lines,
 * does not carry these sentences (README, "Size budgets"). docs/crisis-lines.md says what each
 * page states, in its own words; tests/unit/crisis/countries.test.ts holds every line to one.
 */
export interface LineSource {
  /** Who published it and the page's title. */
  document: string;
  address: `https://${string}`;
}

export const LINE_SOURCES = {
  // Calling: the greeting offers Spanish (press 2); texting: the reply offers Spanish (text AYUDA).
  lifeline988: {
    document: '988 Suicide & Crisis Lifeline, "What to expect" (calling, texting and chatting the 988 Lifeline)',
    address: 'https://988lifeline.org/get-help/what-to-expect',
  },
  // 911 for medical emergencies and life-threatening situations; 988 for a behavioural health crisis.
  colorado988and911: {
    document: 'State of Colorado, "988 and 911: Getting the Right Support in a Crisis"',
    address: 'https://oss.colorado.gov/news-article/988-and-911-getting-the-right-support-in-a-crisis',
  },
  // 9-8-8 to call or text, in English and French, 24 hours a day, across Canada, from 30 November 2023.
  canada988: {
    document: 'Public Health Agency of Canada, news release "Government of Canada launches three-digit suicide crisis helpline" (30 November 2023)',
    address: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
  },
  // CAMH runs 9-8-8 for the Government of Canada; in immediate danger, dial 9-1-1.
  camh988: {
    document: 'CAMH (Centre for Addiction and Mental Health), "9-8-8" (French page of the service it runs)',
    address: 'https://camh.ca/fr/agent-du-changement/988',
  },
  // 116 123: free from landlines and mobiles, no credit needed.
  samaritans: {
    document: 'Samaritans, "Contact a Samaritan"',
    address: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  },
  // For a serious or life-threatening emergency, call 999 or go to the emergency department.
  nhs999: {
    document: 'Lincolnshire Partnership NHS Foundation Trust, "Need help now"',
    address: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
  },
  // 024: free, confidential, 24 hours, every day of the year; presented by the Ministerio de Sanidad on 9 May 2022, running from 10 May.
  spain024: {
    document: 'RTVE (Spain\'s public broadcaster), "Sanidad presenta el 024, la línea de atención a la conducta suicida" (9 May 2022), on the Ministerio de Sanidad\'s presentation; the line was set up by the BOE of 20 December 2021',
    address: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
  },
  // 112: the single emergency number of every EU member state, free from any phone.
  eu112: {
    document: 'European Commission, "Need help? Dial 112" (February 2009), as republished by News.lt with the Commission as its source',
    address: 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12',
  },
  // Línea de la Vida, 800 911 2000: free, 24 hours, every day; a Secretaría de Salud service run by CONASAMA.
  lineaDeLaVida: {
    document: 'El Universal, "Promueven la Línea de la Vida…" (24 December 2025), reporting CONASAMA (Secretaría de Salud): 800-911-2000, free, 24 hours, 365 days',
    address: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
  },
  // 9-1-1: the emergency number, which in Mexico City also routes suicide threats to specialists (C5).
  mexico911: {
    document: 'Publimetro México, "Prevención del suicidio en tres números" (8 September 2025), by Mexico City\'s C5, which runs 9-1-1 there',
    address: 'https://www.publimetro.com.mx/opinion/2025/09/08/prevencion-del-suicidio-en-tres-numeros',
  },
  // A directory of free, confidential helplines, country by country (ThroughLine: over 1,300 services in 130 countries).
  findAHelpline: {
    document: 'Find A Helpline (ThroughLine); described by LifeLine International, "From Idea to Impact: How ThroughLine is Bridging the Gap in Global Crisis Support" (April 2024)',
    address: 'https://findahelpline.com/',
  },
} as const satisfies Record<string, LineSource>;

export type LineSourceId = keyof typeof LINE_SOURCES;
