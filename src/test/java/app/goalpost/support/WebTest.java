package app.goalpost.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port, spoken to over real HTTP (see {@link WebClient}): the whole filter chain, Tomcat
 * and Vaadin's servlet. Forwarded headers are processed as in the mysql profile (native), with 127.0.0.2
 * configured as the one trusted proxy (requests from 127.0.0.1 are clients), so that both what a client may
 * forward and what a proxy forwards are tested. The password encoder is a spy (tests count its calls).
 * One annotation for all these classes, so that they share one application context.
 * Tagged "persistence": .ci/run runs these again on MariaDB.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "goalpost.trusted-proxies=127\\.0\\.0\\.2"})
@MockitoSpyBean(types = PasswordEncoder.class)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
@Tag("persistence")
public @interface WebTest {
}
