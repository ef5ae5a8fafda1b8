import { linkEntities } from './link-entities.js';
import { createKnowledgeBase, defaultKnowledgeBase } from './knowledge-base.js';
import { makerCodes } from './maker-codes.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './sentences.js';

function ids(raw: string): string[] {
  const text = normalizeText(raw);
  return linkEntities(text, splitSentences(text), defaultKnowledgeBase).map((m) => m.entry.id);
}

describe('makerCodes: a bare code in a text that names its maker', () => {
  test('links codes whose aliases carry the line name when the maker is named', () => {
    expect(ids('Kunlunxin zeigte zwei Chips. Der M100 kommt 2026, der M300 folgt 2027.')).toEqual([
      'kunlunxin',
      'kunlunxin-m100',
      'kunlunxin-m300',
    ]);
  });

  test('leaves the code alone when the maker is not named', () => {
    expect(ids('Der M100 kommt 2026, der M300 folgt 2027.')).toEqual([]);
  });

  test('reads no code that two products of one maker end with, and no code inside a longer word (a compound after it is read)', () => {
    const kb = createKnowledgeBase([
      { id: 'acme', kind: 'organization', name: 'Acme', aliases: ['Acme'] },
      { id: 'acme-a-x10', kind: 'chip', name: 'Alpha X10', aliases: ['Alpha X10'], developer: 'acme' },
      { id: 'acme-b-x10', kind: 'chip', name: 'Beta X10', aliases: ['Beta X10'], developer: 'acme' },
      { id: 'acme-z20', kind: 'chip', name: 'Zeta Z20', aliases: ['Zeta Z20'], developer: 'acme' },
    ]);
    const codes = (text: string): string[] =>
      makerCodes(text, kb, new Set(['acme']), []).map((c) => `${c.entry.id}@${c.start}`);
    expect(codes('The X10 and the Z20 ship.')).toEqual(['acme-z20@16']);
    expect(codes('The XZ20 and the Z20-based board.')).toEqual(['acme-z20@17']);
    expect(codes('The Z20 ships.')).toEqual(['acme-z20@4']);
  });
});
