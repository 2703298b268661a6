import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage(); const c = await p.context().newCDPSession(p);
await c.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 200 }); await c.send('Profiler.start');
await p.goto('http://127.0.0.1:4400' + process.argv[2], { waitUntil: 'networkidle' });
await p.waitForTimeout(500);
const { profile } = await c.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const f = n.callFrame; const key = (f.functionName || '(anon)') + ' ' + f.url.replace(/.*\//, '') + ':' + f.lineNumber; self.set(key, (self.get(key) || 0) + t); }
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, t]) => console.log((t / 1000).toFixed(1).padStart(7), 'ms', k));
await b.close();
