<!doctype html>
<title>Hello from Bottle</title>
% if name:
  <h1>Hello {{name}}!</h1>
% else:
  <h1>Hello, World!</h1>
% end
