/**
 * Every language has every English key with the same placeholders, every message parses as ICU,
 * and namespaces stay apart — so a translation can never drop a host name, a count or a whole text.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadCatalog } from '../../../shared/i18n';
import { EN_NAMESPACES, en } from '../../../shared/i18n/catalogs/en';

/** Argument name → its kind (plain, number, plural, select: with the select's option keys). */
function signature(elements: MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.set(el.value, into.get(el.value) ?? 'arg');
    else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.set(el.value, TYPE[el.type]);
    else if (el.type === TYPE.plural) {
      into.set(el.value, el.pluralType === 'ordinal' ? 'selectordinal' : 'plural');
      for (const o of Object.values(el.options)) signature(o.value, into);
    } else if (el.type === TYPE.select) {
      into.set(el.value, `select:${Object.keys(el.options).sort().join('|')}`);
      for (const o of Object.values(el.options)) signature(o.value, into);
    } else if (el.type === TYPE.tag) signature(el.children, into);
  }
  return into;
}

const parseIcu = (m: string) => parse(m, { ignoreTag: true, requiresOtherClause: true });
const sig = (m: string) => Object.fromEntries([...signature(parseIcu(m))].sort());

describe('message catalogs', () => {
  it('every English message parses as ICU MessageFormat', () => {
    for (const [key, message] of Object.entries(en)) expect(() => parseIcu(message), key).not.toThrow();
  });

  it('every key starts with its namespace, and no key is defined twice', () => {
    const seen = new Set<string>();
    for (const [ns, messages] of Object.entries(EN_NAMESPACES)) {
      for (const key of Object.keys(messages)) {
        expect(key.startsWith(`${ns}.`), `${key} in namespace ${ns}`).toBe(true);
        expect(seen.has(key), `${key} twice`).toBe(false);
        seen.add(key);
      }
    }
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: exactly the English keys, each with the same placeholders, none left empty`, async () => {
      const catalog = (await loadCatalog(locale)) as Record<string, string>;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, source] of Object.entries(en)) {
        const message = catalog[key]!;
        expect(message.trim(), `${locale} ${key} is empty`).not.toBe('');
        expect(() => parseIcu(message), `${locale} ${key}`).not.toThrow();
        expect(sig(message), `${locale} ${key}`).toEqual(sig(source));
      }
    });
  }

  it('the signature check itself notices a dropped or renamed placeholder', () => {
    expect(sig('Host {host} failed')).not.toEqual(sig('Host failed'));
    expect(sig('{n, plural, one {# check} other {# checks}}')).not.toEqual(sig('{n} checks'));
    expect(sig('{kind, select, web {Web} other {Other}}')).not.toEqual(sig('{kind, select, other {Other}}'));
    expect(sig('{n, plural, other {# Prüfungen}}')).toEqual(sig('{n, plural, one {# check} other {# checks}}'));
  });
});
