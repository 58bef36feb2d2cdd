package app.goalpost.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link ClientReport} to PDF on the server: the {@link ReportHtml} fragment in an XHTML page with the
 * report stylesheet (frontend/report.css, the one the browser prints with), laid out by openhtmltopdf and written
 * by PDFBox; inline SVG charts through Batik. No browser and no external service.
 * <p>
 * Fonts: DejaVu Sans when the system has it (Debian's fonts-dejavu-core), which covers French and every currency
 * sign; otherwise the PDF base fonts, for which the narrow no-break spaces of French numbers become no-break spaces.
 */
@Component
public class ReportPdf {

    private static final String CSS = "META-INF/resources/goalpost/report.css";
    private static final File[] FONT_DIRS = {new File("/usr/share/fonts/truetype/dejavu"),
            new File("/usr/share/fonts/dejavu")};

    private final String css;

    ReportPdf() {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(CSS)) {
            css = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(ClientReport report) {
        String html = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + report.language().getLanguage() + "\"><head><meta charset=\"UTF-8\"/><title>"
                + ReportHtml.escape(report.workspaceName()) + "</title><style>" + css + "</style></head><body>"
                + ReportHtml.fragment(report) + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            File regular = font("DejaVuSans.ttf");
            if (regular != null) {
                builder.useFont(regular, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                File bold = font("DejaVuSans-Bold.ttf");
                if (bold != null) {
                    builder.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            } else {
                html = html.replace('\u202f', '\u00a0');
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static @Nullable File font(String name) {
        for (File dir : FONT_DIRS) {
            File f = new File(dir, name);
            if (f.isFile()) {
                return f;
            }
        }
        return null;
    }
}
