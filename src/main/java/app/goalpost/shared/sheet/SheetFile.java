package app.goalpost.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An uploaded file that can be opened more than once: charset detection reads it before the parser does, and an
 * import checks a file in one pass and writes it in another. Uploads are temporary files on disk (nothing of a
 * large file is kept on the heap); tests and pasted text use bytes.
 */
public final class SheetFile {

    private final String name;
    private final long size;
    private final Path path;
    private final byte[] bytes;

    private SheetFile(String name, long size, Path path, byte[] bytes) {
        this.name = name == null ? "" : name;
        this.size = size;
        this.path = path;
        this.bytes = bytes;
    }

    public static SheetFile of(String name, byte[] bytes) {
        return new SheetFile(name, bytes.length, null, bytes.clone());
    }

    public static SheetFile of(String name, Path path) {
        try {
            return new SheetFile(name, Files.size(path), path, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    /** The file on disk, when it is one: POI reads a workbook from a file with random access and little memory. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    public boolean isXlsx() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public boolean isCsv() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
    }
}
