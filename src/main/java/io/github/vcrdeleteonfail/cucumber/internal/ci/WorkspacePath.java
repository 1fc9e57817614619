package io.github.vcrdeleteonfail.cucumber.internal.ci;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Names files the way GitHub shows them: relative to {@code GITHUB_WORKSPACE} (the checkout) when
 * they are under it, with {@code /} separators, so that an annotation lands on the file in the pull
 * request; otherwise as they are. Only names are compared; no file is read.
 */
@API(status = API.Status.INTERNAL)
public final class WorkspacePath {

    private final Path workspace;

    private WorkspacePath(Path workspace) {
        this.workspace = workspace;
    }

    /**
     * Reads the workspace from the environment.
     *
     * @param environment the CI environment
     * @return the namer; without a usable {@code GITHUB_WORKSPACE}, it names files as they are
     */
    public static WorkspacePath of(CiEnvironment environment) {
        Path workspace = null;
        Optional<String> variable = environment.variable("GITHUB_WORKSPACE");
        if (variable.isPresent()) {
            try {
                workspace = Path.of(variable.get()).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                workspace = null; // not a path here: names stay as they are
            }
        }
        return new WorkspacePath(workspace);
    }

    /**
     * Names a file.
     *
     * @param file a file or folder
     * @return relative to the workspace when under it, else absolute
     */
    public String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (workspace != null && absolute.startsWith(workspace) && !absolute.equals(workspace)) {
            return workspace.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /**
     * Names a feature file given by its URI.
     *
     * @param feature the feature's URI, such as {@code file:///repo/features/users.feature}
     * @return a path as {@link #of(Path)} names it for a file URI; other URIs (such as {@code
     *     classpath:}) as they are
     */
    public String of(URI feature) {
        if ("file".equals(feature.getScheme()) && !feature.isOpaque()) {
            try {
                return of(Path.of(feature));
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                return feature.toString(); // a file URI this platform cannot map to a path
            }
        }
        return feature.toString();
    }
}
