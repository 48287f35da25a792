import type { Profile } from '../../profiles/schema';
import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { acronym } from './acronym';
import { jargon } from './jargon';
import { unknownTerm } from './unknown-term';

export type Detector = (doc: Doc, profile: Profile) => Finding[];

/** Every detector, by id. The order breaks ties when two findings would overlap: earlier wins. */
export const DETECTORS: Readonly<Record<string, Detector>> = {
  jargon,
  acronym,
  'unknown-term': unknownTerm,
};
