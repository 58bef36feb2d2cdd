package app.goalpost.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port, spoken to over real HTTP (see {@link WebClient}): the whole filter chain, Tomcat
 * and Vaadin's servlet. Forwarded headers are processed as in the mysql profile (native), so that what a
 * client may forward is tested too. Tagged "persistence": .ci/run runs these again on MariaDB.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
@Tag("persistence")
public @interface WebTest {
}
