package app.goalpost.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main sources is {@code @NullMarked} (JSpecify) through its package-info.java, so
 * "not null unless annotated {@code @Nullable}" holds everywhere, not only in the planning engine. A new
 * package without it fails here, with its name.
 */
class NullMarkedPackagesTest {

    @Test
    void everyMainPackageIsNullMarked() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.goalpost")) {
            packages.add(c.getPackageName());
        }
        assertThat(packages).as("main packages found").contains("app.goalpost", "app.goalpost.planning");
        List<String> unmarked = packages.stream().filter(p -> !nullMarked(p)).toList();
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false; // no package-info.java at all
        }
    }
}
