package io.github.vcrdeleteonfail.cucumber.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The main classes are Java 11 bytecode, so the plugin runs on Java 11 and later. */
class BytecodeLevelTest {

    private static final int JAVA_11 = 55;

    @Test
    void everyMainClassIsJava11Bytecode() throws IOException, URISyntaxException {
        Path classes =
                Path.of(
                        VcrDeleteOnFailPlugin.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        List<Path> files;
        try (Stream<Path> all = Files.walk(classes)) {
            files = all.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(majorVersion(file)).as(file.toString()).isEqualTo(JAVA_11);
        }
    }

    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile);
                DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        }
    }
}
