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
  // A directory of free, confidential helplines, country by country (ThroughLine: over 1,300 services in 130 countries).
  findAHelpline: {
    document: 'Find A Helpline (ThroughLine); described by LifeLine International, "From Idea to Impact: How ThroughLine is Bridging the Gap in Global Crisis Support" (April 2024)',
    address: 'https://findahelpline.com/',
  },
} as const satisfies Record<string, LineSource>;

export type LineSourceId = keyof typeof LINE_SOURCES;
