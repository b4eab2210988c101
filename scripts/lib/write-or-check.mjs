// Generated files committed to the repo (docs/openapi.json, custom-elements.json) are written by their
// generator, or — with --check — compared to what it would write, failing CI when someone forgot to regenerate.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `content` to `file`, or with `--check` on the command line exits 1 when the file differs.
 * @param {string} file
 * @param {string} content
 * @param {string} regenerate - the command that regenerates it, for the failure message
 */
export function writeOrCheck(file, content, regenerate) {
  if (!process.argv.includes('--check')) {
    writeFileSync(file, content);
    console.log(`Wrote ${file}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (committed !== content) {
    console.error(`${file} is out of date: run \`${regenerate}\` and commit it.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
}
