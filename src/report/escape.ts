// Every piece of document text goes through here before it reaches HTML: a document that contains
// `<script>` or `<img onerror=…>` must show them as text. (Kept self-contained in src/report/; the align
// formatter in src/format/ has its own page shell. The lead may merge the two.)
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
