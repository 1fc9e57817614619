package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Copying and comparing where the file system behaves otherwise than the usual Linux one: channels
 * that are not file channels, a transfer that stops short, listings in another order, FIFOs.
 */
class TreesCopyTest {

    @TempDir Path tmp;
    private Path a;
    private Path b;
    private byte[] bytes;

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        a = Files.createDirectories(tmp.resolve("a"));
        b = Files.createDirectories(tmp.resolve("b"));
        bytes = new byte[200_003];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(a.resolve("big.bin"), bytes);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void copiesThroughChannelsThatAreNotFileChannels(boolean handles) throws IOException {
        FileTime then = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        Files.setLastModifiedTime(a.resolve("big.bin"), then);

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            Folder plain = FaultyFolder.wrap(to).channelsThrough(Plain::new, Plain::new);
            Trees.copy(
                    FaultyFolder.wrap(from).channelsThrough(Plain::new, Plain::new),
                    Path.of("big.bin"),
                    plain,
                    Path.of("copy.bin"),
                    null);
        }

        assertThat(Files.readAllBytes(b.resolve("copy.bin"))).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(b.resolve("copy.bin"))).isEqualTo(then);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aTransferThatStopsShortIsFinishedByReading(boolean handles) throws IOException {
        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            Folder stalling =
                    FaultyFolder.wrap(from)
                            .channelsThrough(
                                    in -> new StallingChannel((FileChannel) in, 70_000),
                                    out -> out);
            Trees.copy(stalling, Path.of("big.bin"), to, Path.of("copy.bin"), null);
        }

        assertThat(Files.readAllBytes(b.resolve("copy.bin"))).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void foldersListedInAnotherOrderAreTheSame(boolean handles) throws IOException {
        for (Path side : new Path[] {a, b}) {
            Files.createDirectories(side.resolve("tree/inner"));
            Files.writeString(side.resolve("tree/one.yaml"), "1");
            Files.writeString(side.resolve("tree/two.yaml"), "2");
        }

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            Folder reversed = FaultyFolder.wrap(to).namesReversed();

            assertThat(Trees.same(from, Path.of("tree"), reversed, Path.of("tree"))).isTrue();
        }
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void twoFifosAreNeverTheSame(boolean handles) throws Exception {
        for (Path side : new Path[] {a, b}) {
            Process mkfifo = new ProcessBuilder("mkfifo", side.resolve("pipe").toString()).start();
            assertThat(mkfifo.waitFor()).isZero();
        }

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            assertThat(Trees.same(from, Path.of("pipe"), to, Path.of("pipe")))
                    .as("never opened, so never known to be equal")
                    .isFalse();
        }
    }

    /** A channel that is only a {@link SeekableByteChannel}, as another file system may give. */
    private static final class Plain implements SeekableByteChannel {
        private final SeekableByteChannel real;

        Plain(SeekableByteChannel real) {
            this.real = real;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return real.write(src);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return real.isOpen();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }

    /** A file channel whose transfers stop (move nothing) after a number of bytes. */
    private static final class StallingChannel extends FileChannel {
        private final FileChannel real;
        private long allowed;

        StallingChannel(FileChannel real, long allowed) {
            this.real = real;
            this.allowed = allowed;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target)
                throws IOException {
            long moved = real.transferTo(position, Math.min(count, allowed), target);
            allowed -= moved;
            return moved;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return real.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return real.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count)
                throws IOException {
            return real.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return real.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return real.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return real.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
