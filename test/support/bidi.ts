// The text a symbol or tree item shows, as a reader sees it: the Outline's names and details
// are wrapped in invisible bidi isolation marks (server/src/shared/bidi.ts).

export const shownText = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
