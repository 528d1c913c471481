// The package's entry: `import { lookup, explain, record, catalogue } from 'acs-codes'`.
import { loadCodes } from './data-files';

declare const PACKAGE_VERSION: string;

const { codes } = loadCodes();

export const { catalogue, lookup, explain, record } = codes;

/** The package's version: the format's major and minor, then the catalogue's date. */
export const version = PACKAGE_VERSION;
