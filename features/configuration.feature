Feature: Configuration file
  The plugin argument names a YAML file: a path relative to the working directory, or
  `classpath:some/file.yaml`. Without an argument, `vcr-delete-on-fail.yaml` at the classpath
  root is read if present, and built-in defaults apply otherwise. The key `cassette-dir` is the
  root folder of all cassettes, relative to the working directory; its default is
  `src/test/resources/cassettes`. Any mistake fails the run before a scenario starts, with a
  message that names the file, the key and the fix.

  Background:
    Given the feature file "config.feature":
      """
      @vcr-delete-on-fail
      Feature: Config
        Scenario: Fails
          When a step fails
      """

  Scenario: Without any configuration, cassettes live in src/test/resources/cassettes
    Given the cassette folder is "src/test/resources/cassettes" in the project folder
    And the cassettes exist:
      | config/Fails.yaml  |
      | config/Other.yaml  |
    When Cucumber runs the features in a new JVM from the project folder
    Then the sample run fails
    And the cassette folder holds exactly:
      | config/Other.yaml |

  Scenario: A configuration file named by a path relative to the working directory
    Given the cassette folder is "recordings" in the project folder
    And the cassette "config/Fails.yaml" exists
    And the configuration file "config/vcr.yaml":
      """
      # relative to the working directory, like the file's own path
      cassette-dir: recordings
      """
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "config/vcr.yaml"
    Then the sample run fails
    And the cassette folder holds exactly:
      | config/ |

  Scenario: A configuration file on the classpath
    Given the cassette "config/Fails.yaml" exists
    And the classpath resource "settings/vcr.yaml":
      """
      cassette-dir: <cassette-dir>
      """
    When Cucumber runs the features with the plugin argument "classpath:settings/vcr.yaml"
    Then the sample run fails
    And the cassette folder holds exactly:
      | config/ |

  Scenario: vcr-delete-on-fail.yaml at the classpath root is read without an argument
    Given the cassette "config/Fails.yaml" exists
    And the classpath resource "vcr-delete-on-fail.yaml":
      """
      cassette-dir: <cassette-dir>
      """
    When Cucumber runs the features without a plugin argument
    Then the sample run fails
    And the cassette folder holds exactly:
      | config/ |

  Scenario: An empty configuration file means the defaults
    Given the cassette folder is "src/test/resources/cassettes" in the project folder
    And the cassette "config/Fails.yaml" exists
    And the configuration file "vcr.yaml":
      """
      # nothing configured yet
      """
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the sample run fails
    And the cassette folder holds exactly:
      | config/ |

  Scenario Outline: A configuration mistake fails the run before any scenario starts: <mistake>
    Given the cassette "config/Fails.yaml" exists
    And the classpath resource "bad.yaml":
      """
      <content>
      """
    When Cucumber runs the features with the plugin argument "classpath:bad.yaml"
    Then the run fails before any scenario starts, saying:
      """
      <message>
      """
    And the cassette "config/Fails.yaml" is untouched

    Examples:
      | mistake             | content                    | message                                                                                                                               |
      | a misspelt key      | casette-dir: cassettes     | vcr-delete-on-fail: unknown key 'casette-dir' in the configuration classpath resource bad.yaml. Did you mean 'cassette-dir'? Valid keys: cassette-dir, extension, namer |
      | snake case          | cassette_dir: cassettes    | unknown key 'cassette_dir' in the configuration classpath resource bad.yaml. Did you mean 'cassette-dir'?                             |
      | a number            | cassette-dir: 42           | vcr-delete-on-fail: the key 'cassette-dir' from classpath resource bad.yaml must be a folder path, but it is the number 42 |
      | a list              | cassette-dir: [a, b]       | must be a folder path, but it is a list [a, b]                                                                                        |
      | no value            | cassette-dir:              | must be a folder path, but it is empty (null)                                                                                          |
      | a list at the top   | - cassette-dir: x          | must be a mapping of keys to values, but it is a list                                                                                 |
      | broken YAML         | cassette-dir: "unclosed    | is not valid YAML                                                                                                                      |
      | a key twice         | {cassette-dir: a, cassette-dir: b} | found duplicate key cassette-dir                                                                                                      |

  Scenario: A broken YAML file is reported with its line
    Given the classpath resource "broken.yaml":
      """
      # the second line is broken
      cassette-dir: [unclosed
      """
    When Cucumber runs the features with the plugin argument "classpath:broken.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the configuration classpath resource broken.yaml
      is not valid YAML: while parsing a flow sequence
      at line 2, column 15
      """

  Scenario: A configuration file that does not exist
    When Cucumber runs the features with the plugin argument "<tmp>/missing.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the configuration file <tmp>/missing.yaml was not found (plugin argument '<tmp>/missing.yaml'
      Fix the path; a test resource belongs in src/test/resources, named classpath:<its path there>
      """

  Scenario: A classpath resource that does not exist
    When Cucumber runs the features with the plugin argument "classpath:nowhere/vcr.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the configuration file classpath:nowhere/vcr.yaml was not found
      """

  Scenario: A cassette-dir that is a file, not a folder
    Given the file "not-a-folder" outside the cassette folder
    And the classpath resource "file.yaml":
      """
      cassette-dir: <tmp>/outside/not-a-folder
      """
    When Cucumber runs the features with the plugin argument "classpath:file.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the key 'cassette-dir' from classpath resource file.yaml must be a folder path, but it is the text '<tmp>/outside/not-a-folder': <tmp>/outside/not-a-folder is a file, not a folder
      """

  Scenario: A mistake in a forked run stops Cucumber with the message
    Given the configuration file "vcr.yaml":
      """
      cassete-dir: recordings
      """
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: unknown key 'cassete-dir' in the configuration file <project>/vcr.yaml. Did you mean 'cassette-dir'?
      """

  Scenario Outline: A cassette folder that could hold more than cassettes is refused, naming cassette-dir: <folder>
    Given the file "other-project/pom.xml" outside the cassette folder
    And the system property "user.home" is "<tmp>/outside"
    And the configuration file "vcr.yaml":
      """
      cassette-dir: <folder>
      """
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the key 'cassette-dir' from file <project>/vcr.yaml is '<folder>', which is <reason>.
      Everything in cassette-dir may be deleted: name a folder of cassettes only, such as src/test/resources/cassettes.
      """

    Examples:
      | folder        | reason                                                  |
      | /             | the file-system root                                    |
      | <tmp>/outside | the user's home folder                                  |
      | .             | the working directory <project>                         |
      | ..            | a parent of the working directory <project>             |
      | <tmp>/outside/other-project | a project folder: it holds pom.xml        |

  Scenario: A configuration file over 1 MiB is refused before it is read
    Given the classpath resource "huge.yaml" holds 2 MiB of comments
    When Cucumber runs the features with the plugin argument "classpath:huge.yaml"
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the configuration classpath resource huge.yaml is larger than 1 MiB, so it was not read.
      check that the plugin argument names the right file
      """

  Scenario: A missing file that is on the classpath gets the right classpath: form
    Given the classpath resource "settings/vcr.yaml":
      """
      cassette-dir: <cassette-dir>
      """
    When Cucumber runs the features with the plugin argument "src/test/resources/settings/vcr.yaml"
    Then the run fails before any scenario starts, saying:
      """
      was not found (plugin argument 'src/test/resources/settings/vcr.yaml'
      A resource of that name is on the classpath: use classpath:settings/vcr.yaml.
      """
