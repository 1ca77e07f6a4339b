/**
 * The components every lesson can use without importing them. This list is the public surface
 * for authors: add a component here and document it in src/pages/authoring/components.astro.
 */
import Aside from './Aside.astro';
import Recap from './Recap.astro';
import ExplainIt from './ExplainIt.astro';
import TaskDefinitionEditor from './editor/TaskDefinitionEditor.astro';

/** Passed to `<Content components={…} />` by the lesson route. */
export const mdxComponents = { Aside, Recap, ExplainIt, TaskDefinitionEditor } as const;
