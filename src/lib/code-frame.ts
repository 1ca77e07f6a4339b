/**
 * A Shiki transformer that wraps each highlighted code block in a `<figure class="code">`,
 * with a `<figcaption>` when the fence has a title (```json title="task-definition.json").
 * The copy button is added by the shared browser script (src/ui/copy-code.ts), because a
 * button that needs JS to work should not exist without it.
 */
import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';

/** Reads `title="…"` (or title='…') from a code fence's meta string. */
export function parseCodeTitle(meta: string | undefined): string | undefined {
  if (!meta) return undefined;
  const m = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  const title = m?.[1] ?? m?.[2] ?? m?.[3];
  return title?.trim() || undefined;
}

/** Human names for the languages lessons use, shown when a block has no title. */
const LANGUAGE_LABELS: Record<string, string> = {
  bash: 'Terminal',
  sh: 'Terminal',
  shell: 'Terminal',
  json: 'JSON',
  text: 'Text',
  plaintext: 'Text',
  yaml: 'YAML',
  ts: 'TypeScript',
  js: 'JavaScript',
};

/** The transformer; pass it in `markdown.shikiConfig.transformers`. */
export function codeFrame(): ShikiTransformer {
  return {
    name: 'course:code-frame',
    pre(node) {
      // Scrollable regions must be reachable by keyboard (axe: scrollable-region-focusable).
      node.properties['tabindex'] = '0';
    },
    root(root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      const meta: unknown = this.options.meta;
      const raw = typeof meta === 'string' ? meta : (meta as { __raw?: string } | undefined)?.__raw;
      const title = parseCodeTitle(raw);
      const lang = String(this.options.lang ?? 'text');
      const children: ElementContent[] = [];
      if (title) {
        pre.properties['aria-label'] = title;
        children.push({
          type: 'element',
          tagName: 'figcaption',
          properties: { className: ['code-title'] },
          children: [{ type: 'text', value: title }],
        });
      } else {
        pre.properties['aria-label'] = `${LANGUAGE_LABELS[lang] ?? lang} code`;
      }
      children.push(pre);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code'], dataLang: lang },
        children,
      };
      root.children = [figure];
    },
  };
}
