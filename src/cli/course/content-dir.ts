/** Reading what already exists in content/: modules, their orders, and lesson numbers and slugs. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LESSON_FILE_PATTERN } from '../../lib/course.ts';

/** A module folder found on disk. */
export interface ModuleOnDisk {
  slug: string;
  /** The `order` in its module.json, if the file exists and is readable. */
  order: number | undefined;
  hasModuleJson: boolean;
}

/** Lists module folders (directories directly under the content folder). */
export function listModules(contentDir: string): ModuleOnDisk[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((name) => !name.startsWith('.') && statSync(join(contentDir, name)).isDirectory())
    .map((slug) => {
      const file = join(contentDir, slug, 'module.json');
      let order: number | undefined;
      if (existsSync(file)) {
        try {
          const o = (JSON.parse(readFileSync(file, 'utf8')) as { order?: unknown }).order;
          if (typeof o === 'number') order = o;
        } catch {
          /* an unreadable module.json is the build's to report */
        }
      }
      return { slug, order, hasModuleJson: existsSync(file) };
    });
}

/** A lesson file found on disk. */
export interface LessonOnDisk {
  file: string;
  number: number;
  slug: string;
}

/** Lists lesson files of a module that follow the NN-slug.mdx naming. */
export function listLessons(moduleDir: string): LessonOnDisk[] {
  return readdirSync(moduleDir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) => {
      const m = LESSON_FILE_PATTERN.exec(file.slice(0, -'.mdx'.length));
      return m ? [{ file, number: Number(m[1]), slug: m[2]! }] : [];
    });
}
