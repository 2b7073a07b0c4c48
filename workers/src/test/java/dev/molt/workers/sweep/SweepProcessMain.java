package dev.molt.workers.sweep;

import java.nio.file.Path;
import java.time.Duration;

/** A sweep in its own JVM, so a test can kill it with SIGKILL: args ROOT CACHE RESUME(true|false). */
public final class SweepProcessMain {
    private SweepProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        String slow = "/bin/sh -c 'sleep 0.4; exec " + SweepFixture.python().executable() + " \"$0\"' {src}";
        SweepOptions base = SweepFixture.options(Path.of(args[0]), Path.of(args[1]), slow, 1,
                SweepFixture.limits(Duration.ofSeconds(20)));
        SweepOptions options = new SweepOptions(base.implementation(), "dev", 1, base.limits(), base.buildTimeout(),
                base.normalizations(), base.expectedFailures(), base.runEnvironment(), base.baseDir(), base.root(),
                base.oracleCacheDir(), base.launcherCacheDir(), base.summaryPath(), base.failuresPath(),
                base.logDir(), false, true, true, Boolean.parseBoolean(args[2]), Duration.ofSeconds(60),
                Duration.ofMillis(50));
        SweepResult result = new Sweep(options, SweepFixture.python(), SweepFixture.quiet())
                .run(SweepFixture.tests(SweepFixture.BASIC));
        System.out.println("resumed=" + result.resumed() + " passed=" + result.passed());
    }
}
