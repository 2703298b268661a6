import { chromium } from '@playwright/test';
import fs from 'node:fs'; import { SourceMapConsumer } from 'source-map-js';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage(); const c = await p.context().newCDPSession(p);
await c.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 200 }); await c.send('Profiler.start');
await p.goto('http://127.0.0.1:4402' + process.argv[2], { waitUntil: 'networkidle' });
await p.waitForTimeout(500);
const { profile } = await c.send('Profiler.stop');
const maps = {};
const where = (f) => { if (!f.url.includes('/assets/')) return f.url.replace(/.*\//,''); const file = '/tmp/dist-sm/assets/' + f.url.replace(/.*\//, ''); if (!fs.existsSync(file + '.map')) return f.url.replace(/.*\//,''); maps[file] ??= new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8'))); const o = maps[file].originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }); return (o.source || '?').replace(/.*node_modules\//, '').replace(/.*src\//, 'src/') + ':' + o.line + ' ' + (o.name || ''); };
const byId = new Map(profile.nodes.map(n => [n.id, n])); const self = new Map(); const incl = new Map();
const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children || []) parent.set(ch, n.id);
profile.samples.forEach((id, i) => { const t = profile.timeDeltas[i] || 0; const n = byId.get(id); const k = (n.callFrame.functionName||'(anon)') + ' @ ' + where(n.callFrame); self.set(k, (self.get(k) || 0) + t);
  // inclusive for app source frames
  const seen = new Set(); let cur = id; while (cur) { const m = byId.get(cur); const w = where(m.callFrame); if (w.startsWith('src/')) { const kk = (m.callFrame.functionName||'(anon)') + ' @ ' + w; if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk)||0)+t); } } cur = parent.get(cur); } });
console.log('--- self'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 22).forEach(([k, t]) => console.log((t / 1000).toFixed(1).padStart(7), 'ms', k));
console.log('--- inclusive app frames'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, t]) => console.log((t / 1000).toFixed(1).padStart(7), 'ms', k));
await b.close();
