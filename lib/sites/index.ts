import { googleDocs } from './gdocs';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { genericSite, type Site } from './types';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** The adapter for a site by its host name; any other site gets the generic one. */
export function siteFor(host: string, path = '/'): Site {
  if (host === 'mail.google.com') return gmail;
  if (host === 'docs.google.com' && path.startsWith('/document/')) return googleDocs;
  if (OUTLOOK_HOSTS.has(host)) return outlook;
  return genericSite;
}

export type { Site };
