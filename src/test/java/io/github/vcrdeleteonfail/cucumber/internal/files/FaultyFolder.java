package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real {@link Folder} whose chosen calls on chosen names fail, for the failures a test run as
 * root cannot provoke on a real file system (permission bits do not stop root). Sub-folders it
 * opens or creates fail the same way, so a name can be failed at any depth ("sub/name").
 */
final class FaultyFolder implements Folder {

    /** The calls that can be made to fail. */
    enum Call {
        DELETE_FILE,
        DELETE_FOLDER,
        TYPE_OF,
        OPEN
    }

    private final Folder real;
    private final String prefix;

    /** What happens before a call: it may change the file system, or throw. */
    interface Action {
        void run() throws IOException;
    }

    /** What the folder and the sub-folders it opens share. */
    private static final class Faults {
        final Map<String, Action> actions = new HashMap<>();
        boolean namesReversed;
        UnaryOperator<SeekableByteChannel> reads = UnaryOperator.identity();
        UnaryOperator<SeekableByteChannel> writes = UnaryOperator.identity();
    }

    private final Faults faults;
    private final Map<String, Action> actions;

    private FaultyFolder(Folder real, String prefix, Faults faults) {
        this.real = real;
        this.prefix = prefix;
        this.faults = faults;
        this.actions = faults.actions;
    }

    /** Wraps a real folder that fails nothing yet. */
    static FaultyFolder wrap(Folder real) {
        return new FaultyFolder(real, "", new Faults());
    }

    /**
     * Lists names in the reverse of the real order, as a file system listing in another order would
     * (ext4 lists two folders with the same names in the same order, tmpfs need not).
     */
    FaultyFolder namesReversed() {
        faults.namesReversed = true;
        return this;
    }

    /** Passes every channel opened for reading, then for writing, through a wrapper. */
    FaultyFolder channelsThrough(
            UnaryOperator<SeekableByteChannel> reads, UnaryOperator<SeekableByteChannel> writes) {
        faults.reads = reads;
        faults.writes = writes;
        return this;
    }

    /** Makes every call of a kind on a relative path ("a/b") fail with an exception. */
    FaultyFolder failing(Call call, String relative, IOException failure) {
        actions.put(
                call + " " + relative,
                () -> {
                    throw failure;
                });
        return this;
    }

    /** Runs an action just before the next call of a kind on a relative path, once. */
    FaultyFolder onceBefore(Call call, String relative, Action action) {
        String key = call + " " + relative;
        actions.put(
                key,
                () -> {
                    actions.remove(key);
                    action.run();
                });
        return this;
    }

    private void check(Call call, Path name) throws IOException {
        Action action = actions.get(call + " " + prefix + name);
        if (action != null) {
            action.run();
        }
    }

    private Folder sub(Folder opened, Path name) {
        return new FaultyFolder(opened, prefix + name + "/", faults);
    }

    @Override
    public Path path() {
        return real.path();
    }

    @Override
    public boolean isHandle() {
        return real.isHandle();
    }

    @Override
    public BasicFileAttributes attributes(Path name) throws IOException {
        return real.attributes(name);
    }

    @Override
    public Type typeOf(Path name) throws IOException {
        check(Call.TYPE_OF, name);
        return real.typeOf(name);
    }

    @Override
    public Folder open(Path name) throws IOException {
        check(Call.OPEN, name);
        return sub(real.open(name), name);
    }

    @Override
    public List<Path> names() throws IOException {
        List<Path> names = new ArrayList<>(real.names());
        if (faults.namesReversed) {
            Collections.reverse(names);
        }
        return names;
    }

    @Override
    public void deleteFile(Path name) throws IOException {
        check(Call.DELETE_FILE, name);
        real.deleteFile(name);
    }

    @Override
    public void deleteFolder(Path name) throws IOException {
        check(Call.DELETE_FOLDER, name);
        real.deleteFolder(name);
    }

    @Override
    public void move(Path name, Folder target, Path targetName) throws IOException {
        real.move(
                name,
                target instanceof FaultyFolder ? ((FaultyFolder) target).real : target,
                targetName);
    }

    @Override
    public SeekableByteChannel read(Path name) throws IOException {
        return faults.reads.apply(real.read(name));
    }

    @Override
    public SeekableByteChannel createNew(Path name) throws IOException {
        return faults.writes.apply(real.createNew(name));
    }

    @Override
    public Path readLink(Path name) throws IOException {
        return real.readLink(name);
    }

    @Override
    public void createLink(Path name, Path target) throws IOException {
        real.createLink(name, target);
    }

    @Override
    public Folder createFolder(Path name) throws IOException {
        return sub(real.createFolder(name), name);
    }

    @Override
    public void setModified(Path name, FileTime time) throws IOException {
        real.setModified(name, time);
    }

    @Override
    public void close() {
        real.close();
    }
}
