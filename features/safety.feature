Feature: Nothing outside the cassette folder is ever deleted
  A path that could leave the cassette folder (`..`, an absolute path elsewhere, a symbolic
  link that leads out) or that names the folder itself is refused with a warning that names
  the scenario and the tag; links are never followed. A missing cassette is fine.

  Background:
    Given the file "secrets.yaml" outside the cassette folder
    And the cassette "kept.yaml" exists

  Scenario Outline: A hostile tag path is refused: <case>
    Given the feature file "hostile.feature":
      """
      Feature: Hostile
        @vcr-delete-on-fail:<path>
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "kept.yaml" is untouched
    And every file outside the cassette folder is untouched
    And the plugin warns:
      """
      refused as unsafe for failed scenario "Fails" (file://<tmp>/features/hostile.feature:3) FAILED: from tag @vcr-delete-on-fail:<path>: <reason>
      """

    Examples:
      | case                         | path                    | reason                                        |
      | parent folder                | ../outside/secrets.yaml | the path contains '..'                        |
      | parent folder in the middle  | a/../../secrets.yaml    | the path contains '..'                        |
      | the cassette folder itself   | .                       | the path names the cassette folder itself     |
      | the folder, written sneakily | a/..                    | the path contains '..'                        |
      | absolute path elsewhere      | /etc/passwd             | the absolute path /etc/passwd is outside the cassette folder <cassette-dir> |
      | Windows drive                | C:/Windows/win.ini      | the path starts with a Windows drive          |
      | backslashes                  | ..\\outside\\x.yaml     | the path contains a backslash                 |
      | empty path                   |                         | the path is empty                             |

  Scenario: A cassette that is a symbolic link is removed as a link, its target untouched
    Given "escape.yaml" in the cassette folder is a symbolic link to "secrets.yaml" outside it
    And the feature file "link.feature":
      """
      Feature: Link
        @vcr-delete-on-fail:escape.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And every file outside the cassette folder is untouched
    And the cassette folder holds exactly:
      | kept.yaml   |

  Scenario: A path through a linked folder that leads out is refused
    Given "linked" in the cassette folder is a symbolic link to "." outside it
    And the feature file "through.feature":
      """
      Feature: Through
        @vcr-delete-on-fail:linked/secrets.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And every file outside the cassette folder is untouched
    And the plugin warns:
      """
      a symbolic link on the way (linked ->
      """

  Scenario: A link inside a folder cassette is removed as a link, never followed
    Given the folder cassette "recording" exists
    And "recording/bodies" in the cassette folder is a symbolic link to "." outside it
    And the feature file "folder.feature":
      """
      Feature: Folder
        @vcr-delete-on-fail:recording
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "recording" is gone
    And every file outside the cassette folder is untouched
    And the cassette folder holds exactly:
      | kept.yaml |

  Scenario: An absolute path inside the cassette folder is accepted
    Given the cassette "inside/absolute.yaml" exists
    And the feature file "absolute.feature":
      """
      Feature: Absolute
        @vcr-delete-on-fail:<cassette-dir>/inside/absolute.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "inside/absolute.yaml" is gone

  Scenario: A missing cassette is fine
    Given the feature file "missing.feature":
      """
      @vcr-delete-on-fail
      Feature: Missing
        Scenario: Never recorded
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | kept.yaml |
    And the summary lists the cassettes:
      | outcome           | cassette                     |
      | nothing to delete | missing/Never_recorded.yaml  |

  Scenario: The log says how the cassette folder is worked in
    Where the JDK offers java.nio.file.SecureDirectoryStream (Linux), every operation goes
    through folder handles opened from the cassette folder downwards; elsewhere the plugin falls
    back to checked paths (docs/safety.md describes the difference). A DEBUG line says which.
    Given the feature file "missing.feature":
      """
      @vcr-delete-on-fail
      Feature: Missing
        Scenario: Never recorded
          When a step fails
      """
    When Cucumber runs the features
    Then the plugin logs:
      """
      FINE: vcr-delete-on-fail works in the cassette folder through folder handles (SecureDirectoryStream)
      """

  Scenario: A recovery folder shared with other files is not taken over
    The recovery folder (`snapshot-dir`) may hold folders that are not the plugin's. Recovery
    takes a folder for a run that died only when its `lock` says it is one of the plugin's runs;
    a folder with a `lock` the plugin did not write is left as it is, with a WARNING that names
    it (a folder without a `lock` is not looked into).
    Given the file "snapshots/tool-cache/lock" holds:
      """
      the other tool's lock
      """
    And the file "snapshots/tool-cache/data.txt" holds:
      """
      the other tool's data
      """
    And the feature file "one.feature":
      """
      @vcr-delete-on-fail
      Feature: One
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the plugin warns:
      """
      vcr-delete-on-fail left <tmp>/snapshots/tool-cache as it is: it has a file named lock that this plugin did not write, so it is no run of this plugin
      """
    And the file "snapshots/tool-cache/data.txt" still holds:
      """
      the other tool's data
      """
    And the file "snapshots/tool-cache/lock" still holds:
      """
      the other tool's lock
      """
