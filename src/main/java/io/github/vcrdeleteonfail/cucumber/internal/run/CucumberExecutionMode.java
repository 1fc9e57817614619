package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.TestCase;
import java.lang.reflect.Field;

/**
 * Reads whether Cucumber runs a scenario for real or as a dry run: the one reliable signal a plugin
 * has, since a dry run reports steps PASSED or UNDEFINED without running glue and its events look
 * like a real run's. Cucumber 7.15 to 7.34 keep the flag in the private field {@code executionMode}
 * of {@code io.cucumber.core.runner.TestCase}, the class behind every {@code TestCase} of its
 * events, set from the fully merged options (every way a dry run can be asked for: properties,
 * environment, {@code @CucumberOptions}, JUnit Platform configuration parameters, {@code Main.run}
 * arguments). Cucumber is on the class path or an automatic module, so the field is readable
 * without {@code --add-opens}. When a later Cucumber changes this, the answer is "unknown" and the
 * plugin relies on the configuration sources it can read.
 */
final class CucumberExecutionMode {

    private static final String CORE_TEST_CASE = "io.cucumber.core.runner.TestCase";

    // Per class: two copies of cucumber-core in different class loaders are each looked up once.
    private static final ClassValue<Field> FIELD =
            new ClassValue<Field>() {
                @Override
                protected Field computeValue(Class<?> type) {
                    if (!CORE_TEST_CASE.equals(type.getName())) {
                        return null;
                    }
                    try {
                        Field field = type.getDeclaredField("executionMode");
                        field.setAccessible(true);
                        return field;
                    } catch (NoSuchFieldException | RuntimeException e) {
                        return null;
                    }
                }
            };

    private CucumberExecutionMode() {}

    /**
     * Tells whether Cucumber runs a test case as a dry run.
     *
     * @param testCase the test case of a Cucumber event
     * @return TRUE for a dry run, FALSE for a real run, null when it cannot be read
     */
    static Boolean isDryRun(TestCase testCase) {
        Field field = FIELD.get(testCase.getClass());
        if (field == null) {
            return null;
        }
        try {
            Object mode = field.get(testCase);
            if (mode instanceof Enum) {
                String name = ((Enum<?>) mode).name();
                if (name.equals("DRY_RUN")) {
                    return Boolean.TRUE;
                }
                if (name.equals("RUN")) {
                    return Boolean.FALSE;
                }
            }
            return null;
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
