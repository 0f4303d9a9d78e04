// The quote report's page: strict content security policy, every string escaped, and only
// well-formed messages from the webview are acted on.

import { strict as assert } from 'node:assert';
import { contentSecurityPolicy, escapeHtml, reportHtml } from '../../../client/src/report/html';
import { reportLabels } from '../../../client/src/report/labels';
import { isFromWebview } from '../../../client/src/report/messages';

const page = (labels = reportLabels('en')): string =>
  reportHtml({ cspSource: 'https://webview.test', nonce: 'bm9uY2U=', scriptUri: 'https://webview.test/report.js', styleUri: 'https://webview.test/report.css', labels, language: 'en' });

describe('quote report page', () => {
  it('allows only its own stylesheet and its one script with the nonce', () => {
    const csp = contentSecurityPolicy('https://webview.test', 'bm9uY2U=');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-bm9uY2U='/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const html = page();
    assert.ok(html.includes(`content="${escapeHtml(csp)}"`));
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="bm9uY2U=" src="https://webview.test/report.js">']);
    assert.doesNotMatch(html, /style="/, 'no inline style');
    assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handler');
  });

  it('is right-to-left, with labelled filters and column headers', () => {
    const html = page();
    assert.match(html, /<html lang="en" dir="rtl">/);
    assert.match(html, /<form id="filters" role="search" dir="ltr">/, 'English words run left to right inside the page');
    assert.match(html, /<label for="speaker">Speaker<\/label>\s*<select id="speaker">/);
    assert.match(html, /<label for="kind">Kind<\/label>\s*<select id="kind">/);
    assert.equal((html.match(/<th scope="col"/g) ?? []).length, 6);
    assert.match(html, /role="status" aria-live="polite"/);
  });

  it('speaks Arabic to an Arabic display language', () => {
    assert.equal(reportLabels('ar').speaker, 'المتحدث');
    assert.equal(reportLabels('ar-EG').speaker, 'المتحدث');
    assert.equal(reportLabels('en-US').speaker, 'Speaker');
    assert.match(page(reportLabels('ar')), /<label for="speaker">المتحدث<\/label>/);
  });

  it('escapes markup in every string it writes', () => {
    assert.equal(escapeHtml(`<script>alert("x") & 'y'</script>`), '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    const hostile = { ...reportLabels('en'), speaker: '<img src=x onerror=alert(1)>' };
    const html = page(hostile);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('acts only on well-formed messages from the webview', () => {
    assert.ok(isFromWebview({ type: 'ready' }));
    assert.ok(isFromWebview({ type: 'reveal', id: 3 }));
    for (const bad of [null, 'reveal', { type: 'reveal' }, { type: 'reveal', id: '3' }, { type: 'reveal', id: -1 }, { type: 'reveal', id: 1.5 }, { type: 'open', uri: 'file:///etc/passwd' }]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
  });
});
