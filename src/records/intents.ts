/**
 * What a piece of guidance tells the reader, declared in the content next to its text
 * (`intents: [retry]`), so that the build can compare what pages say without reading prose.
 */
export const INTENTS = ['retry', 'do-not-resend', 'nothing-wrong', 'request-wrong', 'failed-elsewhere'] as const;

export type Intent = (typeof INTENTS)[number];

/** What each intent claims, as error messages and the README explain it. */
export const INTENT_MEANINGS: Readonly<Record<Intent, string>> = {
  retry: 'try the same request again: at once, once more, later or with backoff',
  'do-not-resend': 'do not send the same request again unchanged; it fails the same way',
  'nothing-wrong': 'nothing failed and nothing needs fixing',
  'request-wrong': 'what the app sent, or when it sent it, was wrong; fix it',
  'failed-elsewhere': 'something outside the app’s request failed: the network, a device, the service or a carrier',
};

/** Pairs of intents that contradict each other: one page never holds both. */
export const OPPOSITES: readonly (readonly [Intent, Intent])[] = [
  ['retry', 'do-not-resend'],
  ['nothing-wrong', 'request-wrong'],
  ['nothing-wrong', 'failed-elsewhere'],
  ['request-wrong', 'failed-elsewhere'],
];

/** The pairs of `OPPOSITES` that two sets of intents hold between them, first set's intent first. */
export function opposed(a: readonly Intent[], b: readonly Intent[]): [Intent, Intent][] {
  return OPPOSITES.flatMap(([x, y]) => {
    if (a.includes(x) && b.includes(y)) return [[x, y] as [Intent, Intent]];
    if (a.includes(y) && b.includes(x)) return [[y, x] as [Intent, Intent]];
    return [];
  });
}
