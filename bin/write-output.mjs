// The command line's output writer: a run's files written whole into a private folder beside --out,
// then moved into place, replacing only what fertility-qa wrote (bin/fertility-qa.mjs's split and pages).
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** A problem with what the user gave (a file, a folder, an option): said in one line, exit code 1. */
export class InputError extends Error {}

/** The file in each output folder that says fertility-qa wrote it, and what. */
export const MARKER = '.fertility-qa.json';

export const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

/** The marker's list of what a run wrote at the top of its folder, or undefined when `path` holds no marker (read without following a link). */
function markedEntries(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    const marker = JSON.parse(readFileSync(fd, 'utf8'));
    return marker?.writtenBy === 'fertility-qa' && Array.isArray(marker.entries) ? new Set(marker.entries) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why the folder at `path` (shown as `shown`) may not be replaced: a link, a file, or a folder holding what fertility-qa did not write; undefined when it is absent, empty or ours. */
/** Files a desktop puts in any folder it shows (Finder, Explorer): no reason to refuse a folder, replaced with it. */
const DESKTOP_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

function notOurs(path, shown = path) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
  if (stat.isSymbolicLink()) return `${shown} is a symbolic link; fertility-qa never writes through links. Remove it, or choose another --out.`;
  if (!stat.isDirectory()) return `${shown} exists and is not a directory.`;
  const names = readdirSync(path);
  const ours = names.length ? markedEntries(join(path, MARKER)) : new Set();
  const foreign = names.find((name) => name !== MARKER && !ours?.has(name) && !DESKTOP_FILES.has(name));
  if (foreign === undefined) return undefined;
  const older = ours === undefined || ours.size === 0 ? ' (an output of fertility-qa before 0.1.0 has no such file: remove that folder once)' : '';
  return `${shown} holds ${join(shown, foreign)}, which fertility-qa did not write; it replaces only an empty folder or one it wrote (with ${MARKER})${older}. Choose a new or empty --out.`;
}

/**
 * Writes a run's files (`[path, text]` pairs, relative to --out, made as they
 * are read) into a fresh folder made with mkdtemp beside `out` (so on the same
 * file system, and private: nobody can put a link in it; held by the working
 * directory, so renaming it does not redirect a write), counting their bytes
 * against `limit`, then moves it to `out`, replacing a folder there only if it
 * is empty or this tool wrote it (checked again once moved aside, where nobody
 * else can reach it). Nothing is written through a link or outside `out`, no
 * stale file of an earlier run stays, and on any refusal `out` is as it was.
 */
export function writeOutput(out, files, limit, bound = '20 × its size, 16 KB per question and 1 MB') {
  const refused = notOurs(out);
  if (refused) throw new InputError(refused);
  const target = resolve(out);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, '.fertility-qa-'));
  // The work folder is held by the process's working directory, not by its name: whoever can write
  // to the parent could rename it and put a link in its place, but every path below is read from
  // the folder itself (relative to the working directory), so it reaches this folder or nothing.
  const pinned = statSync(work);
  const home = process.cwd();
  process.chdir(work);
  let keep = false;
  try {
    const fresh = 'out';
    const folders = new Set([fresh]);
    const entries = new Set();
    let bytes = 0;
    mkdirSync(fresh);
    for (const [path, text] of files) {
      const file = join(fresh, path);
      if (!file.startsWith(fresh + sep)) throw new InputError(`${path} would be outside --out; nothing written.`);
      bytes += Buffer.byteLength(text);
      if (bytes > limit) throw new InputError(`the output would pass ${megabytes(limit)} MB, the most a run writes for this feed (${bound}): something in it is copied into many questions' files (an expert or category with long fields, named by many questions). Nothing written.`);
      if (!folders.has(dirname(file))) {
        mkdirSync(dirname(file), { recursive: true });
        folders.add(dirname(file));
      }
      try {
        writeFileSync(file, text, { flag: 'wx', mode: 0o644 });
      } catch (error) {
        if (error.code === 'EEXIST') throw new InputError(`two files would be written at ${path} (a file copied from beside the feed or the template has the name of one the run writes): nothing written. Rename that file.`);
        throw error;
      }
      entries.add(path.split('/')[0]);
    }
    writeFileSync(join(fresh, MARKER), `${JSON.stringify({ writtenBy: 'fertility-qa', entries: [...entries] })}\n`, { flag: 'wx', mode: 0o644 });
    try {
      renameSync(target, 'old');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    const changed = notOurs('old', target);
    if (changed) {
      keep = true; // not ours after all (changed since the first look): put it back, never delete it
      renameSync('old', target);
      keep = false;
      throw new InputError(changed);
    }
    renameSync(fresh, target);
  } finally {
    process.chdir(home);
    // Removed by name only while the name is still this folder (a link put in its place is left alone).
    const now = lstatSync(work, { throwIfNoEntry: false });
    if (!keep && now?.isDirectory() && now.dev === pinned.dev && now.ino === pinned.ino) rmSync(work, { recursive: true, force: true });
  }
}

