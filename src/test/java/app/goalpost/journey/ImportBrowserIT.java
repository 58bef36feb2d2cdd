package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium, through the real upload: a 3 MB baseline file saved by Excel on Windows (Windows-1252), which
 * the old dialog met with an empty dialog and no message, is received, checked and saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ImportBrowserIT extends BrowserSupport {

    @Autowired FunnelService funnels;

    @Test
    void aThreeMegabyteWindows1252BaselineIsImported() {
        AgencyFixture f = fixtures.agency("importjourney");
        fixtures.signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        Fixtures.signOut();
        signIn(f.owner(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/funnel/" + id));
        page.locator("#import-baseline").click();
        String text = "Étape;Volume;Dépense\nWebsite visitors;21 000;10 500,50\nLeads;630;\nMQL;150;\nSQL;90;\n"
                + "Opportunities;45;\nCustomers;18;\n" + ";;\n".repeat(1_000_000);
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("base.csv", "text/csv",
                text.getBytes(Charset.forName("windows-1252"))));
        assertThat(page.locator("#import-status")).hasText("Checked base.csv.");
        assertThat(page.locator("#import-preview")).containsText("€10,500.50");
        screenshot("import-large-baseline");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#funnel-totals")).containsText("€10,500.50");
    }
}
