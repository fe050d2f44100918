/** Every language's glossary (English needs none: it is the source). */
import type { Locale } from '../locales';
import { GLOSSARY as de } from './de';
import { GLOSSARY as es } from './es';
import { GLOSSARY as fr } from './fr';
import { GLOSSARY as ja } from './ja';
import type { GlossaryEntry } from './types';
import { GLOSSARY as zhHans } from './zh-Hans';

export type { GlossaryEntry } from './types';
export const GLOSSARIES: Record<Exclude<Locale, 'en'>, readonly GlossaryEntry[]> = { de, fr, es, ja, 'zh-Hans': zhHans };
