"""Mutant route_user_first_segment: /user/ matches a subtree and the name is its first segment"""

from mutants.kit import Edit, build

RULES = ['routing.4']
BREAKS = ("/user/ matches a whole subtree and the name is its first segment, as Go's http.HandleFunc(\"/user/\") "
          "with strings.Split does: /user/john/posts reads 'User john'")

EDIT = Edit("routing", replace={
    "@app.route('/user/<username>')\ndef show_user_profile(username):": (
        "@app.route('/user/<path:username>')\ndef show_user_profile(username):\n    username = username.split('/')[0]"
    ),
})

app, spec_python_api = build(EDIT)
