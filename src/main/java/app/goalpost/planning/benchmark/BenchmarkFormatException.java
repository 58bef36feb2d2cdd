package app.goalpost.planning.benchmark;

/** A malformed benchmark file; the message names the line (1-based) and what is wrong. */
public class BenchmarkFormatException extends RuntimeException {

    private final int line;

    public BenchmarkFormatException(int line, String message) {
        super(line > 0 ? "benchmarks line " + line + ": " + message : "benchmarks: " + message);
        this.line = line;
    }

    /** 1-based line number, or 0 when the problem is not tied to a line (e.g. missing header). */
    public int line() {
        return line;
    }
}
