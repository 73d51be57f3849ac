// Builds the extension into dist/ (Chromium) and dist-firefox/ (Firefox), then zips both into
// target/: keyhaven-extension.zip is what the Chrome Web Store takes.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { zipDir } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => `${root}${p}`;

await build({ configFile: at('vite.config.ts'), logLevel: 'warn' });
await build({ configFile: at('vite.content.config.ts'), logLevel: 'warn' });

const manifest = JSON.parse(readFileSync(at('manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
manifest.version = pkg.version;
writeFileSync(at('dist/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// Firefox: an event page instead of a service worker, a fixed add-on id, no offscreen document
// (the clipboard is then not cleared by a timer).
const firefox = structuredClone(manifest);
firefox.background = { scripts: ['background.js'], type: 'module' };
firefox.permissions = firefox.permissions.filter((p) => p !== 'offscreen');
delete firefox.minimum_chrome_version;
firefox.browser_specific_settings = {
  gecko: { id: 'extension@keyhaven.pro', strict_min_version: '128.0' },
};
rmSync(at('dist-firefox'), { recursive: true, force: true });
cpSync(at('dist'), at('dist-firefox'), { recursive: true });
rmSync(at('dist-firefox/offscreen'), { recursive: true, force: true });
rmSync(at('dist-firefox/offscreen.js'), { force: true });
writeFileSync(at('dist-firefox/manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);

mkdirSync(at('target'), { recursive: true });
const n = zipDir(at('dist'), at('target/keyhaven-extension.zip'));
zipDir(at('dist-firefox'), at('target/keyhaven-extension-firefox.zip'));
console.log(`extension: ${n} files in target/keyhaven-extension.zip (and -firefox.zip)`);
