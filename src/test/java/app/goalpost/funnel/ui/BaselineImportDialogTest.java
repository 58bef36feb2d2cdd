package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.ui.SheetImportDialog;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A baseline file as Excel on Windows saves it, and one of 3 MB (which the old dialog met with silence): both
 * get a message at once and a preview that can be saved. Karibu cannot send a file through an Upload, so the test
 * calls {@link SheetImportDialog#receive}, the method the upload listener calls.
 */
@UiTest
class BaselineImportDialogTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    @Test
    void aThreeMegabyteWindows1252FileIsReadAndSaved() {
        AgencyFixture f = fixtures.agency("baselineimport");
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        navigate("w/" + f.ws1() + "/funnel/" + id);
        _click(_get(Button.class, spec -> spec.withId("import-baseline")));
        SheetImportDialog<?> dialog = _get(SheetImportDialog.class);
        // "Dépense" in Windows-1252, then 3 MB of the empty lines a formatted export leaves behind
        String text = "Étape;Volume;Dépense\nWebsite visitors;21 000;10 500,50\nLeads;630;\nMQL;150;\nSQL;90;\n"
                + "Opportunities;45;\nCustomers;18;\n" + ";;\n".repeat(1_000_000);
        byte[] file = text.getBytes(Charset.forName("windows-1252"));
        assertThat(file.length).isGreaterThan(3_000_000);
        // read directly, not through a locator: a locator runs the worker's queued UI updates first
        Span status = _get(Span.class, spec -> spec.withId("import-status"));
        CompletableFuture<Void> job = dialog.receive(SheetFile.of("base.csv", file));
        assertThat(status.getText()).isEqualTo("Reading and checking base.csv…");
        job.join();
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("import-status")).getText()).isEqualTo("Checked base.csv.");
        assertThat(dialog.confirmButton().isEnabled()).isTrue();
        dialog.confirm().join();
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id)).rows().getFirst().spend())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10500.50"));
        assertThat(funnels.baseline(f.ws1Id(),
                new BaselineId(id)).rows().getFirst().volume()).isEqualByComparingTo("21000");
    }
}
