import { describe, expect, it } from 'vitest';
import { describeCharacter, hasInvisible, showInvisible, stripInvisible } from '../../src/text/invisible-characters.js';

describe('invisible characters', () => {
  it('strips zero-width and direction characters anywhere, look-alike spaces only at the edges', () => {
    expect(stripInvisible('\u200b30745')).toEqual({ text: '30745', removed: [0x200b] });
    expect(stripInvisible('\u200e10/04/2024\u200f')).toEqual({ text: '10/04/2024', removed: [0x200e, 0x200f] });
    expect(stripInvisible('1.500\u00ad.000')).toEqual({ text: '1.500.000', removed: [0xad] });
    expect(stripInvisible('\ufeffVV-1\u2060')).toEqual({ text: 'VV-1', removed: [0xfeff, 0x2060] });
    expect(stripInvisible('\u202aTE-1\u202c')).toEqual({ text: 'TE-1', removed: [0x202a, 0x202c] });
    expect(stripInvisible('\u00a0Cá\u00a0nhân\u00a0')).toEqual({ text: 'Cá\u00a0nhân', removed: [0xa0] });
    expect(stripInvisible('1\u202f500')).toEqual({ text: '1\u202f500', removed: [] });
    expect(stripInvisible('30745')).toEqual({ text: '30745', removed: [] });
  });

  it('tells whether a text needs stripping, repeatably', () => {
    expect(hasInvisible('a\u200bb')).toBe(true);
    expect(hasInvisible('a\u200bb')).toBe(true);
    expect(hasInvisible('abc')).toBe(false);
  });

  it('names a character and shows it visibly', () => {
    expect(describeCharacter(0x200b)).toBe('U+200B (zero-width space)');
    expect(describeCharacter(0xa0)).toBe('U+00A0 (no-break space)');
    expect(showInvisible('\u200b30745')).toBe('⟨U+200B⟩30745');
    expect(showInvisible('Cá\u00adnhân')).toBe('Cá⟨U+00AD⟩nhân');
  });
});
