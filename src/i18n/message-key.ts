// A rule's or a refusal's message is a catalogue key ("students.birthInFuture"), never a sentence:
// schemas run in the browser and on the server, services run in requests and jobs, and each place
// shows the key's sentence in its own language. A message that is not a key is shown as it is.

export type MessageValues = Record<string, string | number>;

/** The part of a translator (next-intl's or use-intl's, namespace-free) that turns keys into text. */
export interface KeyTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

const KEY = /^[a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+$/;

export function textOf(message: string, t: KeyTranslator, values?: MessageValues): string {
  return KEY.test(message) && t.has(message as never) ? t(message as never, values as never) : message;
}

/** A zod issue's sentence: its key, with the values a custom rule carries in `params`. */
export function issueTextOf(
  issue: { code: string; message: string; params?: unknown },
  t: KeyTranslator,
): string {
  const values = issue.code === "custom" ? (issue.params as MessageValues | undefined) : undefined;
  return textOf(issue.message, t, values);
}
