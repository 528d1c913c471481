import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Value<O> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string;

export function cli<T extends Options = Record<never, never>>(
  usage: string,
  config?: { options?: T; allowPositionals?: boolean; maxPositionals?: number },
): { values: { [K in keyof T]?: Value<T[K]> }; positionals: string[] };

export function fail(message: string, code?: number): never;
