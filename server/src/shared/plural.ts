// A count and its noun, as the reports, hovers, lenses and views print it: "1 article",
// "2 articles", or an irregular plural given ("1 term or title", "2 terms and titles").

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
