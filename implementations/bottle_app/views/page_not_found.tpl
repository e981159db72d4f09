<!doctype html>
<title>Page not found</title>
<h1>Page not found</h1>
<p>This custom page answers every URL that does not exist.</p>
