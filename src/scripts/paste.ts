/** Full-text search reads the start of a pasted novel only. */
export const MAX_QUERY = 500;

/**
 * Whether a paste must be kept as pasted rather than left to the browser: a one-line box drops line
 * breaks and tabs (Log Analytics rows, a log), and cuts what is longer than its limit.
 */
export const keepsAsPasted = (text: string) => /[\n\t]/.test(text) || text.length > MAX_QUERY;
