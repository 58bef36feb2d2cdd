package app.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The client report: its content, who may read it, who may brand it, and the PDF rendered back to pixels. */
@IntegrationTest
class ReportServiceTest {

    static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

    @Autowired Fixtures fixtures;
    @Autowired ReportService reports;
    @Autowired BrandingService branding;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        f = fixtures.agency("report");
        other = fixtures.agency("reportother");
        fixtures.signIn(f.owner());
        branding.update("Northwind Reports", "#FF6600", -1);
        kpi(f.ws1Id(), "Qualified leads", 20);
        kpi(f.ws2Id(), "Secret pipeline", 5);
        fixtures.signIn(other.owner());
        branding.update("Foreign Branding", "#00aa00", -1);
        kpi(other.ws1Id(), "Foreign leads", 7);
        Fixtures.signOut();
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private void kpi(WorkspaceId ws, String name, int perDay) {
        long id = kpis.create(ws, KpiInput.count(name, 1000, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2026, 12, 1)); d = d.plusDays(1)) {
            rows.put(d, Optional.of(BigDecimal.valueOf(perDay)));
        }
        actuals.save(ws, new KpiId(id), Granularity.DAY, rows);
    }

    @Test
    void theClientReadsTheReportOfTheirWorkspaceWithTheirAgencysBrandingAndNothingElse() {
        fixtures.signIn(f.client());
        ClientReport report = reports.report(f.ws1Id(), NOVEMBER, Locale.FRENCH);
        assertThat(report.branding().displayName()).isEqualTo("Northwind Reports");
        assertThat(report.branding().accentColour()).isEqualTo("#ff6600");
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(report.kpis()).extracting(k -> k.kpi().name()).containsExactly("Qualified leads");
        assertThat(report.language()).isEqualTo(Locale.FRENCH);

        String html = ReportHtml.fragment(report);
        assertThat(html).contains("Qualified leads", "Northwind Reports", "<svg", "Ce qui a changé")
                .doesNotContain("Secret pipeline", "Foreign leads", "Foreign Branding");

        // another workspace of the same agency, and a workspace of another agency: not found, like a missing one
        assertThatThrownBy(() -> reports.report(f.ws2Id(), NOVEMBER, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reports.pdf(f.ws2Id(), NOVEMBER, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reports.report(other.ws1Id(), NOVEMBER, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void aManagerSeesOnlyAssignedWorkspacesAndAnotherAgencyNeverSeesOurs() {
        fixtures.signIn(f.manager());
        assertThat(reports.report(f.ws2Id(), NOVEMBER, Locale.ENGLISH).kpis()).extracting(k -> k.kpi().name())
                .containsExactly("Secret pipeline");
        assertThatThrownBy(() -> reports.report(f.ws3Id(), NOVEMBER, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);

        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> reports.report(f.ws1Id(), NOVEMBER, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        ClientReport theirs = reports.report(other.ws1Id(), NOVEMBER, Locale.ENGLISH);
        assertThat(theirs.branding().displayName()).isEqualTo("Foreign Branding");
        assertThat(ReportHtml.fragment(theirs)).doesNotContain("Northwind", "Qualified leads", "Secret pipeline");
    }

    @Test
    void aTargetChangeAndAStatusChangeAreInWhatChanged() {
        fixtures.signIn(f.owner());
        var kpi = kpis.list(f.ws1Id(), false).getFirst();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        var input = kpi.toInput();
        kpis.update(f.ws1Id(), new KpiId(kpi.id()), new KpiInput(input.name(), input.unit(), input.direction(),
                input.aggregation(), BigDecimal.valueOf(1200), input.periodStart(), input.periodEnd(),
                input.tolerance(), input.stageKey()), kpi.version(), "New budget from the client");
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        ClientReport report = reports.report(f.ws1Id(), NOVEMBER, Locale.ENGLISH);
        assertThat(report.changes()).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(ClientReport.Change.Type.TARGET);
            assertThat(c.subject()).isEqualTo("Qualified leads");
            assertThat(c.day()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        // before November the KPI had not started; at its end it is paced
        assertThat(report.changes()).anySatisfy(c -> assertThat(c.type()).isEqualTo(ClientReport.Change.Type.STATUS));
        // the other workspace's report knows nothing of it
        assertThat(reports.report(f.ws2Id(), NOVEMBER, Locale.ENGLISH).changes())
                .noneMatch(c -> c.type() == ClientReport.Change.Type.TARGET);
    }

    @Test
    void onlyTheOwnerChangesTheBrandingAndBadValuesWriteNothing() throws Exception {
        fixtures.signIn(f.admin());
        assertThat(branding.branding().displayName()).isEqualTo("Northwind Reports");
        long version = branding.branding().version();
        assertThatThrownBy(() -> branding.update("Admin's name", "#000000", version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> branding.uploadLogo(png(), version)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> branding.update("Manager's name", "#000000", version))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.client());
        assertThatThrownBy(() -> branding.removeLogo(version)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(f.owner());
        assertThatThrownBy(() -> branding.update("Fine", "orange", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("accentColour"));
        assertThatThrownBy(() -> branding.update("x".repeat(121), "#123456", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> branding.uploadLogo("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"));
        byte[] fakePng = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, fakePng, 0, 4);
        assertThatThrownBy(() -> branding.uploadLogo(fakePng, version)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> branding.uploadLogo(new byte[BrandingService.MAX_LOGO_BYTES + 1], version))
                .isInstanceOf(InvalidInputException.class);
        assertThat(branding.branding().displayName()).isEqualTo("Northwind Reports");
        assertThat(branding.branding().logo()).isEmpty();

        branding.uploadLogo(png(), version);
        assertThat(branding.branding().logo()).hasValueSatisfying(l -> assertThat(l.mimeType()).isEqualTo("image/png"));
        branding.update("", "#ff6600", branding.branding().version());
        assertThat(branding.branding().displayName()).startsWith("report Agency");
        // the other agency's branding is untouched and unseen
        fixtures.signIn(other.owner());
        assertThat(branding.branding().displayName()).isEqualTo("Foreign Branding");
        assertThat(branding.branding().logo()).isEmpty();
    }

    @Test
    void thePdfHasTheKpisTheAgencyItsAccentColourAndADrawnChart() throws Exception {
        fixtures.signIn(f.owner());
        branding.uploadLogo(png(), branding.branding().version());
        fixtures.signIn(f.client());
        byte[] pdf = reports.pdf(f.ws1Id(), NOVEMBER, Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 4);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Northwind Reports", "Qualified leads", "What changed", "Funnel baseline",
                    "Plan of record", "Growth levers", "Goal reviews", "November 2026")
                    .doesNotContain("Secret pipeline", "Foreign");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            File png = new File("/tmp/report-test-page1.png");
            ImageIO.write(page, "png", png);
            int accent = 0;
            int chartInk = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y) & 0xffffff;
                    if (near(rgb, 0xff6600)) {
                        accent++;
                    }
                    // the actual line in the status colour or the grey expected line
                    if (near(rgb, 0x1565c0) || near(rgb, 0x1a7f37) || near(rgb, 0xc62828) || near(rgb, 0x9ca3af)) {
                        chartInk++;
                    }
                }
            }
            assertThat(accent).as("accent colour pixels").isGreaterThan(200);
            assertThat(chartInk).as("pixels of the chart lines").isGreaterThan(300);
        }
    }

    private static boolean near(int rgb, int target) {
        int dr = Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff));
        int dg = Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff));
        int db = Math.abs((rgb & 0xff) - (target & 0xff));
        return dr + dg + db < 40;
    }

    static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0x7b1fa2)); // not the accent: the accent pixels must come from the report itself
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
