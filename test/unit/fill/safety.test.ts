import { describe, expect, it } from 'vitest';
import { plan, safetyVerdict } from '@/lib/fill/plan';
import { applyInstructions } from '@/lib/fill/dom/apply';
import { createFillAgent } from '@/lib/fill/content';
import type { FieldDescriptor } from '@/lib/fill/types';
import { unpackScan } from '@/lib/fill/wire';
import { demo, descriptor, keyOf, loadFixture, scanHere } from './helpers';

const d = (extra: Partial<FieldDescriptor>): FieldDescriptor => descriptor({ selector: '', htmlId: '', ...extra });

describe('never filled', () => {
  it.each([
    ['I certify that the information is current, accurate and complete', 'certification'],
    ['I attest that I have disclosed all appointments', 'certification'],
    ['Je certifie que les renseignements sont exacts', 'certification'],
    ['Ich bestätige die Richtigkeit der Angaben', 'certification'],
    ['Ich versichere, dass alle Angaben richtig sind', 'certification'],
    ['Dichiaro che le informazioni sono corrette', 'certification'],
    ['上記の内容に相違ないことを誓約します', 'certification'],
    ['注意事項を確認しました', 'certification'],
    ['Electronic signature', 'certification'],
    ['Card number', 'payment'],
    ['IBAN', 'payment'],
  ])('"%s" → %s', (label, reason) => {
    expect(safetyVerdict(d({ label, type: 'checkbox', options: [{ value: 'on', text: label }] }))).toBe(reason);
  });
  it('a lone box stating something in the first person is the researcher\'s word to give; "nothing to declare" is the record\'s answer', () => {
    const statement = "Je soussigné(e) certifie sur l'honneur l'exactitude des informations et m'engage à informer la fondation de toute modification de mes liens d'intérêts.";
    expect(safetyVerdict(d({ label: statement, type: 'checkbox', options: [{ value: 'on', text: statement }] }))).toBe('certification');
    const informs = 'I will inform the Foundation of any change to the interests declared above during the grant.';
    expect(safetyVerdict(d({ label: informs, type: 'checkbox', options: [{ value: 'on', text: informs }] }))).toBe('certification');
    expect(safetyVerdict(d({ label: 'I am the principal investigator', type: 'checkbox', options: [{ value: 'on', text: 'I am the principal investigator' }] }))).toBeNull();
    const none = "Je n'ai pas de lien d'intérêt à déclarer dans la présente rubrique";
    expect(safetyVerdict(d({ label: none, type: 'checkbox', options: [{ value: 'on', text: none }] }), new Set(), 'disclosure.noneInSection')).toBeNull();
  });
  it('a box under a payment-details heading is a payment field whatever its words; Swedish and German bank numbers are payment fields', () => {
    expect(safetyVerdict(d({ label: 'Bankgiro number of the administrating organisation', section: ['Payment details'] }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Name of the administrating organisation', section: ['Payment details', 'Administrating organisation'] }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Bankgiro' }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Name of the administrating organisation', section: ['Administrating organisation'] }))).toBeNull();
  });
  it('password, file and cc-* autocomplete', () => {
    expect(safetyVerdict(d({ type: 'password', label: 'Password' }))).toBe('password');
    expect(safetyVerdict(d({ type: 'file', label: 'Attach biosketch' }))).toBe('file');
    expect(safetyVerdict(d({ autocomplete: 'cc-number', label: 'Number' }))).toBe('payment');
  });
  it('"firma" signs only in a box\'s own label: in its name ("bet_firma") it is as often the German "Firma" (company)', () => {
    expect(safetyVerdict(d({ label: 'Unternehmen / Einrichtung', hints: ['bet firma'] }))).toBeNull();
    expect(safetyVerdict(d({ label: 'Firma del legale rappresentante' }))).toBe('certification');
    expect(safetyVerdict(d({ label: 'Firma', type: 'checkbox', options: [{ value: 'on', text: 'Firma' }] }))).toBe('certification');
  });
  it('a box to search with looks things up in the page: never filled, whatever it names; "Recherche" and "ricerca" are research', () => {
    expect(safetyVerdict(d({ label: 'Förderorganisation suchen' }))).toBe('search');
    expect(safetyVerdict(d({ label: 'Search funders' }))).toBe('search');
    expect(safetyVerdict(d({ label: '機関名検索' }))).toBe('search');
    expect(safetyVerdict(d({ type: 'search', label: 'Funding organisation' }))).toBe('search');
    expect(safetyVerdict(d({ label: 'Organisme de recherche' }))).toBeNull();
    expect(safetyVerdict(d({ label: 'Ente di ricerca' }))).toBeNull();
    expect(safetyVerdict(d({ label: 'Research organisation' }))).toBeNull();
  });
  it('a department name (部署名) holds the word for a signature (署名) but signs nothing', () => {
    expect(safetyVerdict(d({ label: '部局・部署名 必須' }))).toBeNull();
    expect(safetyVerdict(d({ label: '署名' }))).toBe('certification');
  });
  it('an expiry date is a card\'s when the box, its section or its format says so; a grant\'s "Expiration Date (MM/YYYY)" is not', () => {
    expect(safetyVerdict(d({ label: 'Expiration date (MM/YY)' }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Expiration date', section: ['Payment details'] }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Card expiry date' }))).toBe('payment');
    expect(safetyVerdict(d({ label: 'Expiration Date (MM/YYYY)', section: ['A. Active (Current) Support'] }))).toBeNull();
    expect(keyOf('Expiration Date (MM/YYYY)', ['A. Active (Current) Support'])).toBe('support.endDate');
  });
  it('anything the page does not show', () => {
    for (const v of ['hidden', 'zero-size', 'off-screen', 'clipped', 'transparent', 'covered', 'disabled', 'readonly', 'unreachable'] as const)
      expect(safetyVerdict(d({ label: 'Project title', visibility: v }))).toBe(v);
    expect(safetyVerdict(d({ label: 'Project title' }))).toBeNull();
  });
  it('the trap page plans exactly one write', () => {
    loadFixture('traps.html');
    // jsdom cannot lay out; the e2e test checks the layout-based traps. Here: markup-level ones.
    const p = plan({ url: 'http://x/traps.html', scans: scanHere(), map: null, ...demo() });
    const proposed = p.proposals.filter((x) => x.status === 'proposed').map((x) => x.selector);
    expect(proposed).not.toContain('#t-none');
    expect(proposed).not.toContain('#t-hidden');
    expect(proposed).not.toContain('#t-password');
    expect(proposed).not.toContain('#t-card');
    expect(proposed).not.toContain('#t-cvv');
    expect(proposed).not.toContain('#t-certify');
    expect(proposed).not.toContain('#t-sign');
  });
});

describe('apply re-checks at write time', () => {
  it('refuses a control that became invisible after the review', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const els = Array.from(document.querySelectorAll('input'));
    const { outcomes } = applyInstructions({
      instructions: [{ id: 0, value: 'x' }, { id: 1, value: 'y' }],
      elements: els,
      visibility: (el) => (el.id === 'a' ? 'hidden' : 'visible'),
    });
    expect(outcomes).toEqual([{ id: 0, status: 'skipped', reason: 'hidden' }, { id: 1, status: 'filled' }]);
    expect(els.map((e) => e.value)).toEqual(['', 'y']);
  });
  it('never writes a password even if asked', () => {
    document.body.innerHTML = '<input id="p" type="password">';
    const { outcomes } = applyInstructions({ instructions: [{ id: 0, value: 'x' }], elements: [document.querySelector('input')!], visibility: () => 'visible' });
    expect(outcomes[0]).toMatchObject({ status: 'skipped', reason: 'password' });
  });
  it('clicks an "add another" that is a submit button without letting the form submit', () => {
    document.body.innerHTML = '<h2>Other support</h2><form><input id="t" aria-label="Title"><button>Add another</button></form>';
    let submitted = false;
    let added = 0;
    document.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    document.querySelector('button')!.addEventListener('click', () => added++);
    const agent = createFillAgent();
    // Scan through the agent so it keeps the elements (layout-free visibility is irrelevant for clickAdd).
    const scan = unpackScan(agent.scan()!, 0);
    expect(scan.addControls).toHaveLength(1);
    expect(agent.clickAdd({ id: 0, times: 2 })).toEqual({ clicked: 2 });
    expect(added).toBe(2);
    expect(submitted).toBe(false);
    // The guard is gone afterwards: the researcher's own submit still reaches the page.
    document.querySelector('button')!.click();
    expect(submitted).toBe(true);
  });
  it('never clicks an "add" link that posts the form back', () => {
    document.body.innerHTML = '<h2>Other support</h2><form><input id="t" aria-label="Title"><a href="javascript:__doPostBack(\'lnkAdd\',\'\')">Add another</a></form>';
    const agent = createFillAgent();
    const scan = unpackScan(agent.scan()!, 0);
    expect(scan.addControls).toHaveLength(1);
    expect(agent.clickAdd({ id: 0, times: 1 })).toEqual({ clicked: 0, refused: 'navigates' });
  });
  it('keeps the loaded fixture free of submissions', () => {
    loadFixture('nsf-research-gov.html');
    expect(document.body.dataset.submitted).toBeUndefined();
  });
});
