<!doctype html>
<title>Static files</title>
<link rel="stylesheet" href="{{stylesheet}}">
<h1>A page with a stylesheet</h1>
