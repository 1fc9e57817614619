package io.github.vcrdeleteonfail.bench;

import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;

/**
 * Times {@code new VcrDeleteOnFailPlugin(config)} in a bare JVM, where nothing of Cucumber's run
 * has loaded anything yet: the worst case of the constructor's first use. Prints {@code
 * vcr-bench-constructor: <ms> ms}. With the argument {@code --empty} it constructs nothing, for the
 * baseline of a class-loading comparison ({@code -Xlog:class+load}).
 *
 * <p>Usage: {@code java -cp <classpath> io.github.vcrdeleteonfail.bench.ConstructorProbe <config>}
 */
public final class ConstructorProbe {

    private ConstructorProbe() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--empty")) {
            System.out.println("vcr-bench-constructor: not constructed");
            return;
        }
        long t0 = System.nanoTime();
        new VcrDeleteOnFailPlugin(args.length > 0 ? args[0] : null);
        long t1 = System.nanoTime();
        // No string concatenation: its first use would load classes into the comparison.
        System.out.print("vcr-bench-constructor: ");
        System.out.print((t1 - t0) / 1000 / 1000.0);
        System.out.println(" ms");
    }
}
