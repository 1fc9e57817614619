package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fault seam itself: a no-op unless a JVM is started with the property, then a halt at exactly
 * the named point. That every point is reached by some operation is proven in one place, {@link
 * CrashRecoveryTest}, which halts a JVM at each of them.
 */
class CheckpointsTest {

    @Test
    void everyPointHasItsOwnName() {
        assertThat(Checkpoints.ALL).isNotEmpty().doesNotHaveDuplicates();
        assertThat(Checkpoints.ALL).allMatch(p -> p.matches("[a-z-]+(\\.[a-z-]+)+"));
    }

    @Test
    void withoutThePropertyEveryPointIsPassed() {
        assertThat(System.getProperty(Checkpoints.PROPERTY)).isNull();

        Checkpoints.ALL.forEach(Checkpoints::reach);

        // Still running: nothing halted this JVM.
        assertThat(Checkpoints.ALL).hasSizeGreaterThan(1);
    }

    @Test
    void aPointMissingFromTheListFailsUnderAssertions() {
        assumeTrue(Checkpoints.class.desiredAssertionStatus(), "assertions are off");

        assertThatThrownBy(() -> Checkpoints.reach("restore.after-nothing"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("restore.after-nothing");
    }

    @Test
    void aJvmStartedWithThePropertyHaltsAtThatPointAndNowhereElse() throws Exception {
        String point = "restore.after-aside";
        int index = Checkpoints.ALL.indexOf(point);

        Forked run = fork(point, Checkpoints.ALL);

        assertThat(run.status).isEqualTo(Checkpoints.HALT_STATUS);
        assertThat(run.passed).isEqualTo(Checkpoints.ALL.subList(0, index));
    }

    @Test
    void aJvmStartedWithoutThePropertyPassesEveryPoint() throws Exception {
        Forked run = fork(null, Checkpoints.ALL);

        assertThat(run.status).isZero();
        assertThat(run.passed).isEqualTo(Checkpoints.ALL);
    }

    private static final class Forked {
        final int status;
        final List<String> passed;

        Forked(int status, List<String> passed) {
            this.status = status;
            this.passed = passed;
        }
    }

    private static Forked fork(String haltAt, List<String> points)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-ea");
        if (haltAt != null) {
            command.add("-D" + Checkpoints.PROPERTY + "=" + haltAt);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CheckpointDriver.class.getName());
        command.addAll(points);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the driver did not end");
        }
        List<String> passed =
                output.lines()
                        .filter(l -> l.startsWith("passed "))
                        .map(l -> l.substring("passed ".length()))
                        .collect(Collectors.toList());
        return new Forked(process.exitValue(), passed);
    }
}
