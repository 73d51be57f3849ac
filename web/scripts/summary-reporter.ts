import type { Reporter } from 'vitest/reporters';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

/** Prints the plain closing line CI reads ("N passed, N failed, N skipped") after Vitest's own output. */
export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = []) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const visit = (t: Task) => {
      if (t.type === 'test') {
        if (t.result?.state === 'pass') passed++;
        else if (t.result?.state === 'fail') failed++;
        else skipped++;
      }
      t.tasks?.forEach(visit);
    };
    files.forEach(visit);
    process.stdout.write(
      `vitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
