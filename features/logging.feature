Feature: Logging
  日志记录: app.logger.debug('A value for debugging') app.logger.warning('A warning occurred (%d apples)', 42) app.logger.error('An error occurred')
  (Logging: app.logger logs messages at the debug, warning and error levels.)
  The document shows the three calls in no view; the contract's "/" of this section makes them. A record is the log line holding the message; its level is the level's name as a word on that line (WARN for WARNING too), in any format.

  Background:
    Given the "logging" section
    And the implementation's log is being watched

  @logs @LOG-1 @logging.1
  Scenario Outline: Each call logs its message at its level, on every request
    Given the visitor has opened "/"
    When a visitor opens "/"
    Then the log gains "<message>" at level <level> 2 times

    Examples: the levels logged by default
      | message                        | level   |
      | A warning occurred (42 apples) | WARNING |
      | An error occurred              | ERROR   |

  @logs @logging.2
  Scenario: A debug message stays out of the log by default
    When a visitor opens "/"
    Then the log gains "A warning occurred (42 apples)" at level WARNING
    But the log does not gain "A value for debugging"
