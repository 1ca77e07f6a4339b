/**
 * Starter files the scaffold writes. Every value is written as JSON, which is also valid YAML, so
 * titles with colons or quotes need no escaping rules of their own. The unit tests check that
 * what these produce passes the real schemas.
 */

/** A new module.json. */
export function moduleJson(title: string, order: number): string {
  const data = {
    title,
    summary: `TODO: two or three sentences on what learners get from "${title}".`,
    order,
    objectives: ['TODO: what learners can do after this module'],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A new lesson file: frontmatter (a draft), a first section and a recap. */
export function lessonMdx(title: string, order: number): string {
  const j = (v: unknown) => JSON.stringify(v);
  return `---
title: ${j(title)}
description: ${j(`TODO: one sentence saying what "${title}" teaches.`)}
objectives:
  - ${j('TODO: what the learner will be able to do')}
estimatedMinutes: 10
order: ${order}
draft: true
---

Start with why this matters to the learner, in two or three sentences.

## First idea

Explain one idea per section. Use \`##\` and \`###\` headings: they build the table of contents.

<Aside type="tip">
Asides hold tips, notes and cautions. See /authoring/components/ for every component.
</Aside>

<Recap>

- TODO: the first thing to remember.

</Recap>
`;
}
