/**
 * The English catalog: the source of every text a person reads. Other languages must have
 * exactly these keys with the same placeholders (tests/shared/i18n/catalogs.test.ts).
 */
import { causes } from './causes';
import { checks } from './checks';
import { cli } from './cli';
import { fixes } from './fixes';
import { repair } from './repair';
import { report } from './report';
import { tray } from './tray';
import { ui } from './ui';

/** Namespace → its English messages (used by the tests that keep namespaces apart). */
export const EN_NAMESPACES = { ui, tray, fixes, causes, report, checks, cli, repair } as const;

export const en = { ...ui, ...tray, ...fixes, ...causes, ...report, ...checks, ...cli, ...repair } as const;

/** Every message key. */
export type MessageKey = keyof typeof en;
/** A complete catalog for one language (ICU MessageFormat strings). */
export type Catalog = Record<MessageKey, string>;
/** One namespace's messages in another language: exactly the English keys. */
export type Translated<T> = Record<keyof T, string>;
