package app.goalpost.shared.sheet;

import app.goalpost.shared.sheet.SheetException.Reason;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a CSV or XLSX file row by row, handing each non-blank row to the caller as it is read:
 * memory does not grow with the file. CSV goes through Apache Commons CSV (RFC 4180 quotes) after
 * {@link SheetCharsets} picked the charset and {@link #separator} the separator; XLSX through POI's SAX event
 * reader, with numbers as stored (not as displayed: a display format may round or add a currency sign) and date
 * cells as ISO dates. Progress is the share of the file's bytes read; cancellation is checked every
 * {@value #CHECK_EVERY} rows. A row consumer's exception stops the read and reaches the caller unchanged.
 */
public final class SheetReader {

    static final int CHECK_EVERY = 1000;

    private SheetReader() {
    }

    public static void read(SheetFile file, SheetProgress progress, Consumer<SheetRow> rows) {
        if (file.isXlsx()) {
            xlsx(file, progress, rows);
        } else if (file.isCsv()) {
            csv(file, progress, rows);
        } else {
            throw new SheetException(Reason.UNSUPPORTED, file.name(), null);
        }
        progress.report(1);
    }

    /** Text pasted from a spreadsheet (tab separated as copied, or typed with ; or ,). */
    public static void readText(String text, Consumer<SheetRow> rows) {
        String t = text == null ? "" : text.startsWith("\ufeff") ? text.substring(1) : text;
        try {
            parse(new BufferedReader(new StringReader(t)), SheetProgress.NONE, () -> 0, 1, rows);
        } catch (IOException e) {
            throw new SheetException(Reason.UNREADABLE, "pasted text", e);
        }
    }

    /**
     * The one separator rule: on the first non-blank line, outside quotes, the most frequent of tab, semicolon and
     * comma (a tie goes to that order: a French "1,5;2" is two cells); comma when there is none.
     */
    public static char separator(String firstLine) {
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    private static void csv(SheetFile file, SheetProgress progress, Consumer<SheetRow> rows) {
        try {
            SheetCharsets.Detected charset = SheetCharsets.detect(file);
            try (CountingStream counted = new CountingStream(file.open())) {
                counted.skipNBytes(charset.bomLength());
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, charset.charset()), 64 * 1024);
                parse(reader, progress, counted::count, Math.max(1, file.size()), rows);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SheetException(Reason.UNREADABLE, file.name(), e);
        }
    }

    private static void parse(BufferedReader reader, SheetProgress progress, java.util.function.LongSupplier bytesRead,
            long size, Consumer<SheetRow> rows) throws IOException {
        char separator = separator(firstNonBlankLine(reader));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int count = 0;
            while (true) {
                // the record starts on the line after the last one the parser finished
                long before = parser.getCurrentLineNumber();
                if (!hasNext(records)) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    if (value.indexOf('\0') >= 0) {
                        throw new SheetException(Reason.UNREADABLE, "binary data", null);
                    }
                    cells.add(value.strip());
                }
                SheetRow row = new SheetRow((int) before + 1, cells);
                if (!row.isBlank()) {
                    rows.accept(row);
                }
                if (++count % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(Math.min(1.0, (double) bytesRead.getAsLong() / size));
                }
            }
        }
    }

    /** Commons CSV reports a syntax error (an unterminated quote) as an unchecked IO exception. */
    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SheetException(Reason.UNREADABLE, "CSV syntax", e);
        }
    }

    private static String firstNonBlankLine(BufferedReader reader) throws IOException {
        reader.mark(1024 * 1024);
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return "";
        } finally {
            reader.reset();
        }
    }

    private static void xlsx(SheetFile file, SheetProgress progress, Consumer<SheetRow> rows) {
        try (OPCPackage pkg = file.path().isPresent()
                ? OPCPackage.open(file.path().get().toFile(), PackageAccess.READ) : OPCPackage.open(file.open())) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (CountingStream sheet = new CountingStream(sheets.next())) {
                long size = Math.max(1, sheets.getSheetPart().getSize());
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(rows, progress, () -> (double) sheet.count() / size), new RawValues(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConsumerFailure failure) {
                    throw failure.original;
                }
            }
            // POI fails in many ways on a damaged or foreign file; all mean the same to the user
            throw new SheetException(Reason.UNREADABLE, file.name(), e);
        }
    }

    /** Collects a row's cells by column (cells may be missing) and hands the row on at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<SheetRow> rows;
        private final SheetProgress progress;
        private final java.util.function.DoubleSupplier fraction;
        private final List<String> cells = new ArrayList<>();
        private int count;

        Rows(Consumer<SheetRow> rows, SheetProgress progress, java.util.function.DoubleSupplier fraction) {
            this.rows = rows;
            this.progress = progress;
            this.fraction = fraction;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }

        @Override
        public void endRow(int rowNum) {
            SheetRow row = new SheetRow(rowNum + 1, cells);
            try {
                if (!row.isBlank()) {
                    rows.accept(row);
                }
                if (++count % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(Math.min(1.0, fraction.getAsDouble()));
                }
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        }
    }

    /** Carries the caller's own exception through the SAX parser, which may wrap it. */
    private static final class ConsumerFailure extends RuntimeException {
        private final RuntimeException original;

        ConsumerFailure(RuntimeException original) {
            super(original);
            this.original = original;
        }
    }

    /** Numbers as stored and dates as ISO dates, whatever the cell's display format. */
    private static final class RawValues extends DataFormatter {

        RawValues() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904);
                return time.toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
