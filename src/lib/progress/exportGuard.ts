/**
 * The check of an exported progress file. Apart from ./guard.ts because only import (./transfer.ts, loaded on
 * first use) needs it, while guard.ts is in every page's shared script.
 */
import { checkDoc, isObj, isTime, result, show, type Checked } from './guard.ts';
import { EXPORT_FORMAT, type ProgressExport, type ProgressExportV2 } from './model.ts';

/** Checks an exported progress file: the current format (version 3) or one made by version 2 of the course. */
export function checkProgressExport(v: unknown): Checked<ProgressExport | ProgressExportV2> {
  return result(
    v,
    !isObj(v) || v.format !== EXPORT_FORMAT ? `that file is not a course progress export (it has no "format": "${EXPORT_FORMAT}")`
    : isTime(v.exportedAt) ? checkDoc(v, ['format', 'version', 'exportedAt'])
    : `"exportedAt" should be a time in milliseconds, found ${show(v.exportedAt)}`,
  );
}
