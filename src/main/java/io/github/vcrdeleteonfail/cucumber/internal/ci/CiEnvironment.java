package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What the plugin reads of the CI runner around it: the variables GitHub Actions sets, and the
 * standard output where the runner reads workflow commands. The plugin uses this process's; a test
 * gives a stand-in, so that a sample run never writes into the real job of the build running it.
 */
@API(status = API.Status.INTERNAL)
public final class CiEnvironment {

    private final Function<String, String> variables;
    private final Supplier<PrintStream> out;

    private CiEnvironment(Function<String, String> variables, Supplier<PrintStream> out) {
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
        return new CiEnvironment(System::getenv, () -> System.out);
    }

    /**
     * Returns a given set of variables and output stream.
     *
     * @param variables the variables, by name
     * @param out where workflow commands go
     * @return the environment
     */
    public static CiEnvironment of(Map<String, String> variables, PrintStream out) {
        Map<String, String> copy = Map.copyOf(requireNonNull(variables, "variables"));
        requireNonNull(out, "out");
        return new CiEnvironment(copy::get, () -> out);
    }

    /**
     * Reads a variable.
     *
     * @param name the variable's name
     * @return its value; empty when it is unset or blank, which the runner's conventions treat the
     *     same way
     */
    public Optional<String> variable(String name) {
        String value = variables.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Returns where workflow commands are printed.
     *
     * @return standard output, or the stand-in's stream
     */
    public PrintStream standardOutput() {
        return out.get();
    }
}
