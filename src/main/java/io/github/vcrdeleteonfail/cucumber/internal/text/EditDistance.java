package io.github.vcrdeleteonfail.cucumber.internal.text;

import org.apiguardian.api.API;

/** Levenshtein distance, for "did you mean" suggestions. Not part of the API. */
@API(status = API.Status.INTERNAL)
public final class EditDistance {

    private EditDistance() {}

    /**
     * Returns the number of single-character insertions, deletions and substitutions that turn one
     * text into the other.
     *
     * @param a one text
     * @param b the other text
     * @return the distance
     */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
