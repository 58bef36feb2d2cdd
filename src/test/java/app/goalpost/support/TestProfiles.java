package app.goalpost.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * "test" always; plus "mariadb" when GOALPOST_TEST_DB_URL names a MySQL-protocol server, so the same
 * persistence and isolation tests run on H2 in ./mvnw verify and on MariaDB in .ci/run.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onExternalDatabase() {
        String url = System.getenv("GOALPOST_TEST_DB_URL");
        return url != null && !url.isBlank();
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onExternalDatabase() ? new String[] {"test", "mariadb"} : new String[] {"test"};
    }
}
