import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalMap } from '@/lib/model';
import { matchPortal } from '@/lib/fill/classify';
import { builtInPortalMaps } from '@/lib/fill/portals';
import { FIXTURES } from './helpers';

const DIR = path.resolve(__dirname, '../../../lib/fill/portals');

describe('portal maps (data)', () => {
  it('every JSON map validates against PortalMap and is loaded', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) expect(PortalMap.safeParse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))).success, f).toBe(true);
    expect(builtInPortalMaps().map((m) => `${m.id}.json`).sort()).toEqual(files.sort());
  });

  it('each map has a fixture page that it matches when served from loopback, listed in the demo index', () => {
    const index = readFileSync(path.join(FIXTURES, 'index.html'), 'utf8');
    for (const map of builtInPortalMaps()) {
      expect(existsSync(path.join(FIXTURES, `${map.id}.html`)), map.id).toBe(true);
      expect(matchPortal(`http://127.0.0.1:41234/${map.id}.html`, builtInPortalMaps())?.id).toBe(map.id);
      expect(index).toContain(`href="${map.id}.html"`);
    }
  });

  it('regular expressions in maps compile', () => {
    for (const map of builtInPortalMaps()) {
      for (const s of map.sections) for (const re of [s.heading, s.addButton]) if (re) expect(() => new RegExp(re, 'i')).not.toThrow();
      for (const f of map.fields) if (f.label) expect(() => new RegExp(f.label!, 'i')).not.toThrow();
    }
  });
});
