package io.github.vcrdeleteonfail.cucumber.sampleconfig;

import io.cucumber.java.BeforeAll;
import io.github.vcrdeleteonfail.cucumber.CassetteSettings;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import java.nio.file.Path;

/**
 * Glue that configures the plugin from a {@code @BeforeAll} hook, as users do; the specification
 * says what to set through the system property {@value #PROPERTY} (lines of {@code key=value}).
 */
public class GlueSettings {

    /** The system property holding the settings. */
    public static final String PROPERTY = "vcr.sample.glue-settings";

    @BeforeAll
    public static void configureCassettes() throws ReflectiveOperationException {
        CassetteSettings change = CassetteSettings.change();
        for (String line : System.getProperty(PROPERTY, "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            switch (key) {
                case "cassette-dir":
                    change.cassetteDir(Path.of(value));
                    break;
                case "extension":
                    change.extension(value);
                    break;
                case "namer":
                    change.namer(
                            (ScenarioCassetteNamer)
                                    Class.forName(value).getConstructor().newInstance());
                    break;
                case "failing-statuses":
                    change.failingStatuses(value.split(",\\s*"));
                    break;
                case "delete-tag":
                    change.deleteTag(value);
                    break;
                case "keep-tag":
                    change.keepTag(value);
                    break;
                case "enabled":
                    change.enabled(Boolean.parseBoolean(value));
                    break;
                case "report-only":
                    change.reportOnly(Boolean.parseBoolean(value));
                    break;
                default:
                    throw new IllegalArgumentException("unknown sample setting " + key);
            }
        }
        change.apply();
    }
}
