package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigLayers;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.NameCollisions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's configuration until it becomes final: glue code may change it ({@code CassetteSettings})
 * until the first scenario starts or a glue call needs it; then the {@link Services} are built,
 * once, and nothing changes any more.
 */
final class RunSetup {

    private final ConfigLayers layers;
    private final DryRunSources dryRun;
    private final String runId;
    private final Object lock = new Object();
    private Map<String, Object> glueSettings = Map.of();
    private volatile Configuration config;
    private NameCollisions collisions; // made at the first feature parsed; guarded by lock
    private boolean collisionsMade;
    private volatile Services services;
    private volatile ScenarioHandler handler;
    private volatile String frozenBy;
    private volatile boolean frozenByScenario;

    RunSetup(ConfigLayers layers, DryRunSources dryRun, String runId) {
        this.layers = layers;
        this.dryRun = dryRun;
        this.runId = runId;
        configure(layers.resolve(Map.of()));
    }

    private void configure(Configuration configuration) {
        synchronized (lock) {
            this.config = configuration;
            this.collisions = null; // made again from this configuration when first needed
            this.collisionsMade = false;
        }
    }

    /**
     * The namer's checked names, relative to the cassette folder; none when it fails. Made by its
     * own method: where this class is made, verifying the code loads the interface it implements.
     */
    private static final class RelativeNames implements NameCollisions.Naming {
        private final NamerCall namer;

        private RelativeNames(NamerCall namer) {
            this.namer = namer;
        }

        static NameCollisions check(Configuration configuration) {
            NamerCall namer = new NamerCall(configuration.namer(), configuration.cassetteDir());
            return new NameCollisions(new RelativeNames(namer), true);
        }

        @Override
        public List<Path> cassettesFor(ScenarioInfo scenario) {
            List<Path> paths = new ArrayList<>();
            for (CassettePath path : namer.name(scenario).paths) {
                paths.add(Path.of(path.toString()));
            }
            return paths;
        }
    }

    Configuration configuration() {
        return config;
    }

    /**
     * The check of colliding default names, made at the first call (the first feature parsed, not
     * the constructor), or null when the namer is not the default one.
     */
    NameCollisions collisions() {
        synchronized (lock) {
            if (!collisionsMade) {
                collisionsMade = true;
                Configuration configuration = config;
                // Only the default namer's names are compared: a custom namer may share on purpose.
                if (configuration.namer() instanceof DefaultCassetteNamer) {
                    collisions = RelativeNames.check(configuration);
                }
            }
            return collisions;
        }
    }

    void apply(Map<String, Object> settings) {
        synchronized (lock) {
            if (services != null) {
                throw new IllegalStateException(
                        "vcr-delete-on-fail: CassetteSettings can only change the configuration"
                                + " before the first scenario starts, and "
                                + frozenBy
                                + (frozenByScenario
                                        ? " has already started. Call it from a static @BeforeAll"
                                                + " hook."
                                        : " was called first. Apply the settings before it, in"
                                                + " the same static @BeforeAll hook."));
            }
            Map<String, Object> merged = new HashMap<>(glueSettings);
            merged.putAll(settings);
            configure(layers.resolve(merged));
            glueSettings = Map.copyOf(merged);
        }
    }

    /**
     * The services, built once when the configuration becomes final.
     *
     * @param by what makes it final, described by its {@code toString} (escaped), read only then
     */
    Services services(Object by) {
        Services acting = services;
        if (acting != null) {
            return acting;
        }
        synchronized (lock) {
            if (services == null) {
                Services built = new Services(config, runId, dryRun.runSource());
                frozenBy = String.valueOf(by);
                frozenByScenario = by instanceof InFlight;
                try {
                    // Published only once started: the repair of what dead runs left comes first.
                    // A scenario of another thread that went ahead meanwhile could record a
                    // cassette that the repair then puts back as it was before a dead run.
                    built.start();
                } finally {
                    handler = new ScenarioHandler(built);
                    services = built;
                }
            }
            return services;
        }
    }

    /** The services if the configuration became final, else null: nothing to finish. */
    Services servicesOrNull() {
        return services;
    }

    ScenarioHandler handler(Object by) {
        services(by);
        return handler;
    }
}
