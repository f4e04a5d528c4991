import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorApp } from '@/components/editor/EditorApp';
import { parseHash } from '@/lib/ui';
import { newDb, seed, setup } from './helpers';

describe('editor routes', () => {
  it('parses sections, kinds, entries, new entries and section fields', () => {
    expect(parseHash('')).toEqual({ section: '' });
    expect(parseHash('#backup')).toEqual({ section: 'backup' });
    expect(parseHash('#support')).toEqual({ section: 'entries', kind: 'support' });
    expect(parseHash('#entry=a%2Fb&field=organization.country')).toEqual({ section: 'entries', entryId: 'a/b', field: 'organization.country' });
    expect(parseHash('#new=travel')).toEqual({ section: 'entries', newKind: 'travel' });
    expect(parseHash('#profile&field=person.orcid')).toEqual({ section: 'profile', field: 'person.orcid' });
  });

  describe('gap fix links', () => {
    beforeEach(() => { newDb(); });

    it('opens the person form with the named field focused', async () => {
      await seed([]);
      setup(<EditorApp />, '#profile&field=person.orcid');
      const orcid = await screen.findByLabelText('ORCID iD');
      await waitFor(() => expect(orcid).toHaveFocus());
    });
  });
});
