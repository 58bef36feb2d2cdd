package app.goalpost.demo;

import app.goalpost.tenancy.AgencyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo agency ({@link DemoData}) once, into an empty database, only when
 * {@code goalpost.demo-data.enabled} is true (the default profile; never the mysql profile).
 */
@Component
@ConditionalOnProperty(name = "goalpost.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AgencyService agencies;
    private final DemoData demo;

    DemoDataLoader(AgencyService agencies, DemoData demo) {
        this.agencies = agencies;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!agencies.isEmpty()) {
            return;
        }
        DemoData.Logins logins = DemoData.Logins.DEFAULT;
        demo.seed(logins);
        log.info("Loaded the demo agency: sign in as {} / {}", logins.owner(), logins.password());
    }
}
