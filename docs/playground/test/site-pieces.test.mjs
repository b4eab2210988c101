// The site's pure pieces, without a browser: which control a manifest type gets, and the strings table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readElements } from '../../../scripts/lib/element-manifest.mjs';
import { propertyControl, propertyKind } from '../property-controls.mjs';
import { SITE_LOCALES, SITE_STRINGS, siteString } from '../site-strings.js';

describe('propertyKind', () => {
  it('gives each manifest type its control', () => {
    assert.deepEqual(propertyKind('boolean'), { kind: 'boolean', nullable: false });
    assert.deepEqual(propertyKind('number | null'), { kind: 'number', nullable: true });
    assert.deepEqual(propertyKind('string | null'), { kind: 'string', nullable: true });
    assert.deepEqual(propertyKind("'now' | 'scheduled'"), { kind: 'choice', nullable: false, values: ['now', 'scheduled'] });
    assert.deepEqual(propertyKind('LetterPrefill | null'), { kind: 'json', nullable: true, shape: 'object' });
    assert.deepEqual(propertyKind('readonly Attachment[]'), { kind: 'json', nullable: false, shape: 'array' });
    assert.deepEqual(propertyKind('Array<string>'), { kind: 'json', nullable: false, shape: 'array' });
  });

  it('splits only the union’s own bars (an object type with a union inside stays one member)', () => {
    assert.deepEqual(propertyKind("{ kind: 'done' | 'error'; text: string } | null"), { kind: 'json', nullable: true, shape: 'object' });
    assert.deepEqual(propertyKind('((amount: number) => Promise<string> | string) | null'), { kind: 'code', nullable: true });
  });

  it('leaves to code what JSON cannot write (functions, sets, maps, clients, files)', () => {
    for (const type of ['() => void', 'ReadonlySet<string>', 'Map<string, number>', 'JrmcClient | null', 'File | null']) assert.equal(propertyKind(type).kind, 'code', type);
  });

  it('gives every settable property of the manifest a control, with its name and type shown', () => {
    const properties = readElements().flatMap((element) => element.properties);
    assert.ok(properties.length > 0);
    for (const property of properties) {
      const html = propertyControl(property);
      assert.match(html, new RegExp(`<code>${property.name}</code>`));
      if (propertyKind(property.type).kind !== 'code') assert.match(html, new RegExp(`data-property="${property.name}"`));
    }
  });
});

describe('SITE_STRINGS', () => {
  it('has every string in every language (an empty one only for a note one language needs)', () => {
    for (const [key, entry] of Object.entries(SITE_STRINGS)) {
      for (const locale of SITE_LOCALES) assert.equal(typeof entry[locale], 'string', `${key}.${locale}`);
      assert.ok(entry.fr || entry.en, `${key} is empty in both languages`);
    }
  });

  it('fills placeholders, falls back to French, and refuses an unknown key', () => {
    assert.equal(siteString('panel.moved', 'en', { time: '1 December 2026' }), 'Sandbox time moved to 1 December 2026.');
    assert.equal(siteString('panel.moved', 'de', { time: 'x' }), 'Heure de la sandbox déplacée au x.');
    assert.throws(() => siteString('no.such.key', 'en'), /no\.such\.key/);
  });
});
