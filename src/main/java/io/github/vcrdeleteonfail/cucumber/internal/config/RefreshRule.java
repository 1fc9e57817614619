package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The key {@code refresh}: which tagged scenarios start without their cassettes: {@code none},
 * {@code all}, or a tag expression read by Cucumber's own parser, as {@code cucumber.filter.tags}.
 */
@API(status = API.Status.INTERNAL)
public final class RefreshRule {

    private final String text;
    private final Expression expression; // null for none and all: no tag expression is parsed

    private RefreshRule(String text) {
        this.text = text;
        this.expression = text.equals("none") || text.equals("all") ? null : expression(text);
    }

    static RefreshRule parse(String text) {
        return new RefreshRule(text.strip());
    }

    private static Expression expression(String text) {
        try {
            Expression expression = TagExpressionParser.parse(text);
            for (String word : text.replaceAll("[()]", " ").strip().split("\\s+")) {
                if (!word.matches("@.*|and|or|not")) { // a word without @ matches no tag
                    String hint = "' has no @ (did you mean '@" + word + "'?)";
                    throw new IllegalArgumentException("'" + word + hint);
                }
            }
            return expression;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@return true when no scenario is refreshed} */
    public boolean isNone() {
        return text.equals("none");
    }

    /**
     * Tells whether a scenario with these tags is refreshed.
     *
     * @param tags the scenario's tags, inherited ones included, each with its {@code @}
     * @return true for {@code all}, false for {@code none}, otherwise the expression's verdict
     */
    public boolean matches(Collection<String> tags) {
        return expression == null ? text.equals("all") : expression.evaluate(List.copyOf(tags));
    }

    /** {@return the rule as written: {@code none}, {@code all} or the tag expression} */
    @Override
    public String toString() {
        return text;
    }
}
