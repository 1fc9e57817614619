package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glue API when no plugin is registered in this JVM: the block runs as if unguarded. */
class DeleteOnFailTest {

    @TempDir Path temp;

    private Path cassette;
    private Path folderCassette;
    private List<Path> cassettes;

    @BeforeEach
    void noPluginIsRegistered() throws IOException {
        assertThat(ActiveRuns.acting(null, "test"))
                .as("another test left a run in progress in this JVM")
                .isNull();
        cassette = Files.writeString(temp.resolve("Fetch.yaml"), "recorded");
        folderCassette = Files.createDirectories(temp.resolve("Fetch_alice/mappings"));
        Files.writeString(folderCassette.resolve("m.json"), "{}");
        cassettes = List.of(cassette, folderCassette.getParent(), Path.of("users/relative.yaml"));
    }

    @Test
    void rethrowsTheVeryCheckedExceptionTheBlockThrew() {
        IOException thrown = new IOException("connection reset");

        Throwable caught =
                catchThrowable(
                        () ->
                                DeleteOnFail.run(
                                        cassettes,
                                        () -> {
                                            throw thrown;
                                        }));

        assertThat(caught).isSameAs(thrown);
        assertThat(caught).hasMessage("connection reset").hasNoSuppressedExceptions();
        assertCassettesKept();
    }

    @Test
    void rethrowsTheVeryRuntimeExceptionTheBlockThrew() {
        IllegalStateException thrown = new IllegalStateException("bad state");

        Throwable caught =
                catchThrowable(
                        () ->
                                DeleteOnFail.run(
                                        cassettes,
                                        () -> {
                                            throw thrown;
                                        }));

        assertThat(caught).isSameAs(thrown);
        assertThat(caught.getSuppressed()).isEmpty();
        assertCassettesKept();
    }

    @Test
    void rethrowsTheVeryAssertionErrorTheBlockThrew() {
        AssertionError thrown = new AssertionError("expected 200 but was 500");

        Throwable caught =
                catchThrowable(
                        () ->
                                DeleteOnFail.run(
                                        cassettes,
                                        () -> {
                                            throw thrown;
                                        }));

        assertThat(caught).isSameAs(thrown);
        assertThat(caught.getSuppressed()).isEmpty();
        assertCassettesKept();
    }

    @Test
    void callRethrowsTheVeryExceptionTheBlockThrew() {
        IOException thrown = new IOException("timeout");

        Throwable caught =
                catchThrowable(
                        () ->
                                DeleteOnFail.<String>call(
                                        cassettes,
                                        () -> {
                                            throw thrown;
                                        }));

        assertThat(caught).isSameAs(thrown);
        assertCassettesKept();
    }

    @Test
    void callRethrowsTheVeryErrorTheBlockThrew() {
        AssertionError thrown = new AssertionError("mismatch");

        Throwable caught =
                catchThrowable(
                        () ->
                                DeleteOnFail.<Integer>call(
                                        cassettes,
                                        () -> {
                                            throw thrown;
                                        }));

        assertThat(caught).isSameAs(thrown);
        assertCassettesKept();
    }

    @Test
    void callReturnsTheBlocksValue() throws Exception {
        Object value = new Object();

        Object returned = DeleteOnFail.call(cassettes, () -> value);

        assertThat(returned).isSameAs(value);
        assertCassettesKept();
    }

    @Test
    void callReturnsNullWhenTheBlockDoes() throws Exception {
        assertThat(DeleteOnFail.<String>call(cassettes, () -> null)).isNull();
    }

    @Test
    void runsTheBlockExactlyOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();

        DeleteOnFail.run(cassettes, runs::incrementAndGet);
        catchThrowable(
                () ->
                        DeleteOnFail.run(
                                cassettes,
                                () -> {
                                    runs.incrementAndGet();
                                    throw new IOException("once");
                                }));

        assertThat(runs).hasValue(2);
        assertCassettesKept();
    }

    @Test
    void runsTheBlockWithoutAnyCassette() throws Exception {
        assertThat(DeleteOnFail.call(List.of(), () -> 42)).isEqualTo(42);
    }

    private void assertCassettesKept() {
        assertThat(cassette).isRegularFile().hasContent("recorded");
        assertThat(folderCassette.resolve("m.json")).isRegularFile().hasContent("{}");
    }
}
