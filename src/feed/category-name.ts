// Its own module: elements that show a category's name need nothing else of the validator.

/** A category's name in a language (`names` by exact tag, then primary language), else its `name`. */
export function categoryName(category: { name: string; names?: Record<string, string> }, language: string): string {
  const tag = language.toLowerCase();
  const { names } = category;
  if (!names) return category.name;
  for (const key of [tag, tag.split('-')[0]!]) if (Object.hasOwn(names, key)) return names[key]!;
  return category.name;
}
