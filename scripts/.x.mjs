import { bundlePage, pageOf } from './lib/bundle-page.mjs';
const r = await bundlePage(pageOf(...process.argv.slice(2)), { fromSource: true });
const all = r.outputFiles.map(f=>f.text).join('\n');
const counts = new Map();
for (const m of all.matchAll(/\.([a-zA-Z_$][\w$]{5,})/g)) counts.set(m[1], (counts.get(m[1])??0)+1);
const rows=[...counts].map(([k,c])=>[k,c,c*k.length]).sort((a,b)=>b[2]-a[2]).slice(0,50);
console.log(rows.map(r=>r.join(' ')).join('\n'));
