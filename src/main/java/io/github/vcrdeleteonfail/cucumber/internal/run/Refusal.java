package io.github.vcrdeleteonfail.cucumber.internal.run;

/** A cassette path that was refused before anything was done: as written, its origin, why. */
final class Refusal {

    final String asWritten;
    final String origin;
    final String reason;

    Refusal(String asWritten, String origin, String reason) {
        this.asWritten = asWritten;
        this.origin = origin;
        this.reason = reason;
    }
}
