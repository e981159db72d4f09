"""Mutant route_int_64bit: the int converter is bounded to a signed 64-bit integer"""

from mutants.kit import Edit, build

RULES = ['routing.7']
BREAKS = ("the id must fit in 64 bits, as Spring's Long, Go's strconv.ParseInt(s, 10, 64) and ASP.NET Core's {id:long} "
          "read it: /post/12345678901234567890 is not found")

EDIT = Edit("routing", replace={"<int:post_id>": "<int(max=9223372036854775807):post_id>"})

app, spec_python_api = build(EDIT)
