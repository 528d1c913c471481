/** API field names from the areas' `appearsIn`, each pointing at the areas that use it. */
export function fieldAreas(areas: { slug: string; appearsIn: { field: string }[] }[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const area of areas)
    for (const { field } of area.appearsIn) {
      if (/\s/.test(field)) continue;
      // `call.callEndReason` is pasted as `callEndReason`; `error.code`'s bare `code` would point anywhere.
      const last = field.split('.').at(-1)!;
      const names = /[a-z][A-Z]/.test(last) || !field.includes('.') ? [last] : [];
      for (const name of names) map[name] = [...new Set([...(map[name] ?? []), area.slug])];
    }
  return map;
}
