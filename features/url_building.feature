Feature: Building URLs
  构造 URL:你可以用 url_for() 来给指定的函数构造 URL。它接受函数名作为第一个参数，也接受对应 URL 规则的变量部分的命名参数。未知变量部分会添加到 URL 末尾作为查询参数。
  (Building URLs: url_for() builds a function's URL from its name and the rule's variable parts; unknown parts are appended as query parameters.)
  The document's `print url_for(...)` is Python 2 and its views only `pass`: here Python 3 calls url_for under test_request_context(), and the views return text.
  For any language, the section's /url-for page builds the same URLs inside the mounted section: over HTTP they start with its prefix.
  Across Flask lines (python -m steps.versions): up to Flask 2.2 (Werkzeug 2.2.3) a query value's `/` is sent as `%2F` (`/login?next=%2F`, so URL-1, URL-2, URL-3 fail there); Werkzeug 2.3.0 took its safe characters from the WhatWG URL Standard (change log: pallets/werkzeug#2601), which keep `/`.

  Background:
    Given the "url-building" section

  @url-building.1
  Scenario Outline: The section's views answer with text
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | path             | text          |
      | /                | Index Page    |
      | /login           | Login Page    |
      | /user/John%20Doe | User John Doe |
      | /user/<b>Ann     | User <b>Ann   |

  @python-api @URL-1 @URL-2 @URL-3 @url-building.7
  Scenario Outline: In Python, url_for gives the document's four outputs
    When <call> is called in Python
    Then the URL built is "<url>"

    Examples: the document's outputs
      | call                                    | url              |
      | url_for('index')                        | /                |
      | url_for('login')                        | /login           |
      | url_for('login', next='/')              | /login?next=/    |
      | url_for('profile', username='John Doe') | /user/John%20Doe |

  @MIN-7 @url-building.8
  Scenario Outline: A function's name is the endpoint url_for builds its URL from
    When the section builds <call> over HTTP
    Then the URL built is "<url>"

    Examples: the functions index and login
      | call             | url    |
      | url_for('index') | /      |
      | url_for('login') | /login |

  @URL-1 @URL-2 @URL-3 @url-building.2
  Scenario Outline: Inside the mounted section, url_for gives the document's four outputs
    When the section builds <call> over HTTP
    Then the URL built is "<url>"

    Examples: the document's outputs
      | call                                    | url              |
      | url_for('index')                        | /                |
      | url_for('login')                        | /login           |
      | url_for('login', next='/')              | /login?next=/    |
      | url_for('profile', username='John Doe') | /user/John%20Doe |

  @URL-1 @url-building.3
  Scenario Outline: A variable part is percent-encoded as UTF-8
    When the section builds <call> over HTTP
    Then the URL built is "<url>"

    Examples: characters a path cannot hold as they are
      | call                                     | url                      |
      | url_for('profile', username='张三')      | /user/%E5%BC%A0%E4%B8%89 |
      | url_for('profile', username='Zoë 5%')   | /user/Zo%C3%AB%205%25    |
      | url_for('profile', username='Who? #1')   | /user/Who%3F%20%231      |

  @URL-2 @url-building.4
  Scenario Outline: Arguments the rule does not name become the query string
    When the section builds <call> over HTTP
    Then the URL built is "<url>"

    Examples: unknown arguments, in the order given
      | call                                                        | url                                   |
      | url_for('login', next='/')                                  | /login?next=/                         |
      | url_for('profile', username='bob', tab='posts', page='2')   | /user/bob?tab=posts&page=2            |

    Examples: values holding characters a query string gives a meaning to
      | call                                                        | url                                   |
      | url_for('index', q='Tom&Jerry=friends')                     | /?q=Tom%26Jerry%3Dfriends             |
      | url_for('login', next='/user/张三')                         | /login?next=/user/%E5%BC%A0%E4%B8%89  |

  @python-api @URL-1 @URL-2 @URL-3 @url-building.7
  Scenario Outline: In Python, url_for for an unknown endpoint or a missing variable part fails
    When <call> is called in Python
    Then no URL can be built

    Examples: calls no rule answers
      | call               |
      | url_for('nowhere') |
      | url_for('profile') |

  @URL-1 @url-building.5
  Scenario Outline: Inside the mounted section, url_for for an unknown endpoint or a missing variable part fails
    Given the section has built url_for('profile', username='John') over HTTP as "/user/John"
    When the section builds <call> over HTTP
    Then no URL can be built

    Examples: calls no rule answers
      | call               |
      | url_for('nowhere') |
      | url_for('profile') |

  @URL-1 @url-building.5
  Scenario: Inside the mounted section, url_for without an endpoint fails
    Given the section has built url_for('index') over HTTP as "/"
    When a visitor opens "/url-for?username=John"
    Then the status is 400

  @STATIC-2 @url-building.6
  Scenario: url_for('static', filename='style.css') is the URL of the stylesheet
    When the section builds url_for('static', filename='style.css') over HTTP
    Then the URL built is "/static/style.css"
    And opening the URL built gives a "text/css" document
