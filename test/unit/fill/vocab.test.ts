import { describe, expect, it } from 'vitest';
import { classify, CONFIDENCE_THRESHOLD, sectionContext } from '@/lib/fill/classify';
import type { FieldDescriptor } from '@/lib/fill/types';

function field(label: string, section: string[] = [], extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    id: 0, frameId: 0, frame: 'main', selector: '#x', tag: 'input', type: 'text', name: '', htmlId: 'x', label, labelSource: 'label-for',
    hints: [], section, value: '', visibility: 'visible', autocomplete: '', ...extra,
  };
}
const keyOf = (label: string, section: string[] = [], extra: Partial<FieldDescriptor> = {}) => {
  const [c] = classify([field(label, section, extra)], null);
  return c.confidence >= CONFIDENCE_THRESHOLD ? c.key : null;
};

describe('section headings a research administrator would use', () => {
  it.each([
    ['Research Funding History', 'support'],
    ['Grants', 'support'],
    ['Ongoing and submitted grants', 'support'],
    ['Active awards', 'support'],
    ['Research funding', 'support'],
    ['Aides à la recherche obtenues', 'support'],
    ['Eingeworbene Fördermittel', 'support'],
    ['Progetti finanziati', 'support'],
    ['外部資金の受入状況', 'support'],
    ['Fonctions et mandats exercés (y compris à titre gratuit)', 'appointment'],
    ['Funktionen und Mandate', 'appointment'],
    ['Cariche ricoperte', 'appointment'],
    ["Activités de conseil, d'expertise ou de formation", 'consulting'],
    ['Missions d’expertise', 'consulting'],
    ['Gutachtertätigkeit', 'consulting'],
    ['Consulenze', 'consulting'],
    ['顧問契約', 'consulting'],
    ['Participations financières et propriété intellectuelle', 'financialInterest'],
    ['Equity interests and royalties', 'financialInterest'],
    ['Intellectual property', 'financialInterest'],
    ['Geistiges Eigentum', 'financialInterest'],
    ['Partecipazioni societarie', 'financialInterest'],
    ['株式等の保有', 'financialInterest'],
    ['Programme de recrutement soutenu par un État étranger', 'talentProgram'],
  ])('"%s" → %s', (heading, kind) => {
    expect(sectionContext([heading]).kind).toBe(kind);
  });

  it('prize and EDI headings are not funding or financial interests', () => {
    expect(sectionContext(['Honours and awards']).kind).toBeUndefined();
    expect(sectionContext(['Equity, diversity and inclusion']).kind).toBeUndefined();
    expect(sectionContext(["Conseil d'administration"]).kind).toBe('appointment');
  });

  it('status words: ongoing/under review, and completed words never read as current', () => {
    expect(sectionContext(['Ongoing grants'])).toMatchObject({ kind: 'support', status: 'current' });
    expect(sectionContext(['Grants under review'])).toMatchObject({ kind: 'support', status: 'pending' });
    expect(sectionContext(['Financements en cours d’évaluation']).status).not.toBe('current');
    expect(sectionContext(['Demandes en évaluation']).status).toBe('pending');
    for (const done of ['Completed grants', 'Past awards', 'Closed funding', 'Financements terminés', 'Abgeschlossene Drittmittelprojekte', 'Finanziamenti conclusi', '終了した研究費'])
      expect(sectionContext([done]).status).toBeUndefined();
  });

  it('fields of a funding-history row resolve once the heading is known', () => {
    expect(keyOf('Funding Organization *', ['Research Funding (1)', 'Research Funding History'])).toBe('support.organization.name');
    expect(keyOf('Currency', ['Research Funding History'])).toBe('support.totalAmount.currency');
  });
});
