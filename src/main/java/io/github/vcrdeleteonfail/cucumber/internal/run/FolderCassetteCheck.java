package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKey;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warns, once per run, when a default cassette turns out to be a folder whose name carries the
 * default namer's extension ({@code users/Fetch_a_user.yaml/}): a recorder that writes folders,
 * such as WireMock, was given the default cassette path while {@code extension} still adds a file
 * extension. The folder is handled either way; the warning says how to get plain folder names.
 * Where a strategy already looked at the cassette (delete, quarantine, restore's snapshot), its
 * answer is used, so the check costs no system call; otherwise the cassette is looked at through
 * the kept folder handles, or through checked paths when the run touches no file.
 */
final class FolderCassetteCheck {

    private final CassetteFolder folder;
    private final Path cassetteDir;
    private final String extension;
    private final String origin;
    private final boolean applies;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * Creates the check.
     *
     * @param config the run's configuration
     * @param folder the run's cassette folder, whose kept handles the check looks through; null
     *     when the run touches no file (then through checked paths)
     */
    FolderCassetteCheck(Configuration config, CassetteFolder folder) {
        this.folder = folder;
        this.cassetteDir = config.cassetteDir();
        this.extension = config.extension();
        this.origin = config.origin(ConfigKey.EXTENSION);
        // Only the default namer's names come from the key; a custom namer chose its own.
        this.applies = config.namer() instanceof DefaultCassetteNamer && !extension.isEmpty();
    }

    /**
     * Looks at the default cassettes of a scenario at its start, after the strategy prepared them:
     * what the strategy saw (restore's snapshot) is used, and only the others are looked at.
     *
     * @param scenario the scenario
     * @param defaults the cassettes the default namer gave it
     * @param prepared the scenario's unit of the strategy, or null when none prepared anything
     */
    void check(ScenarioInfo scenario, List<CassettePath> defaults, Strategy.Unit prepared) {
        check(scenario, defaults, List.of(), prepared);
    }

    /**
     * Looks at the default cassettes of a scenario once they were handled.
     *
     * @param scenario the scenario
     * @param defaults the cassettes the default namer gave it
     * @param handled what the strategy did, and saw, with the scenario's cassettes
     */
    void check(ScenarioInfo scenario, List<CassettePath> defaults, List<Handled> handled) {
        check(scenario, defaults, handled, null);
    }

    private void check(
            ScenarioInfo scenario,
            List<CassettePath> defaults,
            List<Handled> handled,
            Strategy.Unit prepared) {
        if (!applies || warned.get()) {
            return;
        }
        for (CassettePath cassette : defaults) {
            if (cassette.name().endsWith(extension)
                    && isFolder(cassette, handled, prepared)
                    && warned.compareAndSet(false, true)) {
                String name = cassette.toString();
                PluginLog.warn(
                        "vcr-delete-on-fail: the default cassette "
                                + Printable.of(name)
                                + " of scenario "
                                + Printable.of(scenario)
                                + " is a folder, yet its name ends with the extension '"
                                + Printable.of(extension)
                                + "' (key 'extension', "
                                + origin
                                + "). Recorders that write folders, such as WireMock, want names"
                                + " without one: set extension: \"\" and the cassette becomes "
                                + Printable.of(
                                        name.substring(0, name.length() - extension.length()))
                                + " (recorded afresh under that name). The folder is handled"
                                + " either way; this is said once per run.");
                return;
            }
        }
    }

    private boolean isFolder(CassettePath cassette, List<Handled> handled, Strategy.Unit prepared) {
        for (Handled h : handled) {
            if (h.target().path().equals(cassette) && h.wasFolder() != null) {
                return h.wasFolder();
            }
        }
        Boolean seen = prepared == null ? null : prepared.sawFolder(cassette);
        if (seen != null) {
            return seen;
        }
        return folder != null
                ? folder.isFolder(cassette)
                : CassetteFolder.isFolder(cassetteDir, cassette);
    }
}
