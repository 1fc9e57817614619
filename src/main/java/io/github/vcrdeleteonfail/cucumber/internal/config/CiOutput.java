package io.github.vcrdeleteonfail.cucumber.internal.config;

import org.apiguardian.api.API;

/** The values of the key {@code ci-output}. */
@API(status = API.Status.INTERNAL)
public enum CiOutput {
    /** Write a GitHub Actions job summary and annotations when the run is on GitHub Actions. */
    AUTO,
    /** Never write CI output. */
    OFF
}
