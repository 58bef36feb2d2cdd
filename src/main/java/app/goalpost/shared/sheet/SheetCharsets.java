package app.goalpost.shared.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which charset a text file is in. A byte order mark decides (UTF-8, UTF-16 LE/BE); else a file that is valid
 * UTF-8 from start to end is UTF-8; else it is Windows-1252, which is what Excel on Windows writes as "CSV" in
 * Western European locales (a superset of ISO-8859-1 for printable characters), so "Leads qualifiés" survives.
 * Valid UTF-8 is decided on the whole file, not a prefix: an accented name on line 90,000 must not be mangled.
 */
public final class SheetCharsets {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A detected charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private SheetCharsets() {
    }

    public static Detected detect(SheetFile file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = file.open()) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isUtf8(SheetFile file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[64 * 1024];
        try (Reader reader = new InputStreamReader(file.open(), decoder)) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
