package dev.termin.booking.adapter.redis.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SlotLockBenchmark}: latency percentiles with one thread (sample time, µs), then throughput with 1 and
 * 4 threads (ops/s). Redis is the embedded server unless {@code TERMIN_BENCH_REDIS_URL} names another. Results also
 * go to {@code target/jmh-*.json}. Command: {@code mvn -q -pl adapter-redis -am process-test-classes -Pbench}.
 */
public final class SlotLockBench {

    private SlotLockBench() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = SlotLockBenchmark.class.getName() + ".*";
        Options latency = new OptionsBuilder()
                .include(include)
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(1)
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .resultFormat(ResultFormatType.JSON).result("target/jmh-latency.json")
                .build();
        new Runner(latency).run();
        for (int threads : new int[] {1, 4}) {
            Options throughput = new OptionsBuilder()
                    .include(include)
                    .mode(Mode.Throughput)
                    .timeUnit(TimeUnit.SECONDS)
                    .threads(threads)
                    .forks(1)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                    .resultFormat(ResultFormatType.JSON).result("target/jmh-throughput-" + threads + ".json")
                    .build();
            new Runner(throughput).run();
        }
    }
}
