package dev.jsonbench.bench.conformance;

/**
 * What one backend did with one document.
 *
 * @param outcome what happened
 * @param detail  the library's message (rejected), the reason (crashed, timed out, no verdict, skipped); null when
 *                accepted
 * @param digest  the digest of the accepted value ({@code fixtures/DIGEST.md}), when the runner gave one
 */
public record Verdict(Outcome outcome, String detail, String digest) {

    /** The kinds of verdict, as the matrix counts them. */
    public enum Outcome {
        accepted, rejected,
        /** The library threw something other than its own error, or its process died (Go/Rust: a panic). */
        crashed,
        /** Over the time limit for one document: the process was killed. */
        timed_out,
        /** The runner could not give a verdict (an unreadable file, a library not running as itself). */
        no_verdict,
        /** The backend did not run at all (its toolchain is missing, its build failed). */
        skipped;

        /** Whether the library itself gave this answer (accepted or rejected). */
        public boolean isVerdict() {
            return this == accepted || this == rejected;
        }
    }

    public static Verdict accepted(String digest) {
        return new Verdict(Outcome.accepted, null, digest);
    }

    public static Verdict rejected(String message) {
        return new Verdict(Outcome.rejected, message, null);
    }

    public static Verdict of(Outcome outcome, String detail) {
        return new Verdict(outcome, detail, null);
    }
}
