package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualEntry;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.DateRange;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.ui.SheetImportDialog;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared import dialog driving an actuals import. Karibu cannot send a file through an Upload, so the tests
 * call {@link SheetImportDialog#receive}, the method the upload listener calls, and {@link SheetImportDialog#confirm},
 * the one the Import button calls; both run on the worker thread and the test waits, then runs the UI updates.
 */
@UiTest
class ActualsImportDialogTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    AgencyFixture f;
    LocalDate start;
    long qualified;

    @BeforeEach
    void kpi() {
        f = fixtures.agency("importui");
        signIn(f.manager());
        start = pacing.today(f.ws1Id()).minusDays(10);
        qualified = kpis.create(f.ws1Id(), KpiInput.count("Leads qualifiés", 300, start, start.plusDays(89)));
        navigate("w/" + f.ws1() + "/kpis");
        _click(_get(Button.class, spec -> spec.withId("kpi-import")));
    }

    @SuppressWarnings("unchecked")
    private static SheetImportDialog<?> dialog() {
        return _get(SheetImportDialog.class);
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("import-status")).getText();
    }

    private static void await(CompletableFuture<Void> job) {
        job.join();
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void aFileWithErrorsIsPreviewedAndCannotBeImported() {
        SheetImportDialog<?> dialog = dialog();
        // read directly, not through a locator: a locator runs the worker's queued UI updates first
        Span status = _get(Span.class, spec -> spec.withId("import-status"));
        ProgressBar bar = dialog.getChildren().filter(ProgressBar.class::isInstance).map(ProgressBar.class::cast)
                .findFirst().orElseThrow();
        assertThat(bar.isVisible()).isFalse();
        Button stop = dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(c -> "import-stop".equals(c.getId().orElse(""))).map(Button.class::cast).findFirst()
                .orElseThrow();
        CompletableFuture<Void> job = dialog.receive(SheetFile.of("a.csv",
                ("date,kpi,value\n" + start + ",Leads qualifiés,3\n" + start + ",Nope,4\n")
                        .getBytes(StandardCharsets.UTF_8)));
        // at once, before the worker is done (its updates wait for the UI lock this test holds): a message, a
        // progress bar and a way to stop
        assertThat(status.getText()).isEqualTo("Reading and checking a.csv…");
        assertThat(bar.isVisible()).isTrue();
        assertThat(stop.isVisible()).isTrue();
        await(job);
        assertThat(status()).isEqualTo("Checked a.csv.");
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 lines: 1 with errors, 1 new values, 0 replacing existing values.");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("import-progress"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-stop"))).isEmpty();
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        await(dialog.confirm());
        assertThat(actuals.list(f.ws1Id(), new KpiId(qualified), DateRange.of(start, start.plusDays(89)))).isEmpty();
    }

    @Test
    void aWindows1252FileIsImportedAndTheDialogCloses() {
        SheetImportDialog<?> dialog = dialog();
        await(dialog.receive(SheetFile.of("réalisés.csv", ("Date;KPI;Valeur\n" + start + ";Leads qualifiés;3,5\n"
                + start.plusDays(1) + ";leads qualifiés;4\n").getBytes(Charset.forName("windows-1252")))));
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 lines: 0 with errors, 2 new values, 0 replacing existing values.");
        assertThat(dialog.confirmButton().isEnabled()).isTrue();
        Span status = _get(Span.class, spec -> spec.withId("import-status"));
        CompletableFuture<Void> write = dialog.confirm();
        assertThat(status.getText()).isEqualTo("Saving…");
        await(write);
        assertThat(_find(SheetImportDialog.class)).isEmpty();
        NotificationsKt.expectNotifications("2 values saved.");
        assertThat(actuals.list(f.ws1Id(), new KpiId(qualified), DateRange.of(start,
                start.plusDays(89)))).containsExactly(
                new ActualEntry(start, new BigDecimal("3.5")), new ActualEntry(start.plusDays(1), new BigDecimal("4")));
    }

    @Test
    void unreadableAndRefusedFilesGetAMessage() {
        SheetImportDialog<?> dialog = dialog();
        await(dialog.receive(SheetFile.of("broken.xlsx", "PK\u0003\u0004 no".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(status()).startsWith("The file could not be read");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        // what the browser reports for a file above the size limit (the upload never reaches the server)
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "big.csv"));
        assertThat(status()).isEqualTo("This file was not accepted: use a .csv or .xlsx file of at most 200 MB.");
    }
}
