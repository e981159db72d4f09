"""Mutant session_logout_post_only: /logout accepts POST only, as Django 5's LogoutView and Spring Security do"""

from mutants.kit import Edit, build

RULES = ['sessions.5']
BREAKS = ("/logout answers POST only (Django 5's LogoutView, Spring Security's logout filter, Devise's DELETE "
          "sign_out): GET /logout is refused")

EDIT = Edit("sessions", replace={"@app.route('/logout')": "@app.route('/logout', methods=['POST'])"})

app, spec_python_api = build(EDIT)
