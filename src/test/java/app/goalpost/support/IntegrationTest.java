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
 * A Spring Boot test on the test database (H2, or MariaDB in .ci/run) with the movable clock. Tagged
 * "persistence": .ci/run runs exactly these classes again on the MySQL-protocol server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
@Tag("persistence")
public @interface IntegrationTest {
}
