Feature: File uploads
  文件上传: 在 HTML 表单中设置 enctype="multipart/form-data" 属性，不然你的浏览器根本不会发送文件。
  (File uploads: the HTML form must set enctype="multipart/form-data", or the browser does not send the file at all.)
  The document's view returns nothing on GET and for a refused file (a 500 in Flask 3.1): completed with the Flask docs' form.
  A refusal is any 4xx for the document's claims; that it is exactly 400 is a contract rule of its own (uploads.12).
  A fresh file "a.txt" is sent as "<token>-a.txt" (token unique to the scenario) and its URL is "/uploads/<token>-a.txt"; every file's bytes are unique to its scenario.
  Sizes are of the request body (its Content-Length, multipart framing included): that is what MAX_CONTENT_LENGTH limits.
  A body of exactly 16 MiB is left open: Werkzeug's own server accepts it, gunicorn and waitress refuse it.

  Background:
    Given the "uploads" section

  @UPLOAD-1 @uploads.1
  Scenario: The upload form sends its file as multipart/form-data
    When a visitor opens "/"
    Then the status is 200
    And the form is sent by POST to "/"
    And the form's enctype is "multipart/form-data"
    And the form has a file input named "file"
    And a fresh file sent with that form is saved and served back

  @UPLOAD-1 @UPLOAD-2 @uploads.2
  Scenario: A form without multipart/form-data sends no file: refused, nothing saved
    Given a fresh file "notes.txt"
    When the visitor submits it from a form without multipart/form-data
    Then the upload is refused with a 4xx status
    And the file is not served at its URL
    And the same file, sent as multipart/form-data in the field "file", is saved and served back

  @UPLOAD-2 @uploads.3
  Scenario Outline: The file is looked up by its form field, "file", and no other
    Given a fresh file "notes.txt"
    When the visitor uploads it as the form field "<field>"
    Then the upload is refused with a 4xx status
    And the file is not served at its URL
    And the same file, sent as multipart/form-data in the field "file", is saved and served back

    Examples: another name, another letter case
      | field    |
      | document |
      | File     |

  @UPLOAD-4 @uploads.5
  Scenario: A form submitted with no file chosen is refused
    Given a fresh file "notes.txt" has been saved and served back
    When the visitor submits the upload form with no file chosen
    Then the upload is refused with a 4xx status

  @UPLOAD-4 @UPLOAD-7 @uploads.4
  Scenario Outline: A file with an allowed extension is saved, and the visitor sent to it
    Given a fresh file "<name>"
    When the visitor uploads it
    Then the visitor is redirected to the file's URL

    Examples: the six allowed extensions
      | name       |
      | notes.txt  |
      | paper.pdf  |
      | image.png  |
      | photo.jpg  |
      | photo.jpeg |
      | anim.gif   |

  @UPLOAD-4 @UPLOAD-7 @uploads.4
  Scenario: A name that is nothing but a dot and an allowed extension has that extension
    Given a file named exactly ".jpeg"
    When the visitor uploads it
    Then the upload is accepted with a redirect to a file of the section

  @UPLOAD-3 @UPLOAD-8 @uploads.10
  Scenario: A saved file is served back at its URL, byte for byte
    Given a fresh file "scan.pdf" has been uploaded
    When the visitor opens the file's URL
    Then the status is 200
    And the body is the file's bytes

  @uploads.13
  Scenario: A saved upload redirects with 302, as Flask's redirect() does
    Given a fresh file "notes.txt"
    When the visitor uploads it
    Then the visitor is redirected with 302 to the file's URL

  @UPLOAD-3 @UPLOAD-4 @UPLOAD-7 @UPLOAD-8 @uploads.4 @uploads.10
  Scenario: An empty file with an allowed name is saved, and served back empty
    Given a fresh empty file "empty.txt"
    When the visitor uploads it
    Then the visitor is redirected to the file's URL
    And the file is served at its URL, byte for byte

  # photo.PNG: the document's allowed_file compares the extension with the set as written, so
  # upper case is refused; the spec pins the document's rule, not a friendlier one.
  @UPLOAD-4 @uploads.5
  Scenario Outline: A file without an allowed extension is refused, and not saved
    Given a fresh file "<accepted>" has been saved and served back
    And a fresh file "<refused>"
    When the visitor uploads it
    Then the upload is refused with a 4xx status
    And the file is not served at its URL

    Examples: other extensions, beside the same name with an allowed one
      | accepted      | refused        |
      | setup.txt     | setup.exe      |
      | page.pdf      | page.html      |
      | notes.exe.txt | notes.txt.exe  |
      | archive.txt   | archive.tar.gz |

    Examples: no extension, or an empty one
      | accepted   | refused  |
      | README.txt | README   |
      | scan.pdf   | scan-pdf |
      | notes.txt  | notes.   |

    Examples: the comparison is case-sensitive
      | accepted  | refused   |
      | photo.png | photo.PNG |

  @UPLOAD-4 @uploads.5
  Scenario: A name that is only an extension, without its dot, is refused
    Given a fresh file "anim.gif" has been saved and served back
    And a file named exactly "gif"
    When the visitor uploads it
    Then the upload is refused with a 4xx status
    And the file is not served at its URL

  @UPLOAD-4 @UPLOAD-6 @uploads.6
  Scenario Outline: The extension is checked on the name as sent, before it is made safe
    Given a fresh file "photo.png" has been saved and served back
    And a file named exactly "<name>"
    When the visitor uploads it
    Then the upload is refused with a 4xx status

    Examples: what follows the last dot is no allowed extension, whatever secure_filename makes of it
      | name                |
      | ../../../etc/passwd |
      | 中文                |
      | photo.ｐｎｇ        |

  # 中文.txt passes allowed_file, then secure_filename keeps ASCII only: it is saved as "txt",
  # without its extension. The spec pins the document's order (check, then secure).
  # Every row saves under a name no other scenario uses, so that the bytes read back are its own.
  # A name that climbs ("../") is sent with a mark unique to the scenario before its extension, of
  # characters secure_filename drops: saved as sent, it overwrites nothing (steps/uploads.py).
  @UPLOAD-6 @uploads.7
  Scenario Outline: The file is saved under the secure form of its name, and served back there
    Given a file named exactly "<sent>"
    When the visitor uploads it
    Then the visitor is redirected to "/uploads/<saved>"
    And the file is served at "/uploads/<saved>", byte for byte

    Examples: path separators, spaces and non-ASCII letters are made safe
      | sent                    | saved          |
      | ../../../etc/passwd.txt | etc_passwd.txt |
      | ..\\..\\evil.txt        | evil.txt       |
      | my file.txt             | my_file.txt    |
      | 中文.txt                | txt            |

    Examples: a leading dot is dropped, letter case is kept
      | sent          | saved         |
      | .pdf          | pdf           |
      | Report Q3.txt | Report_Q3.txt |

  @python-api @UPLOAD-3 @UPLOAD-6 @uploads.9
  Scenario: A name that climbs out of the upload folder is saved inside it
    Given a file named exactly "../../../etc/passwd.txt"
    And the upload folder and the folder around it have been listed
    When the visitor uploads it
    Then the upload folder changed only in "etc_passwd.txt", which holds the file's bytes
    And nothing was written outside the upload folder

  @UPLOAD-3 @UPLOAD-8 @uploads.10
  Scenario: A file never uploaded is not found
    Given a fresh file "seen.txt" has been saved and served back
    And a fresh file "ghost.txt"
    When the visitor opens the file's URL
    Then the status is 404

  @uploads.11
  Scenario Outline: A URL that climbs out of the upload folder is not found
    Given a fresh file "kept.txt" has been saved and served back
    When a visitor opens "/uploads/<path>"
    Then the status is 404

    Examples: dot segments, encoded or as written
      | path                                                       |
      | ..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd       |
      | %2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd |
      | %2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd |
      | ../../../../../../../../etc/passwd                         |
      | %2e%2e                                                     |
      | ..                                                         |

    Examples: what a filter that removes "../" once, or a second decoding, turns into dot segments
      | path                                                                               |
      | ..././..././..././..././..././..././..././..././etc/passwd                         |
      | %252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd |

  @UPLOAD-5 @uploads.8
  Scenario: A request body over 16 MiB is too large and nothing is saved, while one just under it is accepted
    Given a fresh file "under.txt" of Chinese text whose upload body is 16 MiB - 1 byte has been accepted
    And a fresh file "over.txt" of Chinese text whose upload body is 16 MiB + 1 byte
    When the visitor uploads it
    Then the status is 413
    And the file is not served at its URL

  @uploads.12
  Scenario Outline: Every refused upload is answered 400 Bad Request
    Given a fresh file "notes.txt" has been saved and served back
    And a fresh file "<file>"
    When the visitor <action>
    Then the status is 400

    Examples: a file sent without multipart/form-data, under another field, none chosen, or not allowed
      | file      | action                                                 |
      | notes.txt | submits it from a form without multipart/form-data     |
      | notes.txt | uploads it as the form field "document"                |
      | notes.txt | submits the upload form with no file chosen            |
      | setup.exe | uploads it                                             |
