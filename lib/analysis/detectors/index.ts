import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { acronym } from './acronym';
import { hedges } from './hedges';
import { jargon } from './jargon';
import { longSentence } from './long-sentence';
import { passive } from './passive';
import { readingGrade } from './reading-grade';
import { clearAsk } from './structure-ask';
import { bottomLine } from './structure-bottom-line';
import { constraint } from './structure-constraint';
import { technicalDensity } from './structure-density';
import { evidence } from './structure-evidence';
import { impactNumbers } from './structure-impact';
import { length } from './structure-length';
import { patientImpact } from './structure-patient-impact';
import { requirement } from './structure-requirement';
import { secondPerson } from './structure-second-person';
import { workflowImpact } from './structure-workflow-impact';
import { unknownTerm } from './unknown-term';

export type Detector = (doc: Doc, profile: Profile) => Finding[];

/**
 * Every detector, by id. Word-level detectors first; sentence and structure checks run only where
 * the profile lists them (Profile.checks). The order breaks ties between overlapping findings.
 */
export const DETECTORS: Readonly<Record<string, Detector>> = {
  jargon,
  acronym,
  'unknown-term': unknownTerm,
  'long-sentence': longSentence,
  passive,
  hedges,
  'reading-grade': readingGrade,
  'bottom-line': bottomLine,
  'clear-ask': clearAsk,
  'impact-numbers': impactNumbers,
  length,
  'technical-density': technicalDensity,
  'patient-impact': patientImpact,
  'workflow-impact': workflowImpact,
  evidence,
  requirement,
  constraint,
  'second-person': secondPerson,
};
