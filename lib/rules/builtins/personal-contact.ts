import type { Builtin, Finding } from '../types';
import { readPath } from '../fields';
import { stringListParam } from '../params';

const DEFAULT_FIELDS = ['description', 'notes', 'objectives', 'overlap', 'summary', 'purpose', 'project'];
const DEFAULT_DOMAINS = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.jp', 'yahoo.co.uk', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'me.com', 'qq.com', '163.com', '126.com', 'sina.com', 'yandex.ru', 'mail.ru', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net',
];

const EMAIL = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
/** International (+44 20 7946 0000), bracketed area code ((555) 123-4567) or three-group (555-123-4567, 03-1234-5678) numbers. */
/** ORCID iDs (0000-0002-1825-0097) look like phone numbers; they are removed before looking for one. */
const ORCID = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g;
const PHONE = /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4})|(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{4})|(?:\b\d{2,4}[.-]\d{3,4}[.-]\d{4}\b)/;

/**
 * Personal (non-work) contact details in a disclosure text field: an address at a webmail
 * domain in `domains`, or a phone number. The finding never repeats the value.
 */
export const personalContact: Builtin = (ctx, targets) => {
  const fields = stringListParam(ctx.params, 'fields', DEFAULT_FIELDS);
  const domains = new Set(stringListParam(ctx.params, 'domains', DEFAULT_DOMAINS).map((d) => d.toLowerCase()));
  const findings: Finding[] = [];
  for (const entry of targets) {
    for (const path of fields) {
      const text = readPath(entry, path);
      if (typeof text !== 'string' || !text) continue;
      const personalEmail = [...text.matchAll(EMAIL)].some((m) => domains.has(m[1].toLowerCase()));
      const what = personalEmail ? 'a personal email address' : PHONE.test(text.replace(ORCID, '')) ? 'a phone number' : undefined;
      if (what) findings.push({ entry, path, vars: { field: path, what } });
    }
  }
  return findings;
};
