// Deterministic health-IT drafts of a given length, for benchmarks: sentences of the kind our users
// write, shuffled by a seeded generator into paragraphs, so every run times the same text.

const SENTENCES = [
  'I am asking the board to approve $380,000 for the sepsis alert upgrade in the FY27 budget.',
  "The vendor's neural network reads vital signs and lab results from our relational database every 15 minutes.",
  'In the pilot on two units, nurses started the sepsis bundle 52 minutes sooner and length of stay fell by 0.6 days.',
  'Doctors would see the alert inside CPOE, so there is no new screen to learn.',
  'The machine learning model needs retraining twice a year, which IT can absorb with current staff.',
  'At our volumes, the shorter stays are worth about $1.1M a year, which adds roughly 0.4 points to EBITDA.',
  'Could you confirm by December 12 so we can sign before the price rise?',
  'The interface engine sends ADT messages to the data warehouse in near real time.',
  'Alert fatigue remains our biggest safety risk: clinicians override nine in ten best practice alerts.',
  'We will move the lab interfaces from HL7 v2 to FHIR over the next two fiscal years.',
  'Ambient documentation cut after-hours charting by 40 minutes a day in the primary care pilot.',
  'The ransomware tabletop exercise showed that our downtime procedures are out of date on three units.',
  'Our operating margin fell to 1.2% last quarter, mostly because of contract labor.',
  'Prior authorization denials rose 18%, and the revenue cycle team wants an automated check in the EHR.',
  'The patient portal now lets families see discharge instructions the same day.',
  'Single sign-on would save each nurse about 12 logins per shift.',
  'The large language model drafts replies to patient messages, and a clinician reviews every one before it is sent.',
  'Readmissions within 30 days fell from 14.1% to 12.3% after the transitions-of-care program started.',
  'We need a decision on the data lake by the end of the month so the ETL work can start in January.',
  'The technical debt in our middleware is now a risk to uptime during go-live.',
  'Clinical decision support rules fire on about one in five admissions, and most are overridden.',
  'The team met on Tuesday to review the schedule, the budget and the training plan.',
  'Everyone did a great job during the upgrade weekend, and the units were back to normal by Monday.',
  'Please send me your questions before Friday so I can answer them in one note.',
  'The rapid response team was called 31 times last month, down from 44.',
  'Bar-code medication administration scanning compliance is at 97% on the medical units.',
  'The CMIO office will publish the new order sets on the intranet next week.',
  'Case mix index and RVU productivity both improved after the documentation changes.',
  'Zero trust network access is the security team’s priority for remote staff.',
  'We expect payback within eighteen months and a total cost of ownership below the current system.',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A draft of about `words` words (never fewer), the same for the same seed. */
export function makeDraft(words: number, seed = 42): string {
  const random = mulberry32(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n && count < words; i++) {
      const s = SENTENCES[Math.floor(random() * SENTENCES.length)];
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}
