/** The de catalog (glossary: shared/i18n/glossary/de.md). */
import type { Catalog } from '../en';
import { causes } from './causes';
import { checks } from './checks';
import { cli } from './cli';
import { fixes } from './fixes';
import { repair } from './repair';
import { report } from './report';
import { tray } from './tray';
import { ui } from './ui';

export const catalog: Catalog = { ...ui, ...tray, ...fixes, ...causes, ...report, ...checks, ...cli, ...repair };
