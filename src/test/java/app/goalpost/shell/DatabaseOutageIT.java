package app.goalpost.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.ThrowawayMariaDb;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database outage story on a real MySQL-protocol server that this test owns: MariaDB is killed
 * under the running application, the user saves and signs in, the server comes back, the save is retried and the
 * row is there. Tagged "mariadb-control": Failsafe runs it only when asked (.ci/run), since it starts and kills
 * its own mariadbd.
 */
@Tag("mariadb-control")
@SpringBootTest
@ActiveProfiles({"test", "mariadb"})
@Import(TestClockConfig.class)
class DatabaseOutageIT extends KaribuSupport {

    /** Started when the Spring context first asks for the URL, never merely because the class was loaded. */
    private static ThrowawayMariaDb db;

    private static synchronized ThrowawayMariaDb db() {
        if (db == null) {
            db = ThrowawayMariaDb.start();
        }
        return db;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> db().jdbcUrl());
        registry.add("spring.datasource.username", () -> ThrowawayMariaDb.USER);
        registry.add("spring.datasource.password", () -> ThrowawayMariaDb.PASSWORD);
    }

    @AfterAll
    static synchronized void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext web;

    @Test
    void theUserIsToldQuicklyKeepsTheInputAndTheRetrySavesAfterTheDatabaseReturns() throws Exception {
        AgencyFixture f = fixtures.agency("outage");
        signIn(f.owner());
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("create-workspace")));
        String name = "Outage Delta " + f.agencyId();
        fillWorkspaceForm(name);

        db().kill();

        // 1. the save fails within a few seconds (was: 30 s, then nothing), says so, and keeps the input
        Instant before = Instant.now();
        Throwable failure = clickSave();
        Duration saveTook = Duration.between(before, Instant.now());
        System.out.println("OUTAGE: save refused after " + saveTook.toMillis() + " ms");
        assertThat(failure).isNotNull();
        assertThat(saveTook).isLessThan(Duration.ofSeconds(10));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        assertThat(_get(Notification.class, spec -> spec.withId("error-notification")).getElement()
                .getProperty("text")).startsWith("The service is temporarily unavailable. Your input is kept");
        assertThat(_get(TextField.class, spec -> spec.withId("workspace-name")).getValue()).isEqualTo(name);

        // 2. signing in says "unavailable", not "wrong password"
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        // MockMvc's filter chain clears this thread's security context afterwards: keep the open page's sign-in
        var openPage = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        before = Instant.now();
        String target = mvc.perform(post("/login").param("username", f.manager())
                .param("password", Fixtures.PASSWORD).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        System.out.println("OUTAGE: sign-in answered after " + Duration.between(before, Instant.now()).toMillis()
                + " ms with " + target);
        assertThat(target).isEqualTo("/login?unavailable");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(openPage);

        // 3. the database returns: the same click saves (the pool reconnects by itself)
        db().startServer();
        Instant back = Instant.now();
        Throwable retry = clickSave();
        while (retry != null && Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            Thread.sleep(500);
            retry = clickSave();
        }
        System.out.println("OUTAGE: saved " + Duration.between(back, Instant.now()).toMillis()
                + " ms after the database was back");
        if (retry != null) {
            retry.printStackTrace(System.out);
        }
        assertThat(retry).as("save after the database returned").isNull();
        assertThat(jdbc.queryForObject("select count(*) from workspace where agency_id = ? and name = ?",
                Integer.class, f.agencyId(), name)).isEqualTo(1);

        // 4. opening a page during an outage shows the error page, rendered without the database
        db().kill();
        UI.getCurrent().navigate("users");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .startsWith("Goalpost cannot reach its database right now.");
        db().startServer();
    }

    private void fillWorkspaceForm(String name) {
        _get(TextField.class, spec -> spec.withId("workspace-name")).setValue(name);
        @SuppressWarnings("unchecked")
        ComboBox<Currency> currency = _get(ComboBox.class, spec -> spec.withId("workspace-currency"));
        currency.setValue(Currency.getInstance("EUR"));
        @SuppressWarnings("unchecked")
        ComboBox<ZoneId> zone = _get(ComboBox.class, spec -> spec.withId("workspace-zone"));
        zone.setValue(ZoneId.of("Europe/Paris"));
    }

    /** Clicks save as Vaadin would: an escaping exception is returned (Vaadin hands it to the error handler). */
    private static Throwable clickSave() {
        try {
            _click(_get(Button.class, spec -> spec.withId("save-workspace")));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
