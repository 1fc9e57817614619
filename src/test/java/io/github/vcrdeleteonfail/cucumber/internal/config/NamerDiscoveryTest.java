package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.samplenamers.EscapingNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Namers registered for {@link java.util.ServiceLoader}, and how the key 'namer' beats them. */
class NamerDiscoveryTest {

    private static final String SERVICES =
            "META-INF/services/io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer";
    private static final String NAMERS = "io.github.vcrdeleteonfail.cucumber.samplenamers.";

    @TempDir Path temp;

    private Path workingDir;
    private final List<URLClassLoader> classLoaders = new ArrayList<>();

    @BeforeEach
    void createWorkingDir() throws IOException {
        workingDir = Files.createDirectory(temp.toRealPath().resolve("project"));
    }

    @AfterEach
    void closeClassLoaders() throws IOException {
        for (URLClassLoader classLoader : classLoaders) {
            classLoader.close();
        }
    }

    @Test
    void usesTheSingleRegisteredNamerAndSaysSo() throws IOException {
        ClassLoader classLoader = classpath(registration(NAMERS + "FlatJsonNamer\n"));

        Configuration configuration = load(classLoader, null);

        assertThat(configuration.namer()).isInstanceOf(FlatJsonNamer.class);
        assertThat(configuration.origin("namer"))
                .isEqualTo("ServiceLoader registration of " + NAMERS + "FlatJsonNamer");
    }

    @Test
    void readsARegistrationWithCommentsAndBlankLines() throws IOException {
        ClassLoader classLoader =
                classpath(
                        registration(
                                "# the project's namer\n\n  "
                                        + NAMERS
                                        + "FlatJsonNamer  # flat\n"));

        assertThat(load(classLoader, null).namer()).isInstanceOf(FlatJsonNamer.class);
    }

    @Test
    void countsAClassRegisteredTwiceOnce() throws IOException {
        ClassLoader classLoader =
                classpath(
                        registration(NAMERS + "FlatJsonNamer\n"),
                        registration(NAMERS + "FlatJsonNamer\n"));

        assertThat(load(classLoader, null).namer()).isInstanceOf(FlatJsonNamer.class);
    }

    @Test
    void refusesTwoRegisteredNamersListingBoth() throws IOException {
        ClassLoader classLoader =
                classpath(registration(NAMERS + "FlatJsonNamer\n" + NAMERS + "EncryptedNamer\n"));

        assertThatThrownBy(() -> load(classLoader, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("several ScenarioCassetteNamer classes are registered")
                .hasMessageContaining(SERVICES)
                .hasMessageContaining(NAMERS + "FlatJsonNamer")
                .hasMessageContaining(NAMERS + "EncryptedNamer")
                .hasMessageContaining("Choose one with the key 'namer'.");
    }

    @Test
    void refusesTwoNamersRegisteredInDifferentJars() throws IOException {
        ClassLoader classLoader =
                classpath(
                        registration(NAMERS + "EscapingNamer\n"),
                        registration(NAMERS + "FlatJsonNamer\n"));

        assertThatThrownBy(() -> load(classLoader, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(NAMERS + "EscapingNamer, " + NAMERS + "FlatJsonNamer")
                .hasMessageContaining("Choose one with the key 'namer'.");
    }

    @Test
    void refusesARegistrationOfAMissingClass() throws IOException {
        ClassLoader classLoader = classpath(registration("com.example.MissingNamer\n"));

        assertThatThrownBy(() -> load(classLoader, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("a ScenarioCassetteNamer registered in " + SERVICES)
                .hasMessageContaining("cannot be loaded")
                .hasMessageContaining("com.example.MissingNamer")
                .hasMessageContaining(
                        "Fix or remove that registration, or name a namer with the key 'namer'.");
    }

    @Test
    void refusesARegistrationOfAClassThatIsNotANamer() throws IOException {
        ClassLoader classLoader = classpath(registration(NAMERS + "NotANamer\n"));

        assertThatThrownBy(() -> load(classLoader, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("cannot be loaded")
                .hasMessageContaining(NAMERS + "NotANamer");
    }

    @Test
    void refusesARegisteredNamerWhoseConstructorThrows() throws IOException {
        ClassLoader classLoader = classpath(registration(NAMERS + "ExplodingConstructorNamer\n"));

        assertThatThrownBy(() -> load(classLoader, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("cannot be loaded")
                .hasMessageContaining(NAMERS + "ExplodingConstructorNamer")
                .hasMessageContaining("constructor failed on purpose");
    }

    @Test
    void prefersTheKeyNamerToARegistration() throws IOException {
        ClassLoader classLoader = classpath(registration(NAMERS + "FlatJsonNamer\n"));
        Path file =
                Files.writeString(
                        workingDir.resolve("vcr.yaml"), "namer: " + NAMERS + "EscapingNamer\n");

        Configuration configuration = load(classLoader, "vcr.yaml");

        assertThat(configuration.namer()).isInstanceOf(EscapingNamer.class);
        assertThat(configuration.origin("namer")).isEqualTo("key 'namer' from file " + file);
    }

    @Test
    void prefersTheKeyNamerToSeveralOrBrokenRegistrations() throws IOException {
        ClassLoader classLoader =
                classpath(
                        registration(NAMERS + "FlatJsonNamer\ncom.example.MissingNamer\n"),
                        registration(NAMERS + "EncryptedNamer\n"));

        Configuration configuration =
                new ConfigurationLoader(
                                classLoader,
                                workingDir,
                                Map.of("vcr.delete-on-fail.namer", NAMERS + "EscapingNamer"),
                                Map.of())
                        .load(null);

        assertThat(configuration.namer()).isInstanceOf(EscapingNamer.class);
        assertThat(configuration.origin("namer"))
                .isEqualTo("key 'namer' from system property vcr.delete-on-fail.namer");
    }

    @Test
    void usesTheDefaultNamerWithTheConfiguredExtensionWithoutARegistration() throws IOException {
        ClassLoader classLoader = classpath(Files.createDirectory(temp.resolve("empty")));
        Files.writeString(workingDir.resolve("vcr.yaml"), "extension: .json\n");

        Configuration configuration = load(classLoader, "vcr.yaml");

        assertThat(configuration.namer()).isInstanceOf(DefaultCassetteNamer.class);
        assertThat(configuration.namer()).hasToString("DefaultCassetteNamer[extension=.json]");
        assertThat(configuration.origin("namer")).isEqualTo("built-in defaults");
    }

    // --- helpers ---

    private Configuration load(ClassLoader classLoader, String location) {
        return new ConfigurationLoader(classLoader, workingDir).load(location);
    }

    /** A classpath folder holding one registration file with the given content. */
    private Path registration(String content) throws IOException {
        Path folder = Files.createTempDirectory(temp, "classes");
        Path file = folder.resolve(SERVICES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return folder;
    }

    /** A class loader over the folders whose parent sees the test classes (the sample namers). */
    private ClassLoader classpath(Path... folders) throws IOException {
        URL[] urls = new URL[folders.length];
        for (int i = 0; i < folders.length; i++) {
            urls[i] = folders[i].toUri().toURL();
        }
        URLClassLoader classLoader = new URLClassLoader(urls, getClass().getClassLoader());
        classLoaders.add(classLoader);
        return classLoader;
    }
}
