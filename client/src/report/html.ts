// The quote report's page. Nothing from an article is written into this HTML: the rows
// arrive by postMessage and the script sets them as text (never as markup). The page
// loads only its own stylesheet and its one script, which must carry the nonce (strict
// content security policy: no inline script or style, no other origin).

import type { ReportLabels } from './labels';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface ReportPage {
  /** webview.cspSource: the origin the webview serves extension files from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  labels: ReportLabels;
  /** The display language, for the lang attribute of the labels. */
  language: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `img-src ${cspSource}`, `font-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function reportHtml(p: ReportPage): string {
  const e = escapeHtml;
  const l = p.labels;
  return `<!DOCTYPE html>
<html lang="${e(p.language)}" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${e(p.styleUri)}">
<title>${e(l.articleTitle)}</title>
</head>
<body>
<header dir="${e(l.dir)}">
<h1 id="title">${e(l.articleTitle)}</h1>
<p id="subtitle" lang="ar" dir="auto"></p>
</header>
<form id="filters" role="search" dir="${e(l.dir)}">
<span class="filter"><label for="speaker">${e(l.speaker)}</label>
<select id="speaker"><option value="">${e(l.allSpeakers)}</option></select></span>
<span class="filter"><label for="kind">${e(l.kind)}</label>
<select id="kind"><option value="">${e(l.allKinds)}</option></select></span>
<p id="status" role="status" aria-live="polite"></p>
</form>
<p class="hint" dir="${e(l.dir)}">${e(l.revealHint)}</p>
<table id="quotes">
<caption dir="${e(l.dir)}">${e(l.caption)}</caption>
<thead><tr>
<th scope="col" class="col-file">${e(l.file)}</th>
<th scope="col">${e(l.speaker)}</th>
<th scope="col">${e(l.kind)}</th>
<th scope="col">${e(l.cue)}</th>
<th scope="col">${e(l.text)}</th>
<th scope="col">${e(l.line)}</th>
</tr></thead>
<tbody></tbody>
</table>
<p id="empty" dir="${e(l.dir)}" hidden>${e(l.noQuotes)}</p>
<script nonce="${e(p.nonce)}" src="${e(p.scriptUri)}"></script>
</body>
</html>
`;
}
