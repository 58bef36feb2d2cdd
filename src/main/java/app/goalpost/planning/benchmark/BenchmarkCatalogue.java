package app.goalpost.planning.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned benchmark reference data (not tenant data), loaded from a UTF-8 tab-separated file:
 * {@code #} lines are comments, {@code # version: 2026.11} gives the version, the first other line is the header
 * {@code set set_name metric from_stage to_stage low median high unit publisher year title url note}.
 * {@code metric} is {@code rate} (percent, from → to) or {@code cost} (per unit of from_stage, unit = ISO currency).
 * The parser is strict – a wrong row fails the whole load with its line number – because silently skipping
 * reference data would show users numbers without their sources.
 */
public record BenchmarkCatalogue(String version, List<BenchmarkSet> sets) {

    public static final String RESOURCE = "/app/goalpost/planning/benchmarks.tsv";
    static final List<String> HEADER = List.of("set", "set_name", "metric", "from_stage", "to_stage", "low",
            "median", "high", "unit", "publisher", "year", "title", "url", "note");
    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public BenchmarkCatalogue {
        sets = List.copyOf(sets);
    }

    public Optional<BenchmarkSet> set(String key) {
        return sets.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Loads the catalogue shipped with the app; fails clearly if the resource is missing. */
    public static BenchmarkCatalogue fromClasspath() {
        InputStream in = BenchmarkCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("benchmark catalogue not found on the classpath: " + RESOURCE);
        }
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalogue; does not close the stream. */
    public static BenchmarkCatalogue load(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        boolean headerSeen = false;
        Map<String, SetBuilder> builders = new LinkedHashMap<>();
        int lineNo = 0;
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.startsWith("#")) {
                    Matcher m = VERSION.matcher(line);
                    if (m.matches()) {
                        if (version != null) {
                            throw new BenchmarkFormatException(lineNo, "second version line");
                        }
                        version = m.group(1);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!headerSeen) {
                    checkHeader(lineNo, f);
                    headerSeen = true;
                    continue;
                }
                parseRow(lineNo, f, builders);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw new BenchmarkFormatException(0, "no header line");
        }
        if (version == null) {
            throw new BenchmarkFormatException(0, "no '# version: ...' comment line");
        }
        List<BenchmarkSet> sets = new ArrayList<>();
        for (SetBuilder b : builders.values()) {
            sets.add(new BenchmarkSet(b.key, b.name, b.rates, b.costs));
        }
        return new BenchmarkCatalogue(version, sets);
    }

    private static void checkHeader(int lineNo, String[] f) {
        List<String> got = new ArrayList<>(List.of(f).stream().map(String::trim).toList());
        if (!got.equals(HEADER)) {
            throw new BenchmarkFormatException(lineNo, "header must be " + String.join(" <tab> ", HEADER)
                    + " but was " + String.join(" <tab> ", got));
        }
    }

    private static void parseRow(int n, String[] raw, Map<String, SetBuilder> builders) {
        // a trailing empty note may be cut off by editors: accept 13 or 14 fields
        if (raw.length != HEADER.size() && raw.length != HEADER.size() - 1) {
            throw new BenchmarkFormatException(n, "expected " + HEADER.size() + " tab-separated fields, got "
                    + raw.length);
        }
        String[] f = new String[HEADER.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = i < raw.length ? raw[i].trim() : "";
        }
        String setKey = key(n, f[0], "set");
        String setName = required(n, f[1], "set_name");
        String metric = required(n, f[2], "metric");
        String from = key(n, f[3], "from_stage");
        OptionalDouble low = number(n, f[5], "low", false);
        double median = number(n, f[6], "median", true).getAsDouble();
        OptionalDouble high = number(n, f[7], "high", false);
        String unit = required(n, f[8], "unit");
        Source source = source(n, f);

        SetBuilder b = builders.computeIfAbsent(setKey, k -> new SetBuilder(k, setName));
        if (!b.name.equals(setName)) {
            throw new BenchmarkFormatException(n, "set '" + setKey + "' has two names: '" + b.name + "' and '"
                    + setName + "'");
        }
        try {
            switch (metric) {
                case "rate" -> {
                    String to = key(n, f[4], "to_stage");
                    if (!unit.equals("percent")) {
                        throw new BenchmarkFormatException(n, "a rate must have unit 'percent', got '" + unit + "'");
                    }
                    Estimate e = new Estimate(pct(low), pct(median), pct(high));
                    b.rates.add(new BenchmarkRate(from, to, e, source));
                }
                case "cost" -> {
                    if (!f[4].isEmpty()) {
                        throw new BenchmarkFormatException(n, "a cost row must leave to_stage empty");
                    }
                    if (!CURRENCY.matcher(unit).matches()) {
                        throw new BenchmarkFormatException(n, "a cost needs an ISO currency unit, got '" + unit + "'");
                    }
                    Currency c;
                    try {
                        c = Currency.getInstance(unit);
                    } catch (IllegalArgumentException e) {
                        throw new BenchmarkFormatException(n, "unknown currency '" + unit + "'");
                    }
                    b.costs.add(new BenchmarkCost(from, c, dec(f[5]), new BigDecimal(f[6]), dec(f[7]), source));
                }
                default -> throw new BenchmarkFormatException(n, "metric must be 'rate' or 'cost', got '" + metric
                        + "'");
            }
        } catch (IllegalArgumentException e) {
            // range and sanity checks of the model types, re-thrown with the line number
            throw new BenchmarkFormatException(n, e.getMessage());
        }
    }

    private static Source source(int n, String[] f) {
        String publisher = required(n, f[9], "publisher");
        String yearText = required(n, f[10], "year");
        if (!yearText.matches("\\d{4}")) {
            throw new BenchmarkFormatException(n, "year must be a 4-digit year, got '" + yearText + "'");
        }
        String url = required(n, f[12], "url");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BenchmarkFormatException(n, "invalid url '" + url + "'");
        }
        try {
            return new Source(publisher, Integer.parseInt(yearText), f[11], uri,
                    f[13].isEmpty() ? Optional.empty() : Optional.of(f[13]));
        } catch (IllegalArgumentException e) {
            throw new BenchmarkFormatException(n, e.getMessage());
        }
    }

    private static String required(int n, String v, String column) {
        if (v.isEmpty()) {
            throw new BenchmarkFormatException(n, column + " is required");
        }
        return v;
    }

    private static String key(int n, String v, String column) {
        required(n, v, column);
        if (!KEY.matcher(v).matches()) {
            throw new BenchmarkFormatException(n, column + " must be a lowercase identifier, got '" + v + "'");
        }
        return v;
    }

    private static OptionalDouble number(int n, String v, String column, boolean required) {
        if (v.isEmpty()) {
            if (required) {
                throw new BenchmarkFormatException(n, column + " is required");
            }
            return OptionalDouble.empty();
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                throw new BenchmarkFormatException(n, column + " is negative: " + v);
            }
            return OptionalDouble.of(d.doubleValue());
        } catch (NumberFormatException e) {
            throw new BenchmarkFormatException(n, column + " is not a number: '" + v + "'");
        }
    }

    private static Optional<BigDecimal> dec(String v) {
        return v.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(v));
    }

    /** Percent → fraction through BigDecimal, so 2.9 becomes exactly the double nearest 0.029. */
    private static double pct(double percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }

    private static OptionalDouble pct(OptionalDouble percent) {
        return percent.isPresent() ? OptionalDouble.of(pct(percent.getAsDouble())) : percent;
    }

    private static final class SetBuilder {
        final String key;
        final String name;
        final List<BenchmarkRate> rates = new ArrayList<>();
        final List<BenchmarkCost> costs = new ArrayList<>();

        SetBuilder(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }
}
