package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the plugin reads of the CI runner around it: the variables GitHub Actions sets, and the
 * standard output where the runner reads workflow commands. The plugin uses this process's; a test
 * gives a stand-in, so that a sample run never writes into the real job of the build running it.
 * Created by the plugin's constructor, so without lambdas: null fields stand for this process.
 */
@API(status = API.Status.INTERNAL)
public final class CiEnvironment {

    private final Map<String, String> variables; // null: this process's, read at each use
    private final PrintStream out; // null: System.out, looked up at each use

    private CiEnvironment(Map<String, String> variables, PrintStream out) {
        this.variables = variables;
        this.out = out;
    }

    /**
     * Returns this process's environment variables and standard output.
     *
     * @return the environment; {@code System.out} is looked up at each use, so a redirection made
     *     after the plugin started still applies
     */
    public static CiEnvironment ofThisProcess() {
        return new CiEnvironment(null, null);
    }

    /**
     * Returns a given set of variables and output stream.
     *
     * @param variables the variables, by name
     * @param out where workflow commands go
     * @return the environment
     */
    public static CiEnvironment of(Map<String, String> variables, PrintStream out) {
        return new CiEnvironment(
                Map.copyOf(requireNonNull(variables, "variables")), requireNonNull(out, "out"));
    }

    /**
     * Reads a variable.
     *
     * @param name the variable's name
     * @return its value; empty when it is unset or blank, which the runner's conventions treat the
     *     same way
     */
    public Optional<String> variable(String name) {
        String value = variables == null ? System.getenv(name) : variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Returns where workflow commands are printed.
     *
     * @return standard output, or the stand-in's stream
     */
    public PrintStream standardOutput() {
        return out == null ? System.out : out;
    }
}
