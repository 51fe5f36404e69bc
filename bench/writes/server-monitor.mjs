/**
 * Preloaded into the benchmark's server (NODE_OPTIONS=--import …, set by bench/writes/run.ts
 * only): every 5 s it prints the server process's event-loop delay, garbage-collection pauses and
 * CPU time, so the benchmark can tell a process blocked on its own (a synchronous SQLite busy
 * wait, a long render, GC) from one the machine gave too little CPU. The app has no part in it.
 */
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

// npm and the start-up's child processes inherit NODE_OPTIONS too; only the server reports.
if (process.argv.some((a) => a.endsWith("scripts/start.ts"))) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });
  setInterval(() => {
    const cpu = process.cpuUsage();
    const line = {
      at: Date.now(),
      loopP50: delay.percentile(50) / 1e6,
      loopP99: delay.percentile(99) / 1e6,
      loopMax: delay.max / 1e6,
      gcMs,
      gcMaxMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssMb: process.memoryUsage().rss / 2 ** 20,
    };
    console.log(`BENCH-MONITOR ${JSON.stringify(line)}`);
    delay.reset();
    gcMs = 0;
    gcMaxMs = 0;
  }, 5000).unref();
}
