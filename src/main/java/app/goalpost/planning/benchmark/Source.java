package app.goalpost.planning.benchmark;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Where one benchmark number comes from. Every number carries its own source (agencies may mix sources). */
public record Source(String publisher, int year, String title, URI url, Optional<String> note) {

    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(note, "note");
        if (publisher.isBlank()) {
            throw new IllegalArgumentException("publisher is blank");
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("implausible publication year: " + year);
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
                || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL: " + url);
        }
    }

    public static Source of(String publisher, int year, String title, String url) {
        return new Source(publisher, year, title, URI.create(url), Optional.empty());
    }
}
