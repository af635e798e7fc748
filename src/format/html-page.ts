// Reusable HTML building blocks: escaping and a self-contained page shell (inline CSS, no scripts,
// no external requests). The diff page (html.ts) and the corpus report build on these.

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and attribute values alike (& < > " '). Lone surrogates become U+FFFD. */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESC[c] as string)
    .replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
      const code = c.charCodeAt(0);
      if (code <= 0xdbff) {
        const next = s.charCodeAt(i + 1);
        return next >= 0xdc00 && next <= 0xdfff ? c : '\uFFFD';
      }
      const prev = s.charCodeAt(i - 1);
      return prev >= 0xd800 && prev <= 0xdbff ? c : '\uFFFD';
    });
}

/** A safe id/fragment from any string: letters, digits, - and _ kept, everything else hex-escaped. */
export function htmlId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

export interface PageOptions {
  title: string;
  /** extra CSS appended after the base style */
  css?: string;
  /** BCP 47 language of the page. Default 'zh'. */
  lang?: string;
}

/** Base style shared by jiaokan pages: readable CJK text, light/dark aware, print friendly. */
export const BASE_CSS = `
:root{color-scheme:light dark;--del:#fdd;--ins:#dfd;--mov:#def;--mod:#ffc;--fg:#111;--muted:#666;--line:#ddd}
@media (prefers-color-scheme:dark){:root{--del:#522;--ins:#253;--mov:#235;--mod:#442;--fg:#eee;--muted:#aaa;--line:#444}}
body{font:15px/1.7 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:var(--fg)}
h1{font-size:1.3rem}.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-top:1px solid var(--line);vertical-align:top;padding:.35rem .5rem;white-space:pre-wrap;overflow-wrap:anywhere}
th{text-align:left}
del{background:var(--del);text-decoration:line-through}ins{background:var(--ins);text-decoration:none}
.moved{background:var(--mov)}a{color:inherit}
`;

/** A complete HTML document around `body` (already-escaped HTML). */
export function htmlPage(body: string, options: PageOptions): string {
  const lang = escapeHtml(options.lang ?? 'zh');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title)}</title>
<style>${BASE_CSS}${options.css ?? ''}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
