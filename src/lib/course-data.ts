/**
 * The course as the site sees it: content collections fed through {@link buildCourse}.
 * Memoised per build, so each page does not re-query and re-validate.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, type Course, type CourseLesson } from './course.ts';

/** A lesson of the site, carrying its content entry (for `render()`). */
export type SiteLesson = CourseLesson<CollectionEntry<'lessons'>>;
/** The site's course. */
export type SiteCourse = Course<CollectionEntry<'lessons'>>;

let cached: Promise<SiteCourse> | undefined;

/** Loads and validates the course. Drafts are kept only in `astro dev`. */
export function getCourse(): Promise<SiteCourse> {
  if (!cached || import.meta.env.DEV) {
    cached = (async () => {
      const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
      return buildCourse(modules, lessons, { includeDrafts: import.meta.env.DEV });
    })();
  }
  return cached;
}
