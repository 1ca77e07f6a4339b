/**
 * Per-page values the lesson route puts on Astro.locals for the MDX components it renders,
 * so their error messages can name the lesson file and their saved drafts can be keyed by lesson.
 */
declare namespace App {
  interface Locals {
    /** The lesson file being rendered, e.g. "content/ecs-fargate/01-what-is-ecs.mdx". */
    lessonFile?: string;
    /** The lesson's progress key, e.g. "ecs-fargate/what-is-ecs". */
    lessonKey?: string;
    /** ExplainIt ids already used on this page (ids must be unique per lesson). */
    explainItIds?: Set<string>;
  }
}
