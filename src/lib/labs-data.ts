/**
 * The labs as the site sees them: the `labs` content collection (frontmatter validated by the lab schema),
 * with each folder's `starter.*` files added as virtual files and the lesson each lab belongs to resolved
 * to its page. Build-time only (Astro frontmatter).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { addStarterFiles, type Lab } from '../labs/index.ts';
import type { SiteCourse } from './course-data.ts';

/** A lab of the site. */
export interface SiteLab {
  /** Folder name, e.g. "02-first-service"; also the URL segment and the progress key. */
  id: string;
  url: string;
  /** The lab with its starter files merged in (what `startLab` needs). */
  lab: Lab;
  entry: CollectionEntry<'labs'>;
  /** The folder's `starter.*` files by file name. */
  starters: Record<string, string>;
  /** The lesson the lab belongs to, when its frontmatter names one that exists. */
  lesson?: { title: string; url: string; key: string };
  moduleTitle: string;
}

// Every starter file of every lab folder, as text (`labs/<id>/starter.<name>`).
const STARTERS = import.meta.glob<string>('../../labs/*/starter.*', { query: '?raw', import: 'default', eager: true });

function startersOf(id: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(STARTERS)) {
    const m = /\/labs\/([^/]+)\/(starter\.[^/]+)$/.exec(path);
    if (m && m[1] === id) files[m[2]!] = text;
  }
  return files;
}

/** All labs in folder order. Throws (failing the build) for a lab whose lesson or starter files are wrong. */
export async function getLabs(course: SiteCourse): Promise<SiteLab[]> {
  const entries = (await getCollection('labs')).sort((a, b) => a.id.localeCompare(b.id));
  return entries.map((entry) => {
    const lab = structuredClone(entry.data) as Lab;
    const starters = startersOf(entry.id);
    const problems = addStarterFiles(lab, starters);
    if (problems.length > 0) throw new Error(`labs/${entry.id}/index.mdx: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    const mod = course.modules.find((m) => m.slug === lab.module);
    if (!mod) throw new Error(`labs/${entry.id}/index.mdx: "module" names "${lab.module}", which is not a module (modules: ${course.modules.map((m) => m.slug).join(', ')}).`);
    let lesson: SiteLab['lesson'];
    if (lab.lesson !== undefined) {
      const found = mod.lessons.find((l) => l.entry.id === `${mod.slug}/${lab.lesson}` || l.slug === lab.lesson);
      if (!found) throw new Error(`labs/${entry.id}/index.mdx: "lesson" names "${lab.lesson}", which is not a lesson of module "${mod.slug}".`);
      lesson = { title: found.title, url: found.url, key: found.key };
    }
    return { id: entry.id, url: `/labs/${entry.id}/`, lab, entry, starters, moduleTitle: mod.data.title, ...(lesson && { lesson }) };
  });
}

/** The labs that belong to a lesson (by its progress key). */
export function labsOfLesson(labs: readonly SiteLab[], lessonKey: string): SiteLab[] {
  return labs.filter((l) => l.lesson?.key === lessonKey);
}
