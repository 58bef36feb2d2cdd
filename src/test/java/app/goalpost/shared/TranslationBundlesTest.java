package app.goalpost.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and French bundles carry the same keys, and every literal key used in the code exists. */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrench() throws IOException {
        int found = 0;
        Set<String> seen = new HashSet<>();
        for (String bundle : GoalpostI18NProvider.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            if (TranslationBundlesTest.class.getResource(path + ".properties") == null) {
                assertThat(TranslationBundlesTest.class.getResource(path + "_fr.properties")).as(path).isNull();
                continue;
            }
            found++;
            Properties en = load(path + ".properties");
            Properties fr = load(path + "_fr.properties");
            assertThat(en).as(path).isNotEmpty();
            assertThat(fr.stringPropertyNames()).as("keys missing in French in " + path)
                    .containsAll(en.stringPropertyNames());
            assertThat(en.stringPropertyNames()).as("keys missing in English in " + path)
                    .containsAll(fr.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(seen.add(key)).as("key " + key + " defined in two bundles").isTrue();
            }
        }
        assertThat(found).isPositive();
    }

    /** With arguments, MessageFormat treats a single quote as an escape: "qu'une {0}" would lose text. */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String bundle : GoalpostI18NProvider.BUNDLES) {
            for (String suffix : new String[] {".properties", "_fr.properties"}) {
                String path = "/" + bundle.replace('.', '/') + suffix;
                if (TranslationBundlesTest.class.getResource(path) == null) {
                    continue;
                }
                Properties texts = load(path);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*")) {
                        assertThat(text.replace("''", "")).as(path + " " + key).doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties en = new Properties();
        for (String bundle : GoalpostI18NProvider.BUNDLES) {
            String path = "/" + bundle.replace('.', '/') + ".properties";
            if (TranslationBundlesTest.class.getResource(path) != null) {
                en.putAll(load(path));
            }
        }
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String key : used) {
            if (key.endsWith(".")) {
                // A prefix completed with an enum name: at least one such key must exist.
                assertThat(en.stringPropertyNames()).as(key + "*").anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(en.stringPropertyNames()).as(key).contains(key);
            }
        }
    }

    @Test
    void everyEnumValueShownToUsersHasALabel() throws IOException {
        Properties en = load("/vaadin-i18n/translations.properties");
        for (var role : app.goalpost.security.AgencyRole.values()) {
            assertThat(en).containsKey("role." + role.name());
        }
        for (var stage : app.goalpost.workspace.CompanyStage.values()) {
            assertThat(en).containsKeys("stage." + stage.name(), "baseline.recommendation." + stage.name());
        }
        for (var industry : app.goalpost.workspace.Industry.values()) {
            assertThat(en).containsKey("industry." + industry.name());
        }
        for (var access : app.goalpost.workspace.ClientAccess.values()) {
            assertThat(en).containsKey("access." + access.name());
        }
    }

    @Test
    void frenchIsServedInFrenchAndArgumentsAreFormatted() {
        assertThat(GoalpostI18NProvider.translate("menu.users", Locale.FRENCH)).isEqualTo("Utilisateurs");
        assertThat(GoalpostI18NProvider.translate("menu.users", Locale.GERMAN)).isEqualTo("Users");
        assertThat(GoalpostI18NProvider.translate("password.help", Locale.ENGLISH, 10)).isEqualTo("At least 10 characters.");
        assertThat(GoalpostI18NProvider.translate("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
