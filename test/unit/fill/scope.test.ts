/**
 * Which entries a list takes and how neighbouring boxes read each other: the proposal being prepared
 * on another funder's form, questions that reach back N years, "at home or overseas", instructions
 * naming held and submitted funding, "from [ ] to [ ]" periods, amounts beside a currency select, and
 * funders listed by their official names.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { sectionContext, scopedContext } from '@/lib/fill/classify';
import { organizationOption } from '@/lib/fill/format';
import { plan, type FillPlan } from '@/lib/fill/plan';
import type { Entry } from '@/lib/model';
import { demo, proposalAt as at, scanHere, TEST_NOW } from './helpers';

const { profile, entries } = demo();
type Support = Extract<Entry, { kind: 'support' }>;
const thisProposal = entries.find((e): e is Support => e.kind === 'support' && !!e.thisProposal)!;

function planTitled(title: string, html: string): FillPlan {
  document.body.innerHTML = html;
  const [scan] = scanHere();
  return plan({ url: 'http://127.0.0.1/page.html', scans: [{ ...scan, title: title || undefined }], map: null, profile, entries, now: TEST_NOW });
}
const titles = (p: FillPlan) => p.proposals.filter((x) => x.key === 'support.title' && x.status === 'proposed').map((x) => x.value);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the proposal being prepared', () => {
  const list = `<h2>Pending applications</h2><p>Do not list this application.</p>
    <table><tr><th>Project title</th><th>Funder</th></tr>${[0, 1, 2].map((i) => `<tr><td><input id="t${i}"></td><td><input id="f${i}"></td></tr>`).join('')}</table>`;

  it('is "this application" on its sponsor\'s page (named, or by its initials) and on a page that names no one', () => {
    expect(thisProposal.organization.name).toMatch(/National Science Foundation/);
    for (const title of ['NSF Research.gov – Current and Pending Support', 'National Science Foundation | Proposal', '']) {
      expect(titles(planTitled(title, list))).not.toContain(thisProposal.title);
    }
  });

  it('is another pending application on another funder\'s page', () => {
    expect(titles(planTitled('Sapphire | Application 2041387 – Participant disclosures | NHMRC', list))).toContain(thisProposal.title);
  });
});

// A lead question reaches its list as the scan writes it: marked, without its question mark.
describe('section scope', () => {
  it('"do you currently hold, or have you held in the past five years" takes what ended within the window', () => {
    const ctx = sectionContext(['\u21b3 Do you currently hold, or have you held in the past five years, any position or appointment']);
    expect(ctx).toMatchObject({ status: 'awarded', withinYears: 5 });
  });

  it('"other than your primary employment" in a question leaves the main post out', () => {
    const ctx = sectionContext(['\u21b3 Other than your primary employment, do you hold any position or appointment']);
    expect(ctx.appointmentTypes).toBeDefined();
    expect(ctx.appointmentTypes).not.toContain('primary');
  });

  it('"ongoing projects and applications for funding" lists both; "Project manager" is the researcher\'s own block', () => {
    expect(sectionContext(['Other ongoing projects and applications for funding']).status).toBeUndefined();
    expect(sectionContext(['Other ongoing projects']).status).toBe('current');
    expect(sectionContext(['Project manager', 'Project manager, other funding and impartiality']).kind).toBe('person');
  });

  it('"Other affiliations" are every post but the main one', () => {
    for (const heading of ['C. Other Affiliations', 'Autres affiliations', 'Weitere Affiliationen']) {
      expect(sectionContext([heading]).appointmentTypes, heading).not.toContain('primary');
      expect(sectionContext([heading]).appointmentTypes, heading).toBeDefined();
    }
  });

  it('"in Australia or overseas" under a "Foreign Interference" heading asks for ties at home too', () => {
    expect(sectionContext(['Positions held', 'Foreign Interference Declaration']).foreignOnly).toBe(true);
    expect(sectionContext(['\u21b3 Do you hold any position, in Australia or overseas', 'Foreign Interference Declaration']).foreignOnly).toBeFalsy();
  });

  it('instructions naming funding held and funding submitted keep applications in the list', () => {
    const held = scopedContext(sectionContext(['Other Research Support']), 'List all research funding that you currently hold.');
    expect(held.status).toBe('current');
    const both = scopedContext(sectionContext(['Other Research Support']), 'List all research funding that you currently hold or that has been submitted and is awaiting an outcome.');
    expect(both.status).toBeUndefined();
    // Parkinson's UK (held-out set 34): "… and all applications that are awaiting a decision … Do not include grants that have already ended."
    const awaiting = scopedContext(sectionContext(['Other current and pending research funding']), 'Please list all research funding currently held by the lead applicant, and all applications that are awaiting a decision, from any source. Do not include grants that have already ended.');
    expect(awaiting.status).toBeUndefined();
    // Hertie-Stiftung: a policy on parallel applications is no instruction to leave applications out.
    const policy = scopedContext(sectionContext(['3. Weitere laufende und beantragte Förderungen']), 'Die Stiftung nimmt grundsätzlich keine Anträge an, die parallel bei anderen Förderorganisationen eingereicht sind. Bitte führen Sie alle laufenden sowie alle beantragten Drittmittelprojekte auf.');
    expect(policy.status).toBeUndefined();
    expect(scopedContext(sectionContext(['Drittmittel']), 'Bitte keine Anträge angeben, nur bewilligte Projekte.').status).toBe('current');
    // Heart & Stroke: "… that you currently hold or have held in the past five (5) years".
    const five = scopedContext(sectionContext(['3. Other Appointments']), 'List all appointments other than your primary appointment that you currently hold or have held in the past five (5) years.');
    expect(five).toMatchObject({ withinYears: 5 });
    expect(five.status).not.toBe('current');
  });
});

describe('boxes read by their neighbours', () => {
  it('"Funding period [ ] to [ ]" is a start and an end; a box right after a currency select is the amount', () => {
    const [first] = entries.filter((e): e is Support => e.kind === 'support' && e.status === 'current');
    const p = planTitled('', `<h2>Current support</h2><label for="t">Grant title</label><input id="t">
      <div><span>Funding period (MM/YYYY)</span> <input id="from" placeholder="MM/YYYY" maxlength="7"> <span>to</span> <input id="to" placeholder="MM/YYYY" maxlength="7">
      <span>Total funding</span> <select id="cur" aria-label="Currency"><option>AUD</option><option>USD</option></select> <input id="amt" name="amt"></div>`);
    expect(at(p, '#from')?.value).toBe(`${first.startDate!.slice(5, 7)}/${first.startDate!.slice(0, 4)}`);
    expect(at(p, '#to')?.value).toBe(`${first.endDate!.slice(5, 7)}/${first.endDate!.slice(0, 4)}`);
    expect(at(p, '#amt')).toMatchObject({ key: 'support.totalAmount.amount', value: String(first.totalAmount!.amount) });
  });

  it('a funder select lists official names with initials: the one option naming the funder, else none', () => {
    const options = ['National Aeronautics and Space Administration (NASA)', 'National Science Foundation (NSF)', 'Dept. of Health and Human Services / National Institutes of Health (NIH)',
      'Department of Energy (DOE)', 'Foundation or Non-profit', 'Other'].map((text, i) => ({ value: String(i), text }));
    expect(organizationOption(options, 'U.S. National Science Foundation')?.text).toBe('National Science Foundation (NSF)');
    expect(organizationOption(options, 'National Institutes of Health')?.value).toBe('2');
    expect(organizationOption(options, 'U.S. Department of Energy, Office of Science')?.value).toBe('3');
    expect(organizationOption(options, 'Wellcome Trust')).toBeUndefined();
  });
});
