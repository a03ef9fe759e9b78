import { writeFileSync } from 'node:fs';

/** A Web Test Runner reporter that writes the number of passed and failed tests to a JSON file. */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as a failure even though it ran no test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
