// Generates a package's custom-elements.json — the components' API lock, read by the docs playground and
// editors — from the sources' JSDoc (@custom-elements-manifest/analyzer), with modules sorted by path so
// the file is stable. With --check, fails instead when the committed file is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './lib/write-or-check.mjs';

const GLOBS = ['src/**/*.ts'];
const EXCLUDES = ['src/**/*.test.ts'];
const outdir = '.cem-generated'; // the analyzer resolves --outdir against the package folder

const args = ['cem', 'analyze', '--litelement', ...GLOBS.flatMap((glob) => ['--globs', glob]), ...EXCLUDES.flatMap((glob) => ['--exclude', glob]), '--outdir', outdir];
execFileSync('npx', args, { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
rmSync(outdir, { recursive: true, force: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
completeEvents(manifest);
markInternalStates(manifest);
const generated = `${JSON.stringify(manifest, null, 2)}\n`;

/**
 * The analyzer lists each `dispatchEvent(new JrmcXEvent(...))` as an event with a type but no name, and each
 * JSDoc `@event name - …` with a name but no type. The event classes declare their name (`static readonly
 * type = 'jrmc-…'`), so one pass joins the two: every event gets its name and its class, nameless entries go,
 * and an event whose class cannot be found fails the generation instead of shipping without a type.
 */
function completeEvents(manifest) {
  const source = readFileSync('src/events/jrmc-events.ts', 'utf8');
  const classByName = new Map();
  for (const [, className, eventName] of source.matchAll(/export class (\w+) extends JrmcEvent<[\s\S]*?static readonly type = '([\w-]+)'/g)) classByName.set(eventName, className);
  const problems = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.events) continue;
      declaration.events = declaration.events
        .filter((event) => event.name)
        .map((event) => {
          const className = classByName.get(event.name);
          if (className) return { ...event, type: { text: className } };
          if (event.type?.text) return event;
          if (!event.name.startsWith('jrmc-')) return { ...event, type: { text: 'Event' } }; // native: change, input
          problems.push(`${declaration.name}: event ${event.name} has no class in src/events/jrmc-events.ts`);
          return event;
        });
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * The elements declare their reactive properties in `static properties`; internal state is `{ state: true }`
 * there. The analyzer lists those fields as public ones, so frameworks' wrappers and the playground would offer
 * them as settable: they are marked private here (inherited ones too, from the module that declares them).
 */
function markInternalStates(manifest) {
  const statesByModule = new Map();
  for (const module of manifest.modules) {
    const block = readFileSync(module.path, 'utf8').match(/static (?:override )?properties = \{([\s\S]*?)\n {2}\};/);
    if (block) statesByModule.set(module.path, new Set([...block[1].matchAll(/^\s*(\w+): \{[^}\n]*\bstate: true/gm)].map((match) => match[1])));
  }
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const member of declaration.members ?? []) {
        const declaredIn = member.inheritedFrom?.module ?? module.path;
        if (statesByModule.get(declaredIn)?.has(member.name)) member.privacy = 'private';
      }
    }
  }
}

writeOrCheck('custom-elements.json', generated, 'pnpm --filter @jrmc/elements run manifest');
