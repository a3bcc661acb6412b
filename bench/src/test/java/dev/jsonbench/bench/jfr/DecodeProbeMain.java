package dev.jsonbench.bench.jfr;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.fixtures.ApiResponseGenerator;
import dev.jsonbench.fixtures.Fixtures;
import java.nio.file.Path;

/**
 * Records the allocations of real tree decodes of the bundled fixture with stack traces, in a JVM started with
 * -XX:-UseTLAB by {@code FlameGraphsTest}. Args: backend, warm-up, iterations, recording file and, optionally, a
 * size in bytes to decode a generated document of at least that size instead. Prints "events eventBytes threadId".
 */
public final class DecodeProbeMain {

    static Object sink;

    public static void main(String[] args) throws Exception {
        JsonDecoder decoder = JsonDecoders.get(args[0]);
        byte[] input = args.length > 4 ? new ApiResponseGenerator(1).generate(Integer.parseInt(args[4])) : Fixtures.apiResponse();
        AllocationCount count = AllocationCounter.count(n -> {
            for (int i = 0; i < n; i++) {
                sink = decoder.decodeTree(input);
            }
        }, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), true);
        System.out.println(count.events() + " " + count.eventBytes() + " " + Thread.currentThread().threadId());
    }
}
